/** Gathers the Article 7 rules' outcomes into `crimesAgainstHumanity`: the attack once, then each incident element by element. */
import { RuleTrace } from "../engine/evaluateRule";
import { kleeneAny } from "../engine/fold";
import { Runtime } from "../runtime";
import type { IncidentRun, SituationRun } from "./assess";
import { CaseRecord } from "./record";
import { ActAssessment, Assessment } from "./types";

const CONTEXT_RULES = ["art7-part-of-attack", "art7-knowledge-of-attack"];
const ATTACK = "art7-attack";

export function composeArticle7(rec: CaseRecord, rt: Runtime, situation: SituationRun, runs: IncidentRun[]): Assessment["crimesAgainstHumanity"] {
  const contextual = [...situation.traces.values()].filter((t) => rt.book.byId.get(t.id)?.file.startsWith("rules/article7/") && t.id !== ATTACK);
  const attack = situation.traces.get(ATTACK) ?? null;
  const incidents: ActAssessment[] = runs.map((run) => {
    const inc = rec.factSet.incidents![run.index]!;
    const act = rt.book.acts.get(inc.act);
    if (!act) {
      return { id: inc.id, act: inc.act, provision: "Art. 7(1)", title: inc.act, outcome: "undetermined", elements: [], conclusion: null };
    }
    const pick = (id: string, role: "element" | "context") => {
      const t = run.traces.get(id);
      return t ? [{ ...t, role }] : [];
    };
    const conclusion: RuleTrace | null = run.traces.get(act.conclusion) ?? null;
    return {
      id: inc.id, act: inc.act, provision: act.provision, title: rec.lang === "fr" && act.fr ? act.fr.title : act.title,
      outcome: conclusion?.outcome ?? "undetermined",
      elements: [...act.elementRuleIds.flatMap((id) => pick(id, "element")), ...CONTEXT_RULES.flatMap((id) => pick(id, "context"))],
      conclusion,
    };
  });
  return {
    outcome: incidents.length ? kleeneAny(incidents.map((i) => i.outcome)) : "undetermined",
    contextualElements: { outcome: attack?.outcome ?? "undetermined", elements: contextual, conclusion: attack },
    incidents,
  };
}
