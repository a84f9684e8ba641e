/**
 * The facts panel's record: each referral, declaration and deferral the fact set gives, and the
 * Prosecutor's steps, named as a lawyer names them ("Referral by Lithuania, 30 September 2024"),
 * each with its dates as date inputs and Chapter VII as yes / no / unknown; then, read-only, the
 * steps of the Court's own record (reference data) that the trigger or a precondition rests on,
 * with their source. Words only: which step reaches which incident is the assessment's.
 */
import type { IncidentJurisdiction, Trigger, TriggerStep } from "../assess/types";
import { STATUTE_IN_FORCE } from "../assess/record";
import { MAX_YEAR, MIN_YEAR } from "../dates";
import { readPointer } from "../engine/path";
import type { FactSet } from "../facts/factSet.generated";
import { Lang, fillSlots, formatDate, joinList, windowsText } from "../i18n/format";
import type { ReferenceData } from "../reference/reference";
import { Control, FactGroup, controlId } from "./facts";
import { dateValue, recordField } from "./recordFields";
import type { WebStrings } from "./strings";
import { controlValue } from "./urlState";

export interface RecordInput {
  base: FactSet; current: FactSet;
  /** Whether the assessment read the fact at a pointer (./recordReads.ts). */
  read: (pointer: string) => boolean;
  trigger: Trigger; incidents: IncidentJurisdiction[];
  ref: ReferenceData; s: WebStrings; lang: Lang; stateName: (code: string) => string;
  /** Why the last form sent could not change a field, by pointer. */
  errors?: ReadonlyMap<string, string>;
}

type Scope = { territories?: string[] | null; nationals?: string[]; from?: string | null; to?: string | null };

/** "S/RES/1593 (2005)" as the Council's resolutions are cited in a sentence: "1593 (2005)". */
const resolutionName = (r: string) => r.replace(/^S\/RES\//, "");

export function recordGroups(x: RecordInput): FactGroup[] {
  const { current: fs, s, lang } = x;
  const r = s.record;
  const ev = (fs.evidence ?? {}) as Record<string, string[]>;
  const date = (iso: string) => formatDate(iso, lang);
  const states = (codes: string[]) => {
    const names = codes.map(x.stateName);
    return names.length <= 4 ? joinList(names, lang) : fillSlots(r.moreStates, { first: names.slice(0, 3).join(", "), n: String(names.length - 3) });
  };
  const control = (pointer: string, label: string): Control => {
    const now = readPointer(fs, pointer);
    const field = recordField(pointer)!;
    const c: Control = {
      pointer, id: controlId(pointer), label, kind: field.kind, options: [],
      changed: JSON.stringify(now ?? null) !== JSON.stringify(readPointer(x.base, pointer) ?? null),
      read: x.read(pointer), sources: ev[pointer] ?? [], ...(x.errors?.has(pointer) ? { error: x.errors.get(pointer)! } : {}),
    };
    if (field.kind === "bool") c.options = ["yes", "no", "unknown"].map((v) => ({ value: v, label: s.values[v] ?? v, checked: v === controlValue(now) }));
    else {
      const v = dateValue(now);
      c.date = { value: v, min: `${MIN_YEAR}-01-01`, max: `${MAX_YEAR}-12-31`, required: field.required, words: v ? date(v) : r.notGiven };
    }
    return c;
  };
  const detail = (label: string, text: string) => ({ label, text });
  const scopeDetails = (sc: Scope | undefined, from = STATUTE_IN_FORCE): { label: string; text: string }[] => [
    ...(sc?.territories?.length ? [detail(r.details.territories, states(sc.territories))] : []),
    ...(sc?.nationals?.length ? [detail(r.details.nationalsOf, states(sc.nationals))] : []),
    ...(sc && (sc.from || sc.to) ? [detail(r.details.period, windowsText([{ from: sc.from ?? from, to: sc.to ?? null }], lang))] : []),
  ];
  const steps = new Map(x.trigger.steps.map((st) => [st.key, st]));
  /** Where the scope of a step the fact set gives comes from the Court's record: that scope, and its source. */
  const courtScope = (key: string) => {
    const st = steps.get(key);
    if (!st || st.scopeFrom !== "reference" || !st.situation) return [];
    const sit = x.ref.situations.find((y) => y.id === st.situation);
    const kind = st.route === "proprio-motu" ? "authorization" : st.route;
    const source = sit?.steps.find((y) => y.kind === kind && y.date === st.date)?.source;
    const name = sit ? (lang === "fr" ? sit.nameFr ?? sit.name : sit.name) : "";
    return [
      detail(fillSlots(r.details.courtScope, { situation: `${st.situation}${name ? `, ${name}` : ""}` }), scopeLine(st.scope)),
      ...(source ? [detail(r.details.source, source)] : []),
    ];
  };
  // The nationals' line needs its words ("also conduct by nationals of Burundi"); the others read alone.
  const scopeLine = (sc: TriggerStep["scope"]) => scopeDetails(sc ?? undefined).map((d) => (d.label === r.details.nationalsOf ? `${d.label} ${d.text}` : d.text)).join("; ") || r.notGiven;

  const groups: FactGroup[] = [];
  (fs.referrals?.states ?? []).forEach((ref, j) => {
    const at = `/referrals/states/${j}`;
    const win = ref.scope ? `${at}/scope` : at;
    groups.push({
      title: fillSlots(r.stateReferral, { states: states(ref.by), date: date(ref.date) }),
      facts: [control(`${at}/date`, r.fields.referralDate), control(`${win}/from`, r.fields.situationFrom), control(`${win}/to`, r.fields.situationTo)],
      details: [
        ...(ref.by.length > 4 ? [detail(r.details.by, joinList(ref.by.map(x.stateName), lang))] : []),
        ...scopeDetails(ref.scope ? { territories: ref.scope.territories, nationals: ref.scope.nationals } : undefined),
        ...courtScope(`state-referral:${j}`),
      ],
      sources: ev[at] ?? [],
    });
  });
  (fs.referrals?.securityCouncil ?? []).forEach((sc, i) => {
    const at = `/referrals/securityCouncil/${i}`;
    const win = sc.scope ? `${at}/scope` : at;
    // The record's own copy of a resolution is read in its place (src/assess/record.ts).
    const court = x.ref.securityCouncilReferrals.find((y) => y.id === sc.resolution && y.date <= (fs.assessmentDate ?? "9999"));
    groups.push({
      title: fillSlots(r.securityCouncil, { resolution: resolutionName(sc.resolution) }),
      facts: [control(`${at}/date`, r.fields.resolutionDate), control(`${at}/chapterVII`, r.fields.chapterVII), control(`${win}/from`, r.fields.situationFrom), control(`${win}/to`, r.fields.situationTo)],
      details: [
        ...scopeDetails({ territories: sc.scope?.territories ?? sc.territories ?? null }),
        ...(court ? [detail(r.details.courtHolds, court.id), detail(r.details.source, court.source)] : []),
      ],
      sources: ev[at] ?? [],
    });
  });
  const pm = fs.proprioMotu;
  if (pm) {
    const at = "/proprioMotu";
    const keys = (["preliminaryExamination", "requested", "authorized", "refused"] as const);
    groups.push({
      title: r.proprioMotu,
      facts: [
        ...keys.map((k) => control(`${at}/${k}`, r.fields[k])),
        // A scope given in part would replace the Court's own in full (src/assess/steps.ts): its dates are offered only where the fact set gives one.
        ...(pm.scope ? [control(`${at}/scope/from`, r.fields.investigationFrom), control(`${at}/scope/to`, r.fields.investigationTo)] : []),
      ],
      details: [...scopeDetails(pm.scope ? { territories: pm.scope.territories, nationals: pm.scope.nationals } : undefined), ...[...steps.keys()].filter((k) => /^proprio-motu(:\d+)?$/.test(k)).flatMap(courtScope)],
      sources: ev[at] ?? [],
    });
  }
  (fs.declarations ?? []).forEach((d, i) => {
    const at = `/declarations/${i}`;
    groups.push({
      title: fillSlots(r.declaration, { state: x.stateName(d.state), date: date(d.lodged) }),
      facts: [control(`${at}/lodged`, r.fields.lodged), control(`${at}/from`, r.fields.acceptedFrom), control(`${at}/to`, r.fields.acceptedTo)],
      details: [detail(r.details.scope, joinList(d.scope.map((k) => r.details[k]), lang))],
      sources: ev[at] ?? [],
    });
  });
  (fs.deferrals ?? []).forEach((d, j) => {
    const at = `/deferrals/${j}`;
    groups.push({
      title: fillSlots(r.deferral, { resolution: resolutionName(d.resolution) }),
      facts: [control(`${at}/chapterVII`, r.fields.chapterVII), control(`${at}/from`, r.fields.deferralFrom), control(`${at}/to`, r.fields.deferralTo)],
      details: [], sources: ev[at] ?? [],
    });
  });
  return [...groups, ...courtRecord(x, states, scopeDetails)];
}

/** The steps of the Court's own record the assessment reads, and the declarations it paired with an incident: read-only, with their source. */
function courtRecord(x: RecordInput, states: (codes: string[]) => string, scopeDetails: (sc: Scope | undefined, from?: string) => { label: string; text: string }[]): FactGroup[] {
  const { current: fs, s, lang } = x;
  const r = s.record;
  const date = (iso: string) => formatDate(iso, lang);
  const group = (title: string, details: { label: string; text: string }[], source: string | undefined): FactGroup => ({
    title: fillSlots(r.fromCourt, { title }), facts: [], reference: true,
    details: [...details, ...(source ? [{ label: r.details.source, text: source }] : [])],
  });
  const out: FactGroup[] = [];
  for (const st of x.trigger.steps) {
    const m = /^ref:(.+):(\d+)$/.exec(st.key);
    if (m) {
      const sit = x.ref.situations.find((y) => y.id === m[1]);
      const rec = sit?.steps[Number(m[2])];
      const title = st.route === "state-referral" ? fillSlots(r.stateReferral, { states: states(st.by), date: date(st.date) }) : fillSlots(r.authorization, { date: date(st.date) });
      const name = sit ? (lang === "fr" ? sit.nameFr ?? sit.name : sit.name) : "";
      out.push(group(title, [
        { label: r.details.situation, text: `${m[1]}${name ? `, ${name}` : ""}` },
        ...([st.chamber, st.decision].some(Boolean) ? [{ label: r.details.chamber, text: [st.chamber, st.decision].filter(Boolean).join(", ") }] : []),
        ...scopeDetails(st.scope ?? undefined),
      ], rec?.source));
    } else if (st.route === "security-council" && st.resolution && !(fs.referrals?.securityCouncil ?? []).some((y) => y.resolution === st.resolution)) {
      const rec = x.ref.securityCouncilReferrals.find((y) => y.id === st.resolution);
      out.push(group(fillSlots(r.securityCouncil, { resolution: resolutionName(st.resolution) }), [
        { label: r.fields.resolutionDate, text: date(st.date) },
        ...(rec ? [{ label: r.fields.chapterVII, text: s.values[rec.chapterVII ? "yes" : "no"]! }] : []),
        ...scopeDetails(st.scope ?? undefined),
      ], rec?.source));
    }
  }
  // Art. 12(3): the declarations of the record that the preconditions were checked against.
  const used = new Set(x.incidents.flatMap((inc) => inc.preconditions.candidates.map((c) => c.basis ?? "")).filter((b) => b.startsWith("declaration:")).map((b) => b.slice("declaration:".length)));
  for (const d of x.ref.declarations) {
    if (!used.has(d.id) || (fs.declarations ?? []).some((y) => y.state === d.state && y.lodged === d.lodged)) continue;
    out.push(group(fillSlots(r.declaration, { state: x.stateName(d.state), date: date(d.lodged) }), [
      { label: r.details.scope, text: joinList(d.scope.map((k) => r.details[k]), lang) },
      { label: r.details.period, text: windowsText([{ from: d.from, to: d.to }], lang) },
    ], d.source));
  }
  return out;
}
