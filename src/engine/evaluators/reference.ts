/**
 * json-rules-engine as the reference evaluator. One Engine per evaluation: an Engine keeps one
 * `status` for all its runs, and overlapping runs can silently skip rules (ENGINEERING-NOTES §2.6).
 * The three values are read from the leaves the engine evaluated in memory, never from its result.
 */
import { Engine } from "json-rules-engine";
import { OPERATORS } from "../operators";
import { resolvePath } from "../path";
import { Condition, Evaluated, Facts, Leaf, RuleDef, Tri } from "../types";
import { Evaluator } from "./evaluator";

const BUILTINS = new Set(["equal", "notEqual", "in", "notIn", "contains", "doesNotContain", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
const CUSTOM = Object.entries(OPERATORS).filter(([name]) => !BUILTINS.has(name));

interface EngineNode {
  all?: EngineNode[]; any?: EngineNode[]; not?: EngineNode;
  fact?: string; operator?: string; result?: unknown; factResult?: unknown;
}

function toEvaluated(node: EngineNode, source: Condition): Evaluated {
  if ("all" in source) return { kind: "all", children: source.all.map((c, i) => toEvaluated(node.all![i]!, c)) };
  if ("any" in source) return { kind: "any", children: source.any.map((c, i) => toEvaluated(node.any![i]!, c)) };
  if ("not" in source) return { kind: "not", child: toEvaluated(node.not!, source.not) };
  const leaf = source as Leaf;
  const value = node.factResult;
  let result: Tri;
  if (BUILTINS.has(leaf.operator)) result = value === undefined || value === null ? null : node.result === true;
  else result = node.result === null || node.result === undefined ? null : node.result === true;
  return { kind: "leaf", leaf: { leaf, value, result } };
}

export const referenceEvaluator: Evaluator = {
  name: "reference",
  async evaluate(rule: RuleDef, facts: Facts): Promise<Evaluated> {
    const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (obj: object, path: string) => resolvePath(obj, path) });
    for (const [name, op] of CUSTOM) engine.addOperator(name, (a: unknown, b: unknown) => op.fn(a, b) as boolean);
    // json-rules-engine expects a boolean root; a single leaf is wrapped, and unwrapped below.
    const wrapped = "fact" in rule.conditions ? { all: [rule.conditions] } : rule.conditions;
    engine.addRule({ name: rule.id, conditions: wrapped as never, event: { type: rule.id } });
    const { results, failureResults } = await engine.run(facts as Record<string, unknown>);
    const rr = [...results, ...failureResults][0] as unknown as { conditions: EngineNode } | undefined;
    if (!rr) throw new Error(`json-rules-engine did not evaluate rule ${rule.id}`);
    const root = "fact" in rule.conditions ? rr.conditions.all![0]! : rr.conditions;
    return toEvaluated(root, rule.conditions);
  },
};
