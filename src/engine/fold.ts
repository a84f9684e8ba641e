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

/** The outcome of an evaluated node (worked out once per node: the trace asks for it at every level). */
export function fold(e: Evaluated): Outcome {
  if (e.outcome !== undefined) return e.outcome;
  let o: Outcome;
  switch (e.kind) {
    case "leaf": o = triToOutcome(e.leaf.result); break;
    case "all": o = kleeneAll(e.children.map(fold)); break;
    case "any": o = kleeneAny(e.children.map(fold)); break;
    case "not": {
      const c = fold(e.child);
      o = c === "met" ? "not_met" : c === "not_met" ? "met" : "undetermined";
    }
  }
  return (e.outcome = o);
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
