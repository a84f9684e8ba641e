/**
 * Article 127(2) and the triggers: where a State's withdrawal took effect before a referral was
 * made or an investigation authorized, and a basis of jurisdiction rests on that State's
 * membership, whether the step can still rest on it is contested. The rule art127-2 decides it
 * for each (State, step); this gathers, for each step and each incident, whether the incident
 * still has a basis the step can rest on.
 */
import { addDays } from "../dates";
import { Outcome } from "../engine/types";
import { kleeneAny } from "../engine/fold";
import type { IncidentRun } from "./assess";
import { CaseRecord } from "./record";
import { TriggerStepEntry } from "./steps";
import { SubjectTrace } from "./types";

/** The steps a withdrawal can stand in the way of: referrals by States and authorizations (not the Council's). */
export function withdrawableSteps(rec: CaseRecord): TriggerStepEntry[] {
  return rec.steps.filter((s) => s.kind !== "security-council" && s.date <= rec.assessmentDate);
}

const MEMBERSHIP_BASES = ["art12-2-a", "art12-2-b"];
const stateOf = (basis: string) => basis.split(":")[1]!.slice(0, 3);

/** The States whose membership a met basis rests on. */
function reliedOn(runs: IncidentRun[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs.filter(Boolean)) for (const id of MEMBERSHIP_BASES) {
    for (const t of run.subjects.get(id) ?? []) if (t.outcome === "met" && !t.hypothetical && t.basis) out.add(stateOf(t.basis));
  }
  return out;
}

export interface WithdrawalSubject { state: string; lastDayAsParty: string; effective: string; step: TriggerStepEntry }

export function withdrawalSubjects(rec: CaseRecord, runs: IncidentRun[]): WithdrawalSubject[] {
  const out: WithdrawalSubject[] = [];
  const relied = [...reliedOn(runs)].sort();
  for (const step of withdrawableSteps(rec)) for (const state of relied) {
    const lastDay = rec.memberships(state).find((m) => !m.hypothetical)?.windows.at(-1)?.to;
    if (lastDay && step.date > lastDay) out.push({ state, lastDayAsParty: lastDay, effective: addDays(lastDay, 1), step });
  }
  return out;
}

export interface Bars {
  /** `${stepKey}|${incidentIndex}` → whether the incident still has a basis the step can rest on. */
  byStepAndIncident: Map<string, Outcome>;
  /** The (State, step) pairs on which some incident's answer turned: where the Art. 127(2) reading matters. */
  decisive: Set<string>;
}

/**
 * For each step and incident: met if no withdrawal is in question, or if the incident still has a
 * basis the step can rest on — any basis other than a withdrawn State's membership, or that
 * membership where art127-2 is met for it.
 */
export function withdrawalsDoNotBar(rec: CaseRecord, runs: IncidentRun[], traces: SubjectTrace[], subjects: WithdrawalSubject[]): Bars {
  const byStepAndIncident = new Map<string, Outcome>();
  const decisive = new Set<string>();
  for (const step of withdrawableSteps(rec)) {
    const inQuestion = new Map<string, Outcome>();
    subjects.forEach((s, k) => { if (s.step.key === step.key) inQuestion.set(s.state, traces[k]!.outcome); });
    for (const run of runs.filter(Boolean)) {
      if (inQuestion.size === 0) { byStepAndIncident.set(`${step.key}|${run.index}`, "met"); continue; }
      const bases = [...run.subjects.entries()].flatMap(([id, ts]) => ts.filter((t) => t.outcome === "met" && t.basis).map((t) => ({ id, t })));
      const withdrawn = (id: string, t: SubjectTrace) => MEMBERSHIP_BASES.includes(id) && !t.hypothetical && inQuestion.has(stateOf(t.basis!));
      const outcome = kleeneAny(bases.map(({ id, t }) => (withdrawn(id, t) ? inQuestion.get(stateOf(t.basis!))! : "met")));
      byStepAndIncident.set(`${step.key}|${run.index}`, outcome);
      // The reading decided this incident when it had no basis but a withdrawn State's membership.
      if (bases.length > 0 && bases.every(({ id, t }) => withdrawn(id, t))) for (const { t } of bases) decisive.add(`${stateOf(t.basis!)}|${step.key}`);
    }
  }
  return { byStepAndIncident, decisive };
}
