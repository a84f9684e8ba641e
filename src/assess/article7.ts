/** Gathers the Article 7 rules' outcomes into `crimesAgainstHumanity`: each attack once, then each incident element by element. */
import { RuleTrace } from "../engine/evaluateRule";
import { kleeneAny } from "../engine/fold";
import { Runtime } from "../runtime";
import type { IncidentRun, SituationRun } from "./assess";
import { CaseRecord } from "./record";
import type { AttackRun } from "./attackRuns";
import { ActAssessment, Assessment, ContextualBlock, ContextualElements } from "./types";

const CONTEXT_RULES = ["art7-part-of-attack", "art7-knowledge-of-attack"];
const ATTACK = "art7-attack";

/** One attack's contextual elements: its attack rules, then their conclusion. */
function contextOf(a: AttackRun): ContextualElements {
  const attack = a.traces.get(ATTACK) ?? null;
  return { outcome: attack?.outcome ?? "undetermined", elements: [...a.traces.values()].filter((t) => t.id !== ATTACK), conclusion: attack };
}

function contextualBlock(rec: CaseRecord, situation: SituationRun, runs: IncidentRun[]): ContextualBlock {
  if (!rec.factSet.attacks) return contextOf(situation.attacks[0]!);
  const attacks = situation.attacks.map((a) => ({
    id: a.entry.id!, ...(a.entry.data.description ? { description: a.entry.data.description } : {}), ...contextOf(a),
    incidents: runs.filter((r) => r.attack === a.index).sort((x, y) => x.index - y.index).map((r) => rec.factSet.incidents![r.index]!.id),
  }));
  return { outcome: kleeneAny(attacks.map((a) => a.outcome)), elements: [], conclusion: null, attacks };
}

export function composeArticle7(rec: CaseRecord, rt: Runtime, situation: SituationRun, runs: IncidentRun[]): Assessment["crimesAgainstHumanity"] {
  const named = rec.factSet.attacks !== undefined;
  const incidents: ActAssessment[] = runs.map((run) => {
    const inc = rec.factSet.incidents![run.index]!;
    const act = rt.book.acts.get(inc.act);
    if (!act) {
      return { id: inc.id, act: inc.act, provision: "Art. 7(1)", outcome: "undetermined", ...(named ? { attack: situation.attacks[run.attack]!.entry.id! } : {}), elements: [], conclusion: null };
    }
    const pick = (id: string, role: "element" | "context") => {
      const t = run.traces.get(id);
      return t ? [{ ...t, role }] : [];
    };
    const conclusion: RuleTrace | null = run.traces.get(act.conclusion) ?? null;
    return {
      id: inc.id, act: inc.act, provision: act.provision,
      outcome: conclusion?.outcome ?? "undetermined",
      ...(named ? { attack: situation.attacks[run.attack]!.entry.id! } : {}),
      elements: [...act.elementRuleIds.flatMap((id) => pick(id, "element")), ...CONTEXT_RULES.flatMap((id) => pick(id, "context"))],
      conclusion,
    };
  });
  return {
    outcome: incidents.length ? kleeneAny(incidents.map((i) => i.outcome)) : "undetermined",
    contextualElements: contextualBlock(rec, situation, runs),
    incidents,
  };
}
