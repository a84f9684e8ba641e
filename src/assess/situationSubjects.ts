/**
 * The situation's own subjects: each State referral, each Security Council referral as a trigger,
 * each deferral. What they read of the incidents (does the referral cover any?) is gathered from
 * the incidents' own rule outcomes, never decided here.
 */
import { periodOverlaps } from "../dates";
import { kleeneAny, triToOutcome } from "../engine/fold";
import { Outcome, Scope } from "../engine/types";
import type { IncidentRun } from "./assess";
import { formatDate, joinList } from "../i18n/format";
import { CaseRecord, STATUTE_IN_FORCE } from "./record";
import { withdrawalSubjects } from "./withdrawals";
import { SubjectEntry, deferralWindow, periodOf, situationFacts } from "./subjects";

const prefixes = (base: string | null): [string, string | null][] => [
  ["factSet", ""], ["attack", "/attack"], ["results", null], ["anyOf", null], ["allOf", null], ["countOf", null], ["subject", base],
];


export function situationSubjects(rec: CaseRecord, scope: Scope, runs: IncidentRun[], bars: Map<string, Outcome> = new Map()): SubjectEntry[] {
  const fs = rec.factSet;
  const incidents = fs.incidents ?? [];
  const facts = situationFacts(rec);
  // Whether a referral covers the incidents rests on when (and where) they took place.
  const whenPointers = incidents.flatMap((_, i) => [`/incidents/${i}/start`, `/incidents/${i}/end`]);
  switch (scope) {
    case "state-referral":
      return (fs.referrals?.states ?? []).map((r, j) => {
        const parties = r.by.map((s) => ({ s, party: rec.memberships(s).some((m) => m.windows.some((w) => r.date >= w.from && (w.to === null || r.date <= w.to))) }));
        const window = [{ from: r.from ?? STATUTE_IN_FORCE, to: r.to ?? null }];
        const coversIncidents = kleeneAny(incidents.map((inc) => triToOutcome(periodOverlaps(periodOf(inc), window))));
        const subject = {
          // How many of the referring States were parties on the date: the rule (art13-a) decides what that means.
          ...r, partiesAmongReferring: parties.filter((p) => p.party).length, coversIncidents, withdrawalsDoNotBar: bars.get(`state-referral:${j}`) ?? "met",
          byText: joinList(r.by.map((s) => rec.nameIn(s, "en")), "en"), byTextFr: joinList(r.by.map((s) => rec.nameIn(s, "fr")), "fr"),
          nonPartiesText: joinList(parties.filter((p) => !p.party).map((p) => rec.nameIn(p.s, "en")), "en") || "none",
          nonPartiesTextFr: joinList(parties.filter((p) => !p.party).map((p) => rec.nameIn(p.s, "fr")), "fr") || "aucun",
        };
        return { label: `referral by ${r.by.join(", ")} (${r.date})`, facts: { ...facts, subject }, pointers: { prefixes: [...prefixes(`/referrals/states/${j}`), ["subject.partiesAmongReferring", null], ["subject.coversIncidents", null], ["subject.withdrawalsDoNotBar", null], ["subject.byText", null], ["subject.byTextFr", null], ["subject.nonPartiesText", null], ["subject.nonPartiesTextFr", null]], aliases: { "subject.coversIncidents": whenPointers } }, fullFactSet: fs };
      });
    case "security-council-trigger":
      return rec.securityCouncilReferrals.map((r) => {
        const coversIncidents = kleeneAny(runs.filter(Boolean).map((run) => kleeneAny((run.subjects.get("art13-b") ?? []).filter((t) => t.basis === `security-council:${r.id}`).map((t) => t.outcome))));
        return { label: r.id, facts: { ...facts, subject: { ...r, coversIncidents } }, pointers: { prefixes: [...prefixes(r.pointer), ["subject.coversIncidents", null], ["subject.id", r.pointer ? `${r.pointer}/resolution` : null]], aliases: { "subject.coversIncidents": [...whenPointers, ...incidents.map((_, i) => `/incidents/${i}/territories`)] } }, fullFactSet: fs };
      });
    case "deferral":
      return (fs.deferrals ?? []).map((d, j) => {
        const w = deferralWindow(d.from, d.to);
        return { label: d.resolution, facts: { ...facts, subject: { ...d, windows: [w], windowText: `from ${formatDate(w.from, "en")} to ${formatDate(w.to!, "en")}`, windowTextFr: `du ${formatDate(w.from, "fr")} au ${formatDate(w.to!, "fr")}` } }, pointers: { prefixes: [...prefixes(`/deferrals/${j}`), ["subject.windows", null], ["subject.windowText", null], ["subject.windowTextFr", null]] }, fullFactSet: fs };
      });
    case "withdrawal":
      return withdrawalSubjects(rec, runs).map((w) => {
        const subject = {
          state: w.state, stateName: rec.nameIn(w.state, "en"), stateNameFr: rec.nameIn(w.state, "fr"),
          lastDayAsParty: w.lastDayAsParty, effective: w.effective, step: w.step.step, stepDate: w.step.date, stepName: w.step.en, stepNameFr: w.step.fr,
        };
        return { label: `withdrawal:${w.state} (${w.step.step})`, facts: { ...facts, subject }, pointers: { prefixes: prefixes(null) }, fullFactSet: fs };
      });
    default:
      throw new Error(`not a situation subject scope: ${scope}`);
  }
}
