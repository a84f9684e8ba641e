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
import { kleeneAny } from "../engine/fold";
import type { RuleBook } from "../engine/loadRules";
import { formatDate } from "../i18n/format";
import { TriggerStepEntry } from "./steps";
import { BasisFound, IncidentJurisdiction, JurisdictionOutcome, SubjectTrace, Trigger, TriggerRoute, TriggerStep } from "./types";

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

const ROUTE_OF: Record<TriggerStepEntry["kind"], TriggerRoute["route"]> = { "state-referral": "state-referral", "security-council": "security-council", authorization: "proprio-motu" };

/** A step as the assessment reports it: what it is, where it comes from, and the scope it was read with. */
function stepView(s: TriggerStepEntry): TriggerStep {
  return {
    key: s.key, route: ROUTE_OF[s.kind], date: s.date, by: s.by, resolution: s.resolution, chamber: s.chamber, decision: s.decision,
    situation: s.situation?.id ?? null, scope: s.scope, scopeFrom: s.scopeFrom, verified: s.verified,
  };
}

export function composeTrigger(rec: CaseRecord, book: RuleBook, situation: SituationRun, jurisdiction: IncidentJurisdiction[] = []): Trigger {
  const get = (id: string) => {
    const t = situation.traces.get(id);
    if (!t) throw new Error(`rule ${id} was not evaluated: rules/jurisdiction is incomplete`);
    return t;
  };
  const subj = (id: string) => situation.subjects.get(id) ?? [];
  const withdrawalTraces = subj("art127-2");
  const stepTraces = { "state-referral": subj("art13-a"), "security-council": subj("art13-b-trigger"), "proprio-motu": subj("art15") };
  const routes: TriggerRoute[] = (["state-referral", "security-council", "proprio-motu"] as const).map((route) => {
    const reached = situation.coverage.filter((c) => ROUTE_OF[c.entry.kind] === route).map((c) => c.outcome);
    // A route is taken when one of its steps reaches an incident; a step that triggers nothing decides nothing.
    const outcome = reached.length ? kleeneAny(reached) : "not_met";
    const keys = new Set(rec.steps.filter((s) => ROUTE_OF[s.kind] === route).map((s) => s.key));
    const provision = route === "state-referral" ? "Arts. 13(a), 14" : route === "security-council" ? "Art. 13(b)" : "Arts. 13(c), 15";
    return { route, provision, outcome, traces: [...stepTraces[route], ...withdrawalTraces.filter((t) => [...keys].some((k) => t.subject.endsWith(`(${k})`)))] };
  });
  const conclusion = get("trigger");
  const deferral = get("deferral-in-force");
  const incidents = (rec.factSet.incidents ?? []).map((inc, i) => {
    const t = subj("trigger-incident").find((x) => x.subject === `incident:${inc.id}`);
    const mine = situation.coverage.filter((c) => c.entry.incidentIndex === i);
    return {
      // With no step in play no incident has a trace of its own: the situation's `trigger` rule decides for each.
      id: inc.id, outcome: toTrigger(t?.outcome ?? conclusion.outcome),
      by: [...new Set(mine.filter((c) => c.outcome === "met").map((c) => ROUTE_OF[c.entry.kind]))],
      steps: mine.filter((c) => c.outcome === "met").map((c) => c.entry.stepKey),
      conclusion: t ?? null, coverage: mine.map((c) => c.trace),
    };
  });
  // Incidents no step reaches while others are reached: the situation is triggered, but not as to them.
  // (Not those outside the Court's jurisdiction altogether: no new step would help them.)
  const outsideScope = conclusion.outcome === "met" ? incidents.filter((x, i) => x.outcome === "not_triggered" && jurisdiction[i]?.outcome !== "not_established").map((x) => x.id) : [];
  // A deferral lasts twelve months at most from its resolution (Art. 16); the latest end of those in force.
  const windows = (rec.factSet.deferrals ?? []).map((d) => deferralWindow(d.from, d.to));
  const until = subj("art16").map((t, j) => (t.outcome === "met" ? windows[j]!.to : null)).filter((x): x is string => x !== null).sort().at(-1) ?? null;
  const notes: string[] = [];
  (rec.factSet.deferrals ?? []).forEach((d, j) => {
    if (d.to && d.to > windows[j]!.to!) notes.push(rec.msg.deferralCapped(d.resolution, formatDate(d.to, rec.lang), formatDate(windows[j]!.to!, rec.lang)));
  });
  const pm = rec.factSet.proprioMotu;
  const authorized = rec.steps.some((s) => s.kind === "authorization" && s.date <= rec.assessmentDate);
  if (pm?.requested && !authorized) notes.push(rec.msg.requestedNotAuthorized(pm.requested));
  const laterAuthorized = pm?.authorized && pm.refused && pm.authorized > pm.refused && pm.authorized <= rec.assessmentDate;
  if (pm?.refused && pm.refused <= rec.assessmentDate && !laterAuthorized) notes.push(rec.msg.refused(pm.refused));
  if (outsideScope.length) notes.push(rec.msg.outsideScope(outsideScope));
  // The Art. 127(2) question is an interpretive choice: say which reading was used, and the other — where it decided something.
  const rule = book.byId.get("art127-2");
  const reading = rule ? (rec.lang === "fr" ? rule.fr?.interpretation : undefined) ?? rule.interpretation : undefined;
  withdrawalTraces.forEach((_, k) => {
    if (reading && situation.decisiveWithdrawals.has(k) && !notes.includes(reading)) notes.push(reading);
  });
  // Where nothing triggers, every route is still open (its words: messages.openRoutes, rendered by the memo).
  const open: TriggerRoute["route"][] = conclusion.outcome === "met" ? [] : ["state-referral", "security-council", "proprio-motu"];
  return {
    outcome: toTrigger(conclusion.outcome), routes, by: routes.filter((r) => r.outcome === "met").map((r) => r.route), conclusion,
    incidents, outsideScope, steps: rec.steps.map(stepView),
    deferral: { inForce: deferral.outcome, until, traces: subj("art16"), conclusion: deferral },
    open, notes,
  };
}
