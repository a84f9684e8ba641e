/**
 * The assessment's notes: matters of record a reader must know that no rule decides — the
 * reference data's date, hypotheticals, caveats on the States relied on, a Security Council
 * referral's carve-out for nationals of certain non-parties, a declaration lodged by a State that
 * was already a party. Each is said once, and only where it concerns the incidents.
 */
import { formatDate } from "../i18n/format";
import { Runtime } from "../runtime";
import { CaseRecord } from "./record";
import { periodOf } from "./subjects";
import { IncidentJurisdiction } from "./types";

/** Was the State a party (not hypothetically) on some day of [from, to]? */
function partyDuring(rec: CaseRecord, state: string, from: string | null, to: string | null): boolean {
  return rec.memberships(state).some((m) => !m.hypothetical && m.windows.some((w) => (to === null || w.from <= to) && (w.to === null || from === null || w.to >= from)));
}

export function assessmentNotes(rec: CaseRecord, rt: Runtime, incidents: IncidentJurisdiction[]): string[] {
  const fs = rec.factSet;
  const notes: string[] = [];
  // A set beside the list: a note may be offered once per basis of every incident (thousands of times).
  const seen = new Set<string>();
  const add = (n: string) => { if (!seen.has(n)) { seen.add(n); notes.push(n); } };
  // Hypotheticals first: the memo says so in its first lines.
  const without = fs.hypotheticals?.withoutSteps ?? [];
  if ((fs.hypotheticals?.membership ?? []).length) add(rec.msg.hypothetical);
  if (without.length) add(rec.msg.withoutSteps(without.map((w) => `${w.situation}${w.kind ? ` (${w.kind})` : ""}`)));
  if (rec.assessmentDate > rt.ref.asOf) add(rec.msg.referenceAsOf(rt.ref.asOf));
  // What the reference data says of the States a basis rests on — only what was true on the assessment date.
  for (const x of incidents) for (const b of x.basesFound) {
    const state = b.basis.match(/^(territory|nationality):([A-Z]{3})/)?.[2];
    for (const n of (state && !b.hypothetical ? rt.ref.states.get(state)?.notes : undefined) ?? []) {
      if (n.from <= rec.assessmentDate) add(rec.msg.caveat(rec.name(state!), rec.lang === "fr" ? n.fr : n.en));
    }
  }
  // S/RES/1593 (2005) and 1970 (2011), operative para. 6: nationals of a contributing non-party
  // State outside the situation are left to that State's exclusive jurisdiction.
  incidents.forEach((x, i) => {
    const inc = fs.incidents![i]!;
    const p = periodOf(inc);
    for (const b of x.basesFound) {
      if (!b.basis.startsWith("security-council:")) continue;
      const r = rec.securityCouncilReferrals.find((s) => `security-council:${s.id}` === b.basis);
      if (!r?.carveOut) continue;
      for (const perp of inc.perpetrators ?? []) for (const n of perp.nationalities ?? []) {
        if (r.carveOut.except.includes(n) || partyDuring(rec, n, p.start, p.end)) continue;
        add(rec.msg.carveOut(rec.lang === "fr" ? r.carveOut.fr : r.carveOut.en, perp.name ?? perp.id, rec.name(n), inc.id));
      }
    }
  });
  // Art. 12(3) is for a State not a party; a party has accepted jurisdiction by joining (Art. 12(1)).
  const concerned = new Set((fs.incidents ?? []).flatMap((inc) => [...(inc.territories ?? []).map((t) => t.state), ...(inc.perpetrators ?? []).flatMap((q) => q.nationalities ?? [])]));
  for (const d of rec.declarations) {
    if (!(d.pointer !== null || concerned.has(d.state))) continue;
    if (partyDuring(rec, d.state, d.lodged, d.lodged)) add(rec.msg.declarationByParty(d.id, rec.name(d.state), formatDate(d.lodged, rec.lang)));
  }
  return notes;
}
