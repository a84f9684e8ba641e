/**
 * `missingFacts`: every unknown that stands between the facts and a conclusion. It follows each
 * undetermined conclusion down through the rules it waits on to the facts they lack, so a fact
 * that could not change any conclusion is not asked for. Ordered by how many conclusions it
 * would help settle.
 */
import { RuleTrace } from "../engine/evaluateRule";
import { Runtime } from "../runtime";
import type { IncidentRun, SituationRun } from "./assess";
import { CaseRecord } from "./record";
import { MissingFact } from "./types";

export function collectMissing(rec: CaseRecord, rt: Runtime, situation: SituationRun, runs: IncidentRun[]): MissingFact[] {
  const found = new Map<string, { question: string; neededFor: Set<string> }>();
  const walk = (t: RuleTrace, label: string, run: IncidentRun | null, seen: Set<RuleTrace>) => {
    if (t.outcome !== "undetermined" || seen.has(t)) return;
    seen.add(t);
    for (const m of t.missing) {
      const f = found.get(m.pointer) ?? { question: m.question, neededFor: new Set<string>() };
      f.neededFor.add(label);
      found.set(m.pointer, f);
    }
    for (const id of t.awaiting ?? []) {
      // An incident waits on its own attack's rules (art7-attack …), found in that attack's run.
      const direct = run?.traces.get(id) ?? (run ? situation.attacks[run.attack]?.traces.get(id) : undefined) ?? situation.traces.get(id);
      const pool = direct && !(run?.subjects.has(id)) ? [direct] : run?.subjects.get(id) ?? situation.subjects.get(id) ?? [];
      for (const s of pool) walk(s, label, run, seen);
    }
  };
  for (const run of runs) {
    const inc = rec.factSet.incidents![run.index]!;
    const j = run.traces.get("jurisdiction-incident");
    if (j) walk(j, rec.msg.neededForJurisdiction(inc.id), run, new Set());
    const act = rt.book.acts.get(inc.act);
    const c = act ? run.traces.get(act.conclusion) : undefined;
    if (c) walk(c, rec.msg.neededForAct(act!.provision, inc.act, inc.id), run, new Set());
  }
  for (const id of ["trigger", "deferral-in-force"]) {
    const t = situation.traces.get(id);
    if (t) walk(t, id === "trigger" ? rec.msg.neededForTrigger : rec.msg.neededForDeferral, null, new Set());
  }
  return [...found.entries()]
    .map(([pointer, f]) => ({ pointer, question: f.question, neededFor: [...f.neededFor] }))
    .sort((a, b) => b.neededFor.length - a.neededFor.length || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
