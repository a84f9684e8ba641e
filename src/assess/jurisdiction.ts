/**
 * Gathers the jurisdiction rules' outcomes into the assessment's `jurisdiction` block: per
 * incident, the bases found and the part of the incident's time the Court can reach; for the
 * situation, the trigger and any deferral.
 */
import { Period, Window, intersectPeriod } from "../dates";
import { RuleTrace } from "../engine/evaluateRule";
import type { IncidentRun, SituationRun } from "./assess";
import { CaseRecord, STATUTE_IN_FORCE } from "./record";
import { deferralWindow, periodOf } from "./subjects";
import { BasisFound, IncidentJurisdiction, JurisdictionOutcome, SubjectTrace, Trigger, TriggerRoute } from "./types";

const BASIS_RULES: Record<string, string> = {
  "art12-2-a": "Art. 12(2)(a)", "art12-2-b": "Art. 12(2)(b)", "art12-3-territory": "Art. 12(3)", "art12-3-nationality": "Art. 12(3)", "art13-b": "Art. 13(b)",
};

const toJurisdiction = (o: string): JurisdictionOutcome => (o === "met" ? "established" : o === "not_met" ? "not_established" : "undetermined");

function need(run: IncidentRun, id: string): RuleTrace {
  const t = run.traces.get(id);
  if (!t) throw new Error(`rule ${id} was not evaluated: rules/jurisdiction is incomplete`);
  return t;
}

export function composeIncidentJurisdiction(rec: CaseRecord, run: IncidentRun): IncidentJurisdiction {
  const inc = rec.factSet.incidents![run.index]!;
  const period = periodOf(inc);
  const statute: Window[] = [{ from: STATUTE_IN_FORCE, to: null }];
  const conclusion = need(run, "jurisdiction-incident");
  const established = conclusion.outcome === "met";

  const basesFound: BasisFound[] = [];
  const candidates: SubjectTrace[] = [];
  const securityCouncil: SubjectTrace[] = [];
  for (const [ruleId, provision] of Object.entries(BASIS_RULES)) {
    const traces = run.subjects.get(ruleId) ?? [];
    const entries = run.subjectEntries.get(ruleId) ?? [];
    (ruleId === "art13-b" ? securityCouncil : candidates).push(...traces);
    traces.forEach((t, k) => {
      const entry = entries[k];
      if (t.outcome !== "met" || !t.basis || !entry?.windows) return;
      const reach = intersectPeriod(period, entry.windows).flatMap((p) => intersectPeriod(p, statute));
      basesFound.push({ basis: t.basis, provision, hypothetical: t.hypothetical === true, reach });
    });
  }
  // One basis may be found through several subjects (two territories of one State): list it once.
  const seen = new Set<string>();
  const unique = basesFound.filter((b) => (seen.has(b.basis) ? false : (seen.add(b.basis), true)));
  const reach: Period[] = established
    ? intersectPeriod(period, unique.flatMap((b) => b.reach.map((p) => ({ from: p.start ?? p.since ?? STATUTE_IN_FORCE, to: p.end ?? p.until ?? null }))))
    : [];

  return {
    id: inc.id,
    outcome: toJurisdiction(conclusion.outcome),
    bases: established ? unique.map((b) => b.basis) : [],
    basesFound: established ? unique : [],
    reach,
    temporal: need(run, "art11-1"),
    preconditions: { ...need(run, "art12-preconditions"), candidates },
    securityCouncil,
    // Art. 26 bars the trial of a person, not jurisdiction over the crime: reported per person.
    age: { perpetrators: run.subjects.get("art26") ?? [] },
    conclusion,
    effectsOnly: (inc.territories ?? []).filter((t) => t.part === "effects").map((t) => t.state),
  };
}

const toTrigger = (o: string) => (o === "met" ? "triggered" : o === "not_met" ? "not_triggered" : "undetermined") as Trigger["outcome"];

export function composeTrigger(rec: CaseRecord, situation: SituationRun): Trigger {
  const get = (id: string) => {
    const t = situation.traces.get(id);
    if (!t) throw new Error(`rule ${id} was not evaluated: rules/jurisdiction/trigger.json is incomplete`);
    return t;
  };
  const subj = (id: string) => situation.subjects.get(id) ?? [];
  const anyOutcome = (ts: RuleTrace[]) => (ts.some((t) => t.outcome === "met") ? "met" : ts.some((t) => t.outcome === "undetermined") ? "undetermined" : "not_met");
  const routes: TriggerRoute[] = [
    { route: "state-referral", provision: "Arts. 13(a), 14", outcome: anyOutcome(subj("art13-a")), traces: [...subj("art13-a"), ...subj("art127-2").filter((t) => t.subject.includes("(state-referral:"))] },
    { route: "security-council", provision: "Art. 13(b)", outcome: anyOutcome(subj("art13-b-trigger")), traces: subj("art13-b-trigger") },
    { route: "proprio-motu", provision: "Arts. 13(c), 15", outcome: get("art15").outcome, traces: [get("art15"), ...subj("art127-2").filter((t) => t.subject.includes("(proprio-motu)"))] },
  ];
  const conclusion = get("trigger");
  const deferral = get("deferral-in-force");
  // A deferral lasts until the latest end of those in force (Art. 16: twelve months unless renewed).
  const until = subj("art16").map((t, j) => (t.outcome === "met" ? deferralWindow(rec.factSet.deferrals![j]!.from, rec.factSet.deferrals![j]!.to).to : null)).filter((x): x is string => x !== null).sort().at(-1) ?? null;
  const notes: string[] = [];
  const pm = rec.factSet.proprioMotu;
  if (pm?.requested && !(pm.authorized && pm.authorized <= rec.assessmentDate)) notes.push(rec.msg.requestedNotAuthorized(pm.requested));
  const laterAuthorized = pm?.authorized && pm.refused && pm.authorized > pm.refused && pm.authorized <= rec.assessmentDate;
  if (pm?.refused && pm.refused <= rec.assessmentDate && !laterAuthorized) notes.push(rec.msg.refused(pm.refused));
  // The Art. 127(2) question is an interpretive choice: say which reading was used, and the other.
  for (const t of subj("art127-2")) if (t.interpretation && !notes.includes(t.interpretation)) notes.push(t.interpretation);
  const open = conclusion.outcome === "met" ? [] : rec.msg.openRoutes;
  return {
    outcome: toTrigger(conclusion.outcome), routes, by: routes.filter((r) => r.outcome === "met").map((r) => r.route), conclusion,
    deferral: { inForce: deferral.outcome, until, traces: subj("art16"), conclusion: deferral },
    open, notes,
  };
}
