/**
 * The steps that can trigger the exercise of jurisdiction (Art. 13): State referrals, Security
 * Council referrals and authorizations of the Prosecutor's investigation, from the fact set and
 * from the ICC's own situations (rules/reference/situations.json) known on the assessment date.
 * Each step carries its scope — the situation referred, the parameters authorized — so that the
 * rules can decide, incident by incident, which steps reach it. A step the fact set gives is
 * matched to the reference step of the same kind and date (for a referral, with a referring State
 * in common) and takes that step's scope unless it gives its own; a step with neither has an
 * unknown scope, which the rules ask about. Assembling the record decides nothing.
 */
import { IsoDate } from "../dates";
import type { FactSet } from "../facts/factSet.generated";
import { ReferenceData, ScopeRecord, SituationRecord } from "../reference/reference";

/** What a Security Council referral contributes as a step (the record's merged referrals). */
interface ScInput { id: string; date: IsoDate; territories: string[] | null; from: IsoDate | null; to: IsoDate | null; pointer: string | null; source: string; scopeFieldsAt: string | null }

export interface StepScope { territories: string[] | null; nationals: string[]; from: IsoDate | null; to: IsoDate | null; note?: string; subjectMatter?: string; subjectMatterFr?: string }

export interface TriggerStepEntry {
  /** Stable key: "state-referral:0" (the fact set's), "ref:ICC-01/15:1" (the reference's), "security-council:S/RES/1593 (2005)". */
  key: string;
  kind: "state-referral" | "security-council" | "authorization";
  date: IsoDate;
  by: string[];
  resolution: string | null;
  chamber: string | null;
  decision: string | null;
  /** The reference situation the step belongs to, where known. */
  situation: { id: string; name: string; nameFr: string } | null;
  scope: StepScope | null;
  scopeFrom: "fact set" | "reference" | null;
  /** Where in the fact set the step is, and where its scope would go (null: reference data). */
  pointer: string | null;
  scopePointer: string | null;
  /** The scope's fields as written in the fact set: under `scope`, or as the older top-level shorthand. */
  scopeFieldsAt: string | null;
  /** When the matter came before the Court: the preliminary examination's opening (Art. 127(2)). */
  preliminaryExamination: IsoDate | null;
  preliminaryExaminationPointer: string | null;
  /**
   * When the step was sought: the Prosecutor's request for authorization (Art. 15(3)), or the
   * referral itself; null where not known. Read only under the other reading of Art. 127(2).
   */
  sought: IsoDate | null;
  soughtPointer: string | null;
  verified: string | null;
  source: string;
}

const toScope = (s: ScopeRecord): StepScope => ({ territories: s.territories, nationals: s.nationals ?? [], from: s.from, to: s.to, ...(s.note ? { note: s.note } : {}), ...(s.subjectMatter ? { subjectMatter: s.subjectMatter, subjectMatterFr: s.subjectMatterFr ?? s.subjectMatter } : {}) });
type FactScope = { territories?: string[]; nationals?: string[]; from?: string | null; to?: string | null };
const fromFacts = (s: FactScope): StepScope => ({ territories: s.territories ?? null, nationals: s.nationals ?? [], from: s.from ?? null, to: s.to ?? null });

interface RefStep { situation: SituationRecord; index: number; kind: "state-referral" | "authorization"; date: IsoDate; sought: IsoDate | null; by: string[]; chamber: string | null; decision: string | null; scope: StepScope | null; verified: string; source: string }

type Without = NonNullable<NonNullable<FactSet["hypotheticals"]>["withoutSteps"]>;
/** Whether a teaching hypothetical leaves this reference step out. */
export const leftOut = (without: Without, situation: string, kind: string) => without.some((w) => w.situation === situation && (w.kind === undefined || w.kind === kind));

/** The Court's steps known on a date, computed once per date (the common case: no step left out). */
const byDate = new WeakMap<ReferenceData, Map<IsoDate, RefStep[]>>();
function referenceSteps(ref: ReferenceData, asOf: IsoDate, without: Without): RefStep[] {
  if (without.length) return collectSteps(ref, asOf, without);
  let m = byDate.get(ref);
  if (!m) byDate.set(ref, (m = new Map()));
  let steps = m.get(asOf);
  if (!steps) {
    if (m.size > 5_000) m.clear(); // a bound: dates come from fact sets
    m.set(asOf, (steps = collectSteps(ref, asOf, without)));
  }
  return steps;
}

function collectSteps(ref: ReferenceData, asOf: IsoDate, without: Without): RefStep[] {
  const out: RefStep[] = [];
  for (const situation of ref.situations) situation.steps.forEach((st, index) => {
    // A step whose date is not known cannot be placed on the record as of any date.
    if ((st.kind !== "state-referral" && st.kind !== "authorization") || !st.date || st.date > asOf) return;
    if (leftOut(without, situation.id, st.kind)) return;
    // An unverified record is a lead, not a fact: it is kept in the file but not applied.
    if (st.verified === "unverified") return;
    // The request an authorization answered: the last one before it in the situation's record.
    const request = st.kind === "authorization" ? situation.steps.slice(0, index).filter((x) => x.kind === "authorization-request" && x.date && x.verified !== "unverified").at(-1) : undefined;
    const sought = st.kind === "state-referral" ? st.date : request?.date ?? null;
    out.push({ situation, index, kind: st.kind, date: st.date, sought, by: st.by ?? [], chamber: st.chamber ?? null, decision: st.decision ?? null, scope: st.scope ? toScope(st.scope) : null, verified: st.verified, source: st.source });
  });
  return out;
}

const situationOf = (r: RefStep) => ({ id: r.situation.id, name: r.situation.name, nameFr: r.situation.nameFr ?? r.situation.name });
const peOf = (r: RefStep | undefined) => r?.situation.preliminaryExamination.opened ?? null;

export function triggerSteps(fs: FactSet, ref: ReferenceData, asOf: IsoDate, sc: ScInput[]): TriggerStepEntry[] {
  const refs = referenceSteps(ref, asOf, fs.hypotheticals?.withoutSteps ?? []);
  const used = new Set<RefStep>();
  const steps: TriggerStepEntry[] = [];
  const pm = fs.proprioMotu;
  const pePointer = pm?.preliminaryExamination ? "/proprioMotu/preliminaryExamination" : null;

  (fs.referrals?.states ?? []).forEach((r, j) => {
    const match = refs.find((x) => x.kind === "state-referral" && !used.has(x) && x.date === r.date && x.by.some((s) => r.by.includes(s)));
    if (match) used.add(match);
    const own = r.scope ?? (r.from !== undefined || r.to !== undefined ? { from: r.from, to: r.to } : undefined);
    const at = `/referrals/states/${j}`;
    steps.push({
      key: `state-referral:${j}`, kind: "state-referral", date: r.date, by: r.by, resolution: null, chamber: null, decision: null,
      situation: match ? situationOf(match) : null,
      // A scope the fact set gives in full wins; a partial one is completed from the reference step.
      scope: own && (own as FactScope).territories ? fromFacts(own) : match?.scope ? { ...match.scope, ...(own?.from !== undefined ? { from: own.from ?? null } : {}), ...(own?.to !== undefined ? { to: own.to ?? null } : {}) } : own ? fromFacts(own) : null,
      scopeFrom: own && (own as FactScope).territories ? "fact set" : match?.scope ? "reference" : own ? "fact set" : null,
      pointer: at, scopePointer: `${at}/scope`, scopeFieldsAt: r.scope ? `${at}/scope` : at,
      preliminaryExamination: pm?.preliminaryExamination ?? peOf(match), preliminaryExaminationPointer: pePointer,
      sought: r.date, soughtPointer: `${at}/date`,
      verified: match?.verified ?? null, source: match ? match.source : "fact set",
    });
  });

  if (pm?.authorized) {
    const matches = refs.filter((x) => x.kind === "authorization" && x.date === pm.authorized);
    matches.forEach((m) => used.add(m));
    const base = { kind: "authorization" as const, date: pm.authorized, by: [], resolution: null, pointer: "/proprioMotu", scopePointer: "/proprioMotu/scope", scopeFieldsAt: "/proprioMotu/scope", preliminaryExaminationPointer: pePointer, soughtPointer: "/proprioMotu/requested" };
    const sought = (m: RefStep | undefined) => pm.requested ?? m?.sought ?? null;
    if (pm.scope || matches.length === 0) {
      steps.push({ ...base, key: "proprio-motu", chamber: matches[0]?.chamber ?? null, decision: matches[0]?.decision ?? null, situation: matches[0] ? situationOf(matches[0]) : null,
        scope: pm.scope ? fromFacts(pm.scope) : null, scopeFrom: pm.scope ? "fact set" : null, sought: sought(matches[0]),
        preliminaryExamination: pm.preliminaryExamination ?? peOf(matches[0]), verified: matches[0]?.verified ?? null, source: matches[0]?.source ?? "fact set" });
    } else matches.forEach((m, k) => steps.push({ ...base, key: k === 0 ? "proprio-motu" : `proprio-motu:${k}`, chamber: m.chamber, decision: m.decision, situation: situationOf(m),
      scope: m.scope, scopeFrom: "reference", sought: sought(m), preliminaryExamination: pm.preliminaryExamination ?? peOf(m), verified: m.verified, source: m.source }));
  }

  // The rest of the reference record: the Court's own steps, known on the assessment date.
  for (const r of refs) {
    if (used.has(r)) continue;
    steps.push({
      key: `ref:${r.situation.id}:${r.index}`, kind: r.kind, date: r.date, by: r.by, resolution: null, chamber: r.chamber, decision: r.decision,
      situation: situationOf(r), scope: r.scope, scopeFrom: r.scope ? "reference" : null, pointer: null, scopePointer: null, scopeFieldsAt: null,
      preliminaryExamination: peOf(r), preliminaryExaminationPointer: null, sought: r.sought, soughtPointer: null, verified: r.verified, source: r.source,
    });
  }

  for (const r of sc) {
    steps.push({
      key: `security-council:${r.id}`, kind: "security-council", date: r.date, by: [], resolution: r.id, chamber: null, decision: null,
      situation: null, scope: r.territories === null && r.from === null ? null : { territories: r.territories, nationals: [], from: r.from, to: r.to },
      scopeFrom: r.pointer ? "fact set" : "reference", pointer: r.pointer, scopePointer: r.pointer ? `${r.pointer}/scope` : null, scopeFieldsAt: r.scopeFieldsAt,
      preliminaryExamination: null, preliminaryExaminationPointer: null, sought: r.date, soughtPointer: null, verified: null, source: r.source,
    });
  }
  // Only what is in play: the fact set's own steps, and the reference steps that could reach one of its incidents.
  const facts = (fs.incidents ?? []).map((inc) => [placesOf(inc), nationalsOf(inc)] as const);
  return steps.filter((s) => s.pointer !== null || facts.some(([places, nationals]) => inPlay(s, places, nationals)));
}

type IncidentLike = NonNullable<FactSet["incidents"]>[number];
/** Where the conduct or an element took place (effects do not place a crime: the 2018 reading); null if not given. */
export const placesOf = (inc: IncidentLike): string[] | null => (inc.territories === undefined ? null : inc.territories.filter((t) => t.part !== "effects").map((t) => t.state));
/** The perpetrators' nationalities; null where any is not given. */
export const nationalsOf = (inc: IncidentLike): string[] | null => (inc.perpetrators === undefined || inc.perpetrators.some((p) => p.nationalities === undefined) ? null : inc.perpetrators.flatMap((p) => p.nationalities ?? []));

/**
 * A step whose known territories (and nationals) share nothing with the incident's cannot reach
 * it, and is not paired with it — as a referral of another territory is no candidate basis.
 * Where either side is unknown, the pair is kept and the rule asks.
 */
export function inPlay(s: TriggerStepEntry, territories: string[] | null, nationalities: string[] | null): boolean {
  if (!s.scope || s.scope.territories === null || territories === null) return true;
  if (s.scope.territories.some((t) => territories.includes(t))) return true;
  return s.scope.nationals.length > 0 && (nationalities === null || s.scope.nationals.some((n) => nationalities.includes(n)));
}
