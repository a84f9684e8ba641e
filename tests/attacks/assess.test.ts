/**
 * Two attacks in one fact set: the contextual elements (rules of scope `attack`) are assessed once
 * per attack, and each incident's act rules read its own attack's outcome and facts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/assess/assess";
import type { Assessment as Lean } from "../../src/assess/types";
import type { Explained } from "../../src/engine/explain";

/** Read with its words (explain: true). */
type Assessment = Explained<Lean>;

const met = { multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true };
const murder = (id: string, attack?: string) => ({
  id, act: "murder", ...(attack ? { attack } : {}), elements: { killed: true }, partOfAttack: true, knowledgeOfAttack: true,
  start: "2019-01-01", end: "2019-01-31", territories: [{ state: "BGD", part: "conduct" }],
});

async function run(fs: unknown, evaluator: "native" | "reference" = "native"): Promise<Assessment> {
  const r = await assess(fs, { evaluator, explain: true });
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r.assessment;
}
const act = (a: Assessment, id: string) => a.crimesAgainstHumanity.incidents.find((i) => i.id === id)!;

const twoAttacks = () => ({
  factSetVersion: 1, assessmentDate: "2020-01-01",
  attacks: [
    { id: "north", description: "Operations in the north", ...met },
    { id: "south", description: "Unrest in the south", ...met, againstCivilianPopulation: false },
  ],
  incidents: [murder("n1", "north"), murder("s1", "south"), murder("n2", "north")],
  sources: [{ id: "r1", citation: "Report" }],
  evidence: { "/attacks/0/widespread": ["r1"] },
});

test("one attack met, one not met: each incident follows its own attack", async () => {
  const a = await run(twoAttacks());
  const ctx = a.crimesAgainstHumanity.contextualElements;
  assert.deepEqual(ctx.attacks!.map((x) => [x.id, x.outcome, x.incidents]), [["north", "met", ["n1", "n2"]], ["south", "not_met", ["s1"]]]);
  assert.equal(ctx.outcome, "met", "the outer outcome is met when one attack's is");
  assert.deepEqual(ctx.elements, []);
  assert.equal(ctx.conclusion, null);
  const south = ctx.attacks![1]!;
  assert.equal(south.elements.find((e) => e.id === "art7-attack-civilian-population")!.outcome, "not_met");
  assert.equal(south.elements.find((e) => e.id === "art7-attack-civilian-population")!.facts[0]!.pointer, "/attacks/1/againstCivilianPopulation");
  const north = ctx.attacks![0]!;
  assert.deepEqual(north.elements.find((e) => e.id === "art7-attack-widespread-or-systematic")!.facts.find((f) => f.path === "widespread")!.evidence, ["r1"]);
  // Murder reads art7-attack: met against the north, not met against the south.
  assert.equal(act(a, "n1").attack, "north");
  assert.equal(act(a, "s1").attack, "south");
  // The south's failed attack decides s1 (and is restored as the value read); the north's does not decide n1 against it.
  assert.equal(act(a, "s1").conclusion!.facts.find((f) => f.path === "art7-attack")!.value, "not_met");
  assert.notEqual(act(a, "n1").conclusion!.facts.find((f) => f.path === "art7-attack")?.value, "not_met");
  assert.equal(act(a, "s1").outcome, "not_met");
  assert.notEqual(act(a, "n1").outcome, "not_met");
  assert.equal(act(a, "n1").outcome, act(a, "n2").outcome);
});

test("missing facts point into /attacks/K and are needed only for that attack's incidents", async () => {
  const fs = twoAttacks();
  delete (fs.attacks[0] as Record<string, unknown>).policy;
  fs.attacks[1]!.againstCivilianPopulation = true;
  delete (fs.attacks[1] as Record<string, unknown>).widespread;
  const a = await run(fs);
  const policy = a.missingFacts.find((m) => m.pointer === "/attacks/0/policy");
  assert.ok(policy, JSON.stringify(a.missingFacts.map((m) => m.pointer)));
  assert.ok(policy.neededFor.some((n) => n.includes('"n1"')) && policy.neededFor.some((n) => n.includes('"n2"')));
  assert.ok(!policy.neededFor.some((n) => n.includes('"s1"')), "the north's policy does not concern the south's incident");
  // The same, as data: one `settles` entry per `neededFor` line.
  assert.equal(policy.settles.length, policy.neededFor.length);
  assert.deepEqual([...new Set(policy.settles.map((x) => `${x.conclusion}:${x.incident}`))].sort(), ["act:n1", "act:n2"]);
  const ws = a.missingFacts.find((m) => m.pointer === "/attacks/1/widespread")!;
  assert.ok(ws && ws.neededFor.every((n) => n.includes('"s1"')));
  assert.ok(!a.missingFacts.some((m) => m.pointer.startsWith("/attack/")), "nothing points at the single /attack");
});

test("one attack in `attacks`: incidents need not name it, and its facts are read at /attacks/0", async () => {
  const fs = { factSetVersion: 1, assessmentDate: "2020-01-01", attacks: [{ id: "only", ...met }], incidents: [murder("a")] };
  const a = await run(fs);
  const ctx = a.crimesAgainstHumanity.contextualElements;
  assert.equal(ctx.attacks!.length, 1);
  assert.equal(ctx.attacks![0]!.outcome, "met");
  assert.equal(act(a, "a").attack, "only");
  assert.ok(ctx.attacks![0]!.elements.every((e) => e.facts.every((f) => f.pointer?.startsWith("/attacks/0/") ?? true)));
});

test("the single `attack` keeps its shape: no `attacks`, no incident `attack`", async () => {
  const fs = { factSetVersion: 1, assessmentDate: "2020-01-01", attack: met, incidents: [murder("a")] };
  const a = await run(fs);
  const ctx = a.crimesAgainstHumanity.contextualElements;
  assert.equal("attacks" in ctx, false);
  assert.equal(ctx.outcome, "met");
  assert.equal(ctx.conclusion!.id, "art7-attack");
  assert.equal(ctx.elements.length, 4);
  assert.equal("attack" in act(a, "a"), false);
  assert.equal(ctx.elements[0]!.facts[0]!.pointer, "/attack/multipleActs");
});

test("the same fact set split into `attacks` of one gives the same outcomes as the single `attack`", async () => {
  const single = await run({ factSetVersion: 1, assessmentDate: "2020-01-01", attack: { ...met, widespread: null }, incidents: [murder("a"), murder("b")] });
  const named = await run({ factSetVersion: 1, assessmentDate: "2020-01-01", attacks: [{ id: "x", ...met, widespread: null }], incidents: [murder("a"), murder("b")] });
  assert.deepEqual(named.crimesAgainstHumanity.incidents.map((i) => i.outcome), single.crimesAgainstHumanity.incidents.map((i) => i.outcome));
  assert.deepEqual(named.missingFacts.map((m) => m.pointer.replace("/attacks/0/", "/attack/")), single.missingFacts.map((m) => m.pointer));
});

test("both evaluators agree on two attacks", async () => {
  const strip = (a: unknown) => JSON.parse(JSON.stringify(a, (k, v) => (k === "evaluator" ? undefined : v)));
  assert.deepEqual(strip(await run(twoAttacks(), "native")), strip(await run(twoAttacks(), "reference")));
});
