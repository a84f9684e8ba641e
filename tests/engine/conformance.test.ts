/**
 * One conformance suite, two evaluators: json-rules-engine (the reference) and the native one must
 * give identical assessments — outcomes and traces — on every scenario and on generated fact sets.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { assess } from "../../src/assess/assess";
import { projectRoot } from "../../src/runtime";
import { ACTS, MAX_ELEMENTS, factSet } from "./generate";

const strip = (a: unknown) => JSON.parse(JSON.stringify(a, (k, v) => (k === "evaluator" ? undefined : v)));

async function same(input: unknown) {
  const [n, r] = await Promise.all([assess(input, { evaluator: "native" }), assess(input, { evaluator: "reference" })]);
  assert.deepEqual(strip(n), strip(r));
}

test("both evaluators agree on every scenario", async () => {
  const dir = join(projectRoot(), "scenarios");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) await same(JSON.parse(readFileSync(join(dir, f), "utf8")));
});

test("the generator draws an independent value for every element of every act, the mental element (intent) included", () => {
  for (const { act, elements } of ACTS) {
    assert.ok(elements.length <= MAX_ELEMENTS, act);
    assert.ok(elements.includes("intent"), `${act}: no intent element in the schema`);
  }
});

test("both evaluators agree on generated fact sets", async () => {
  const seen = fc.sample(factSet, { numRuns: 200, seed: 1 });
  assert.ok(seen.some((x) => "attacks" in x && (x as { attacks: unknown[] }).attacks.length > 1), "the generator gives several attacks sometimes");
  await fc.assert(fc.asyncProperty(factSet, async (fs) => {
    const n = await assess(fs, { evaluator: "native" });
    assert.ok(n.ok, JSON.stringify(!n.ok && n.errors));
    await same(fs);
  }), { numRuns: 1000, seed: 20261128 });
});

test("an absent fact never yields a confident outcome that a present one would contradict", async () => {
  // Monotonicity of Kleene logic: filling in an unknown can turn undetermined into met or not
  // met, but never flip met into not met or back.
  await fc.assert(fc.asyncProperty(factSet, fc.boolean(), async (fs, v) => {
    const a = await assess(fs);
    const filled = structuredClone(fs) as { attack?: Record<string, unknown>; attacks?: Record<string, unknown>[] };
    for (const attack of filled.attacks ?? [filled.attack!]) {
      for (const k of ["multipleActs", "againstCivilianPopulation", "widespread", "systematic"]) if (!(k in attack)) attack[k] = v;
    }
    const b = await assess(filled);
    assert.ok(a.ok && b.ok);
    const blocks = (r: typeof a) => (r.ok ? [r.assessment.crimesAgainstHumanity.contextualElements, ...(r.assessment.crimesAgainstHumanity.contextualElements.attacks ?? [])] : []);
    blocks(a).forEach((x, k) => { if (x.outcome !== "undetermined") assert.equal(blocks(b)[k]!.outcome, x.outcome); });
  }), { numRuns: 100, seed: 7 });
});
