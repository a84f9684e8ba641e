/**
 * Persecution's connection (Art. 7(1)(h), EoC element 4): a link counts only to an act of Art. 7(1)
 * other than persecution, or to another crime within the jurisdiction. Decided in the rule, so two
 * persecutions connected only with each other are not met, never left open with nothing to ask.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { assess } from "../../src/assess/assess";
import type { Assessment as Lean } from "../../src/assess/types";
import type { Explained } from "../../src/engine/explain";

/** Read with its words (explain: true). */
type Assessment = Explained<Lean>;

const ROOT = path.resolve(__dirname, "../../..");
const acts = JSON.parse(readFileSync(path.join(ROOT, "schemas/acts.schema.json"), "utf8")) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
/** Every element of the act true, read from the schema (so new elements are covered). */
const allTrue = (act: string) => Object.fromEntries(Object.keys(acts.$defs[act]!.properties ?? {}).map((k) => [k, true]));

const attack = { multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true, systematic: true };
const base = { partOfAttack: true, knowledgeOfAttack: true, start: "2017-08-25", end: "2017-09-30", territories: [{ state: "BGD", part: "conduct" }] };
const persecution = (id: string, connectedTo: unknown[]) => ({ id, act: "persecution", elements: allTrue("persecution"), grounds: ["ethnic"], connectedTo, ...base });

async function run(incidents: unknown[]): Promise<Assessment> {
  const r = await assess({ factSetVersion: 1, assessmentDate: "2020-01-01", attack, incidents }, { explain: true });
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r.assessment;
}
const act = (a: Assessment, id: string) => a.crimesAgainstHumanity.incidents.find((x) => x.id === id)!;
const e4 = (a: Assessment, id: string) => act(a, id).elements.find((e) => e.id === "art7-1-h-e4")!;

test("not_met: two persecutions connected only with each other (a cycle) → element 4 not met for both, and nothing is left open", async () => {
  const a = await run([persecution("p-a", [{ incident: "p-b" }]), persecution("p-b", [{ incident: "p-a" }])]);
  for (const id of ["p-a", "p-b"]) {
    assert.equal(e4(a, id).outcome, "not_met", id);
    assert.equal(act(a, id).outcome, "not_met", id);
    assert.match(e4(a, id).explanation, /persecution alone does not count/);
  }
  assert.deepEqual(a.missingFacts.filter((m) => m.neededFor.some((n) => n.includes("persecution"))), []);
});

test("met: a persecution connected with another persecution and with a murder that is met → the murder carries it", async () => {
  const murder = { id: "m", act: "murder", elements: allTrue("murder"), ...base };
  const a = await run([murder, persecution("p-a", [{ incident: "p-b" }, { incident: "m" }]), persecution("p-b", [{ incident: "p-a" }])]);
  assert.equal(e4(a, "p-a").outcome, "met");
  assert.equal(e4(a, "p-b").outcome, "not_met");
});

test("undetermined: connected with a murder whose killing is not known → asks the murder's question, for the persecution too", async () => {
  const murder = { id: "m", act: "murder", elements: { ...allTrue("murder"), killed: null }, ...base };
  const a = await run([murder, persecution("p-a", [{ incident: "m" }])]);
  assert.equal(e4(a, "p-a").outcome, "undetermined");
  const q = a.missingFacts.find((m) => m.pointer === "/incidents/0/elements/killed");
  assert.ok(q, JSON.stringify(a.missingFacts));
  assert.ok(q.neededFor.some((n) => n.includes("p-a")), JSON.stringify(q.neededFor));
});
