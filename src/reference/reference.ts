/**
 * Reference data (rules/reference/): States Parties with their dates, Security Council referrals,
 * Article 12(3) declarations, the permanent members of the Security Council, and the ICC's own
 * situations with their triggers and parameters. Loaded once; read as
 * of an assessment date, so that nothing known only later is applied to it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IsoDate, Window, addDays } from "../dates";

export interface Withdrawal { notified: IsoDate; effective: IsoDate | null; revoked: IsoDate | null; verified: string; source: string }
export interface StateRecord {
  state: string; name: string; signature: IsoDate | null; deposit: IsoDate | null; instrument: string | null;
  entryIntoForce: IsoDate | null; entryIntoForceBasis: string | null; withdrawal: Withdrawal | null;
  status: string; verified: string; source: string;
  /** The research behind the record (sources, doubts): kept with the data, not shown to users. */
  caveats?: string[];
  /** What an assessment tells the reader about the State, from the date it becomes true. */
  notes?: { from: IsoDate; en: string; fr: string }[];
}
export interface ScReferralRecord {
  id: string; situation: string; date: IsoDate; chapterVII: boolean; territories: string[];
  from: IsoDate; to: IsoDate | null; verified: string; source: string;
  /** An operative paragraph that leaves some persons to their own State's jurisdiction. */
  carveOut?: { paragraph: number; except: string[]; en: string; fr: string };
}
export interface DeclarationRecord {
  id: string; state: string; dated?: IsoDate | null; lodged: IsoDate; from: IsoDate; to: IsoDate | null;
  scope: ("territory" | "nationals")[]; accepted: boolean; verified: string; source: string; caveats?: string[];
}
/** A step's parameters: territories (and nationals) and a period, both ends inclusive. */
export interface ScopeRecord {
  territories: string[]; nationals?: string[]; from: IsoDate | null; to: IsoDate | null; note?: string;
  /** Where the situation is defined by the kind of conduct, not only by place and time. */
  subjectMatter?: string;
  subjectMatterFr?: string;
}
export interface SituationStepRecord {
  kind: "state-referral" | "security-council-referral" | "authorization-request" | "authorization" | "authorization-refused" | "decision-not-to-proceed";
  date: IsoDate | null; by?: string[]; resolution?: string; chamber?: string; decision?: string | null;
  scope?: ScopeRecord; verified: string; source: string; caveats?: string[];
}
/** One of the ICC's situations (rules/reference/situations.json): its trigger, parameters and sources. */
export interface SituationRecord {
  id: string; name: string; nameFr?: string; status: string;
  preliminaryExamination: { opened: IsoDate | null; concluded: IsoDate | null; outcome: string };
  steps: SituationStepRecord[]; verified: string; source: string; caveats?: string[];
}
export interface ReferenceData {
  states: Map<string, StateRecord>;
  securityCouncilReferrals: ScReferralRecord[];
  declarations: DeclarationRecord[];
  permanentMembers: Map<string, string>;
  situations: SituationRecord[];
  /** The latest as-of date of the files: what the engine can know of. */
  asOf: IsoDate;
}

function read<T>(dir: string, name: string): T & { asOf: IsoDate } {
  return JSON.parse(readFileSync(join(dir, name), "utf8")) as T & { asOf: IsoDate };
}

export function loadReference(rulesDir: string): ReferenceData {
  const dir = join(rulesDir, "reference");
  const sp = read<{ states: StateRecord[] }>(dir, "states-parties.json");
  const sc = read<{ referrals: ScReferralRecord[] }>(dir, "security-council-referrals.json");
  const dc = read<{ declarations: DeclarationRecord[] }>(dir, "declarations.json");
  const pm = read<{ members: { state: string; name: string }[] }>(dir, "security-council.json");
  const st = read<{ situations: SituationRecord[] }>(dir, "situations.json");
  const asOf = [sp.asOf, sc.asOf, dc.asOf, st.asOf].sort().at(-1)!;
  return {
    states: new Map(sp.states.map((s) => [s.state, s])),
    securityCouncilReferrals: sc.referrals,
    declarations: dc.declarations,
    permanentMembers: new Map(pm.members.map((m) => [m.state, m.name])),
    situations: st.situations,
    asOf,
  };
}

/**
 * The days a State was a party, as known on `asOf`: from entry into force (Art. 126) inclusive
 * until its withdrawal takes effect (Art. 127(1)) exclusive. An instrument deposited after `asOf`,
 * or a withdrawal notified after it, is not known on that date and is not applied.
 */
export function membershipWindows(ref: ReferenceData, state: string, asOf: IsoDate): Window[] {
  const r = ref.states.get(state);
  if (!r || !r.deposit || !r.entryIntoForce || r.deposit > asOf) return [];
  const w = r.withdrawal;
  const withdrawn = w && w.effective && w.notified <= asOf && !(w.revoked && w.revoked <= asOf);
  return [{ from: r.entryIntoForce, to: withdrawn ? addDays(w.effective!, -1) : null }];
}

export function isPartyOn(ref: ReferenceData, state: string, date: IsoDate, asOf: IsoDate): boolean {
  return membershipWindows(ref, state, asOf).some((w) => date >= w.from && (w.to === null || date <= w.to));
}

export function stateName(ref: ReferenceData, state: string): string {
  return ref.states.get(state)?.name ?? state;
}
