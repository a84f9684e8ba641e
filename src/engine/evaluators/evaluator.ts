/**
 * One interface, two implementations (the way Hono tests its routers): json-rules-engine is the
 * reference evaluator; the native one walks the same rule JSON synchronously. Both yield the same
 * evaluated tree, and one conformance suite requires identical outcomes and traces.
 */
import { Evaluated, Facts, RuleDef } from "../types";

export type EvaluatorName = "native" | "reference";

export interface Evaluator {
  readonly name: EvaluatorName;
  evaluate(rule: RuleDef, facts: Facts): Evaluated | Promise<Evaluated>;
}
