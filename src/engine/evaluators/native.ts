/** A synchronous three-valued evaluator over the rule JSON, with the same semantics as the reference. */
import { applyOperator } from "../operators";
import { resolvePath } from "../path";
import { Condition, Evaluated, Facts, Leaf, RuleDef } from "../types";
import { Evaluator } from "./evaluator";

function valueOf(value: unknown, facts: Facts): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) {
    const ref = value as { fact: string; path?: string };
    return resolvePath(facts[ref.fact], ref.path);
  }
  return value;
}

function walk(c: Condition, facts: Facts): Evaluated {
  if ("all" in c) return { kind: "all", children: c.all.map((x) => walk(x, facts)) };
  if ("any" in c) return { kind: "any", children: c.any.map((x) => walk(x, facts)) };
  if ("not" in c) return { kind: "not", child: walk(c.not, facts) };
  const leaf = c as Leaf;
  const value = resolvePath(facts[leaf.fact], leaf.path);
  return { kind: "leaf", leaf: { leaf, value, result: applyOperator(leaf.operator, value, valueOf(leaf.value, facts)) } };
}

export const nativeEvaluator: Evaluator = {
  name: "native",
  evaluate: (rule: RuleDef, facts: Facts) => walk(rule.conditions, facts),
};
