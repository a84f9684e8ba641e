/**
 * Article 127(2) and the triggers: where a State's withdrawal took effect before a referral was
 * made or an investigation authorized, and a basis of jurisdiction rests on that State's
 * membership, whether the step can still rest on it is contested. The rule art127-2 decides it
 * for each (State, step); this gathers, for each step, whether some incident still has a basis
 * it can rest on.
 */
import { addDays } from "../dates";
import { Outcome } from "../engine/types";
import { kleeneAny } from "../engine/fold";
import type { IncidentRun } from "./assess";
import { CaseRecord } from "./record";
import { SubjectTrace } from "./types";

export interface TriggerStep { step: string; date: string; en: string; fr: string }

export function triggerSteps(rec: CaseRecord): TriggerStep[] {
  const steps: TriggerStep[] = [];
  const pm = rec.factSet.proprioMotu?.authorized;
  if (pm && pm <= rec.assessmentDate) steps.push({ step: "proprio-motu", date: pm, en: "authorization of the investigation", fr: "l'autorisation de l'enquête" });
  (rec.factSet.referrals?.states ?? []).forEach((r, j) => {
    if (r.date <= rec.assessmentDate) steps.push({ step: `state-referral:${j}`, date: r.date, en: "referral", fr: "le renvoi" });
  });
  return steps;
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

export interface WithdrawalSubject { state: string; lastDayAsParty: string; effective: string; step: TriggerStep }

export function withdrawalSubjects(rec: CaseRecord, runs: IncidentRun[]): WithdrawalSubject[] {
  const out: WithdrawalSubject[] = [];
  const relied = [...reliedOn(runs)].sort();
  for (const step of triggerSteps(rec)) for (const state of relied) {
    const lastDay = rec.memberships(state).find((m) => !m.hypothetical)?.windows.at(-1)?.to;
    if (lastDay && step.date > lastDay) out.push({ state, lastDayAsParty: lastDay, effective: addDays(lastDay, 1), step });
  }
  return out;
}

/**
 * For each step: met if no withdrawal is in question, or if at least one incident still has a
 * basis the step can rest on — any basis other than a withdrawn State's membership, or that
 * membership where art127-2 is met for it.
 */
export function withdrawalsDoNotBar(rec: CaseRecord, runs: IncidentRun[], traces: SubjectTrace[], subjects: WithdrawalSubject[]): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const step of triggerSteps(rec)) {
    const inQuestion = new Map<string, Outcome>();
    subjects.forEach((s, k) => { if (s.step.step === step.step) inQuestion.set(s.state, traces[k]!.outcome); });
    if (inQuestion.size === 0) { out.set(step.step, "met"); continue; }
    const perIncident = runs.filter(Boolean).map((run) => {
      const bases = [...run.subjects.entries()].flatMap(([id, ts]) => ts.filter((t) => t.outcome === "met" && t.basis).map((t) => ({ id, t })));
      return kleeneAny(bases.map(({ id, t }) => (MEMBERSHIP_BASES.includes(id) && !t.hypothetical && inQuestion.has(stateOf(t.basis!)) ? inQuestion.get(stateOf(t.basis!))! : "met")));
    });
    out.set(step.step, kleeneAny(perIncident));
  }
  return out;
}
