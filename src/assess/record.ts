/**
 * The record the engine reasons on: the fact set together with the reference data known on the
 * assessment date. Declarations and Security Council referrals from both are merged (the fact set
 * may repeat a reference record; it is then counted once), each keeping where it came from.
 */
import { IsoDate, Window } from "../dates";
import type { FactSet } from "../facts/factSet.generated";
import { Lang, stateNameIn } from "../i18n/format";
import { MESSAGES, Messages } from "../i18n/messages";
import { ReferenceData, membershipWindows } from "../reference/reference";
import { TriggerStepEntry, leftOut, triggerSteps } from "./steps";

export const STATUTE_IN_FORCE: IsoDate = "2002-07-01"; // Art. 11(1), Art. 126(1)

export interface DeclarationEntry {
  id: string; state: string; lodged: IsoDate; from: IsoDate; to: IsoDate | null;
  scope: ("territory" | "nationals")[];
  /** Pointer of the declaration in the fact set, or null for reference data. */
  pointer: string | null;
  source: string;
}
export interface ScReferralEntry {
  id: string; date: IsoDate; chapterVII: boolean | null; territories: string[] | null;
  from: IsoDate | null; to: IsoDate | null; pointer: string | null; source: string;
  /** Where the referral's scope fields are written in the fact set (its own object, or its `scope`). */
  scopeFieldsAt: string | null;
  carveOut?: { paragraph: number; except: string[]; en: string; fr: string };
}
export interface Membership {
  state: string; windows: Window[]; hypothetical: boolean;
  /** Pointer of the hypothetical in the fact set. */
  pointer: string | null;
}

export interface CaseRecord {
  factSet: FactSet;
  assessmentDate: IsoDate;
  ref: ReferenceData;
  declarations: DeclarationEntry[];
  securityCouncilReferrals: ScReferralEntry[];
  /** Every step that can trigger the exercise of jurisdiction, with its scope (./steps.ts). */
  steps: TriggerStepEntry[];
  memberships(state: string): Membership[];
  /** The State's name in the assessment's language. */
  name(state: string): string;
  nameIn(state: string, lang: Lang): string;
  lang: Lang;
  msg: Messages;
}

/** The Art. 12(3) declarations on the record as of a date: the reference data's, then those the fact set adds. */
export function declarationsOf(factSet: FactSet, ref: ReferenceData, assessmentDate: IsoDate): DeclarationEntry[] {
  const declarations: DeclarationEntry[] = ref.declarations
    .filter((d) => d.accepted && d.lodged <= assessmentDate)
    .map((d) => ({ id: d.id, state: d.state, lodged: d.lodged, from: d.from, to: d.to, scope: d.scope, pointer: null, source: d.source }));
  (factSet.declarations ?? []).forEach((d, i) => {
    const same = declarations.find((x) => x.pointer === null && x.state === d.state && x.lodged === d.lodged);
    if (same) return; // the reference record already holds it
    declarations.push({
      id: d.id ?? `${d.state}-${d.lodged.slice(0, 4)}`, state: d.state, lodged: d.lodged, from: d.from, to: d.to ?? null,
      scope: d.scope, pointer: `/declarations/${i}`, source: "fact set",
    });
  });
  return declarations;
}

export function buildRecord(factSet: FactSet, ref: ReferenceData, assessmentDate: IsoDate, lang: Lang = "en"): CaseRecord {
  const nameIn = (state: string, l: Lang) => stateNameIn(state, l, ref.states.get(state)?.name);
  const declarations = declarationsOf(factSet, ref, assessmentDate);
  // A teaching hypothetical may leave out a resolution of the Court's record ("what if the Council had not referred").
  const without = factSet.hypotheticals?.withoutSteps ?? [];
  const withdrawnResolutions = new Set(ref.situations.flatMap((s) => s.steps.filter((st) => st.kind === "security-council-referral" && st.resolution && leftOut(without, s.id, st.kind)).map((st) => st.resolution!)));
  const securityCouncilReferrals: ScReferralEntry[] = ref.securityCouncilReferrals
    .filter((r) => r.date <= assessmentDate && !withdrawnResolutions.has(r.id))
    .map((r) => ({ id: r.id, date: r.date, chapterVII: r.chapterVII, territories: r.territories, from: r.from, to: r.to, pointer: null, source: r.source, scopeFieldsAt: null, ...(r.carveOut ? { carveOut: r.carveOut } : {}) }));
  (factSet.referrals?.securityCouncil ?? []).forEach((r, i) => {
    if (securityCouncilReferrals.some((x) => x.id === r.resolution)) return;
    const sc = r.scope ?? r;
    const at = `/referrals/securityCouncil/${i}`;
    securityCouncilReferrals.push({
      id: r.resolution, date: r.date, chapterVII: r.chapterVII ?? null, territories: sc.territories ?? null,
      from: sc.from ?? null, to: sc.to ?? null, pointer: at, source: "fact set", scopeFieldsAt: r.scope ? `${at}/scope` : at,
    });
  });
  const hypothetical = factSet.hypotheticals?.membership ?? [];
  const steps = triggerSteps(factSet, ref, assessmentDate, securityCouncilReferrals);
  // Each State's memberships are asked for by every subject, route and step that names it: worked out once.
  const memberships = new Map<string, Membership[]>();
  return {
    factSet, assessmentDate, ref, declarations, securityCouncilReferrals, steps,
    memberships(state) {
      let out = memberships.get(state);
      if (out) return out;
      out = [{ state, windows: membershipWindows(ref, state, assessmentDate), hypothetical: false, pointer: null }];
      hypothetical.forEach((h, i) => {
        if (h.state === state) out!.push({ state, windows: [{ from: h.entryIntoForce, to: null }], hypothetical: true, pointer: `/hypotheticals/membership/${i}` });
      });
      memberships.set(state, out);
      return out;
    },
    name: (state) => nameIn(state, lang),
    nameIn,
    lang,
    msg: MESSAGES[lang],
  };
}
