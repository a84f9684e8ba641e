/**
 * The attack rules (scope `attack`: Art. 7's contextual elements) are evaluated once per attack —
 * the single `attack`, or each entry of `attacks` — and each incident reads its own attack's
 * outcomes. Nothing is decided here: this only runs the rules and files their traces.
 */
import { PointerMap, RuleTrace } from "../engine/evaluateRule";
import { Outcome } from "../engine/types";
import { AttackEntry, attackEntries } from "../facts/attacks";
import { Runtime } from "../runtime";
import type { IncidentRun, Steps } from "./assess";
import { CaseRecord } from "./record";
import { IncidentJurisdiction } from "./types";

export interface AttackRun {
  index: number;
  entry: AttackEntry;
  results: Record<string, Outcome>;
  traces: Map<string, RuleTrace>;
}

/** The attack as rules read it: its fields, and its dates as one period (`attack.period`). */
export function attackFacts(entry: AttackEntry) {
  return { ...entry.data, period: { start: entry.data.start ?? null, end: entry.data.end ?? null } };
}

export function attackPointers(at: string): Required<Omit<PointerMap, "parent">> {
  return {
    prefixes: [["factSet", ""], ["attack", at], ["results", null]],
    aliases: { "attack.period": [`${at}/start`, `${at}/end`] },
  };
}

export function* attackRuns(rec: CaseRecord, rt: Runtime): Steps<AttackRun[]> {
  const runs: AttackRun[] = [];
  const factSet = { ...rec.factSet, assessmentDate: rec.assessmentDate };
  for (const [index, entry] of attackEntries(rec.factSet).entries()) {
    const run: AttackRun = { index, entry, results: {}, traces: new Map() };
    const subject = { facts: { factSet, attack: attackFacts(entry), results: run.results }, pointers: attackPointers(entry.at), fullFactSet: rec.factSet };
    for (const rule of rt.book.byScope.get("attack") ?? []) {
      const t: RuleTrace = yield { rule, subject };
      run.results[rule.id] = t.outcome;
      run.traces.set(rule.id, t);
    }
    runs.push(run);
  }
  return runs;
}

/**
 * Jurisdictional conditions that concern one act only (EoC art. 7(1)(i) fn 24 for enforced
 * disappearance), shown with the incident's jurisdiction so that a reader sees what decided it.
 */
export function withActConditions(j: IncidentJurisdiction, run: IncidentRun, rt: Runtime): IncidentJurisdiction {
  const traces = [...run.traces.values()].filter((t) => {
    const rule = rt.book.byId.get(t.id);
    return rule?.file.startsWith("rules/jurisdiction/") && rule.act !== undefined;
  });
  return traces.length ? { ...j, actConditions: traces } : j;
}
