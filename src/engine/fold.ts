/**
 * Kleene's three-valued logic over an evaluated condition tree (DESIGN principle 2): all → not met
 * if any child is not met, else undetermined if any is, else met; any → the dual; not → swaps met
 * and not met. Only leaves decide; json-rules-engine's own boolean for the rule is never read.
 */
import { Evaluated, LeafResult, Outcome, Tri } from "./types";

export const triToOutcome = (t: Tri): Outcome => (t === true ? "met" : t === false ? "not_met" : "undetermined");

export function kleeneAll(outcomes: Iterable<Outcome>): Outcome {
  let undetermined = false;
  for (const o of outcomes) {
    if (o === "not_met") return "not_met";
    if (o === "undetermined") undetermined = true;
  }
  return undetermined ? "undetermined" : "met";
}

export function kleeneAny(outcomes: Iterable<Outcome>): Outcome {
  let undetermined = false;
  for (const o of outcomes) {
    if (o === "met") return "met";
    if (o === "undetermined") undetermined = true;
  }
  return undetermined ? "undetermined" : "not_met";
}

export function fold(e: Evaluated): Outcome {
  switch (e.kind) {
    case "leaf": return triToOutcome(e.leaf.result);
    case "all": return kleeneAll(e.children.map(fold));
    case "any": return kleeneAny(e.children.map(fold));
    case "not": {
      const o = fold(e.child);
      return o === "met" ? "not_met" : o === "not_met" ? "met" : "undetermined";
    }
  }
}

export function leavesOf(e: Evaluated, out: LeafResult[] = []): LeafResult[] {
  switch (e.kind) {
    case "leaf": out.push(e.leaf); break;
    case "not": leavesOf(e.child, out); break;
    default: for (const c of e.children) leavesOf(c, out);
  }
  return out;
}

/**
 * The leaves that stand between the facts and a conclusion: unknown leaves whose becoming true
 * or false could change the outcome. In a met `any`, or a not-met `all`, the unknown siblings
 * of the deciding child do not matter and are not asked for.
 */
export function decisiveUnknowns(e: Evaluated, out: LeafResult[] = []): LeafResult[] {
  const o = fold(e);
  if (o !== "undetermined") return out;
  switch (e.kind) {
    case "leaf": out.push(e.leaf); break;
    case "not": decisiveUnknowns(e.child, out); break;
    default: for (const c of e.children) decisiveUnknowns(c, out);
  }
  return out;
}
