/**
 * The situation's own subjects: each State referral, each Security Council referral as a trigger,
 * each deferral. What they read of the incidents (does the referral cover any?) is gathered from
 * the incidents' own rule outcomes, never decided here.
 */
import { addDays, periodOverlaps } from "../dates";
import { kleeneAny, triToOutcome } from "../engine/fold";
import { Scope } from "../engine/types";
import type { IncidentRun } from "./assess";
import { formatDate, joinList } from "../i18n/format";
import { CaseRecord, STATUTE_IN_FORCE } from "./record";
import { SubjectEntry, deferralWindow, periodOf, situationFacts } from "./subjects";

const prefixes = (base: string | null): [string, string | null][] => [
  ["factSet", ""], ["attack", "/attack"], ["results", null], ["anyOf", null], ["allOf", null], ["countOf", null], ["subject", base],
];


export function situationSubjects(rec: CaseRecord, scope: Scope, runs: IncidentRun[]): SubjectEntry[] {
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
          ...r, parties: parties.every((p) => p.party) ? "met" : "not_met", coversIncidents,
          byText: joinList(r.by.map((s) => rec.nameIn(s, "en")), "en"), byTextFr: joinList(r.by.map((s) => rec.nameIn(s, "fr")), "fr"),
          nonPartiesText: joinList(parties.filter((p) => !p.party).map((p) => rec.nameIn(p.s, "en")), "en") || "none",
          nonPartiesTextFr: joinList(parties.filter((p) => !p.party).map((p) => rec.nameIn(p.s, "fr")), "fr") || "aucun",
        };
        return { label: `referral by ${r.by.join(", ")} (${r.date})`, facts: { ...facts, subject }, pointers: { prefixes: [...prefixes(`/referrals/states/${j}`), ["subject.parties", null], ["subject.coversIncidents", null], ["subject.byText", null], ["subject.byTextFr", null], ["subject.nonPartiesText", null], ["subject.nonPartiesTextFr", null]], aliases: { "subject.coversIncidents": whenPointers } }, fullFactSet: fs };
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
    case "withdrawal": {
      // Only an authorization given after a withdrawal took effect raises the Art. 127(2) question.
      const authorized = fs.proprioMotu?.authorized;
      if (!authorized || authorized > rec.assessmentDate) return [];
      const relied = new Set<string>();
      for (const run of runs.filter(Boolean)) for (const id of ["art12-2-a", "art12-2-b"]) {
        for (const t of run.subjects.get(id) ?? []) if (t.outcome === "met" && !t.hypothetical && t.basis) relied.add(t.basis.split(":")[1]!.slice(0, 3));
      }
      return [...relied].sort().flatMap((state) => {
        const windows = rec.memberships(state).find((m) => !m.hypothetical)?.windows ?? [];
        const lastDay = windows.at(-1)?.to;
        if (!lastDay || authorized <= lastDay) return [];
        const subject = { state, stateName: rec.nameIn(state, "en"), stateNameFr: rec.nameIn(state, "fr"), lastDayAsParty: lastDay, effective: addDays(lastDay, 1) };
        return [{ label: `withdrawal:${state}`, facts: { ...facts, subject }, pointers: { prefixes: prefixes(null) }, fullFactSet: fs }];
      });
    }
    default:
      throw new Error(`not a situation subject scope: ${scope}`);
  }
}
