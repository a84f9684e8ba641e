/**
 * src/engine/explain.ts: a lean trace put into words. A reason is composed from the sentences of
 * the conditions that decided it; the rule's own sentence stands where every condition agrees.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { explainTrace } from "../../src/engine/explain";
import type { RuleBook } from "../../src/engine/loadRules";
import type { RuleDef } from "../../src/engine/types";
import type { RuleTrace } from "../../src/engine/evaluateRule";

const says = (m: string, n: string, u: string) => ({ met: m, not_met: n, undetermined: u });
const rule: RuleDef = {
  id: "demo", scope: "incident", provision: "Art. 12(2)", title: "Demo", citations: ["Rome Statute, art. 12(2)"], file: "rules/demo.json",
  conditions: { any: [
    { fact: "subject", path: "a", operator: "equal", value: true, name: "Territory of {subject.state}", says: says("{subject.state} is a State Party.", "{subject.state} has never been a State Party.", "Whether {subject.state} was a party is not known.") },
    { fact: "subject", path: "b", operator: "equal", value: true, name: "Nationality", says: says("The perpetrator is a national of a State Party.", "No perpetrator is a national of a State Party.", "The perpetrators' nationality is not known.") },
  ] },
  explanation: { met: "A precondition is met.", not_met: "No precondition of Article 12 is met.", undetermined: "It cannot be said whether a precondition is met." },
};
const book = { byId: new Map([[rule.id, rule]]) } as unknown as RuleBook;
const trace = (outcome: RuleTrace["outcome"], a: RuleTrace["outcome"], b: RuleTrace["outcome"], decidedBy: number[]): RuleTrace => ({
  id: "demo", outcome, decidedBy, missing: [], params: { "subject.state": "Belarus" },
  facts: [{ leaf: 0, value: null, outcome: a }, { leaf: 1, value: null, outcome: b }],
});

test("a met `any`: the condition that held gives the reason, not the ones that did not happen", () => {
  assert.equal(explainTrace(trace("met", "not_met", "met", [1]), book, "en").explanation, "The perpetrator is a national of a State Party.");
});
test("an undetermined `any`: the unknown that matters", () => {
  assert.equal(explainTrace(trace("undetermined", "undetermined", "not_met", [0]), book, "en").explanation, "Whether Belarus was a party is not known.");
});
test("every condition agrees (none of several met): the rule's own sentence", () => {
  assert.equal(explainTrace(trace("not_met", "not_met", "not_met", [0, 1]), book, "en").explanation, "No precondition of Article 12 is met.");
});
test("a deciding condition without sentences of its own: the rule's sentence, never a half-composed one", () => {
  const bare = { ...rule, id: "bare", conditions: { all: [{ fact: "subject", path: "a", operator: "equal", value: true, name: "A" }, { fact: "subject", path: "b", operator: "equal", value: true, name: "B" }] } } as RuleDef;
  const b = { byId: new Map([["bare", bare]]) } as unknown as RuleBook;
  const t = { ...trace("not_met", "not_met", "met", [0]), id: "bare" };
  assert.equal(explainTrace(t, b, "en").explanation, "No precondition of Article 12 is met.");
});
test("the words come with the trace: title, provision, citations, and each fact's name filled from params", () => {
  const e = explainTrace(trace("met", "met", "not_met", [0]), book, "en");
  assert.deepEqual([e.title, e.provision, e.citations], ["Demo", "Art. 12(2)", ["Rome Statute, art. 12(2)"]]);
  assert.equal(e.facts[0]!.name, "Territory of Belarus");
  assert.equal(e.explanation, "Belarus is a State Party.");
});
