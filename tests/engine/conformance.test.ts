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

const strip = (a: unknown) => JSON.parse(JSON.stringify(a, (k, v) => (k === "evaluator" ? undefined : v)));

async function same(input: unknown) {
  const [n, r] = await Promise.all([assess(input, { evaluator: "native" }), assess(input, { evaluator: "reference" })]);
  assert.deepEqual(strip(n), strip(r));
}

test("both evaluators agree on every scenario", async () => {
  const dir = join(projectRoot(), "scenarios");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) await same(JSON.parse(readFileSync(join(dir, f), "utf8")));
});

const tri = fc.constantFrom(true, false, null, undefined);
const date = fc.integer({ min: 1999, max: 2026 }).chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, "0")}-01`));
const state = fc.constantFrom("BGD", "MMR", "SDN", "CHN", "UKR", "BDI", "PHL", "GBR", "RUS", "PSE", "TJK");
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const factSet = fc.record({
  assessmentDate: date,
  attack: fc.record({ multipleActs: tri, againstCivilianPopulation: tri, widespread: tri, systematic: tri, policy: fc.constantFrom("state", "organization", "none", null, undefined) }).map(clean),
  incidents: fc.array(fc.record({
    start: fc.option(date, { nil: undefined }), len: fc.integer({ min: 0, max: 2000 }),
    territories: fc.option(fc.array(fc.record({ state, part: fc.constantFrom("conduct", "element", "effects", null) }), { maxLength: 3 }), { nil: undefined }),
    perpetrators: fc.option(fc.array(fc.record({ nationalities: fc.option(fc.array(state, { maxLength: 2 }).map((a) => [...new Set(a)]), { nil: undefined }), adult: tri, birthDate: fc.option(date, { nil: undefined }) }), { maxLength: 2 }), { nil: undefined }),
    killed: tri, partOfAttack: tri, knowledgeOfAttack: tri,
  }), { minLength: 1, maxLength: 3 }),
  referral: fc.option(fc.record({ by: fc.array(state, { minLength: 1, maxLength: 2 }).map((a) => [...new Set(a)]), date }), { nil: undefined }),
  authorized: fc.option(date, { nil: undefined }),
}).map((g) => clean({
  factSetVersion: 1, assessmentDate: g.assessmentDate, attack: g.attack,
  incidents: g.incidents.map((x, i) => clean({
    id: `i${i}`, act: "murder", elements: clean({ killed: x.killed }), partOfAttack: x.partOfAttack, knowledgeOfAttack: x.knowledgeOfAttack,
    start: x.start, end: x.start ? new Date(Date.parse(x.start) + x.len * 86400000).toISOString().slice(0, 10) : undefined,
    territories: x.territories,
    perpetrators: x.perpetrators?.map((p, k) => clean({ id: `p${k}`, nationalities: p.nationalities, adult: p.adult, birthDate: p.birthDate })),
  })),
  referrals: g.referral ? { states: [g.referral] } : undefined,
  proprioMotu: g.authorized ? { authorized: g.authorized } : undefined,
}));

test("both evaluators agree on generated fact sets", async () => {
  await fc.assert(fc.asyncProperty(factSet, async (fs) => {
    const n = await assess(fs, { evaluator: "native" });
    assert.ok(n.ok, JSON.stringify(!n.ok && n.errors));
    await same(fs);
  }), { numRuns: 300, seed: 20261128 });
});

test("an absent fact never yields a confident outcome that a present one would contradict", async () => {
  // Monotonicity of Kleene logic: filling in an unknown can turn undetermined into met or not
  // met, but never flip met into not met or back.
  await fc.assert(fc.asyncProperty(factSet, fc.boolean(), async (fs, v) => {
    const a = await assess(fs);
    const filled = structuredClone(fs) as { attack: Record<string, unknown> };
    for (const k of ["multipleActs", "againstCivilianPopulation", "widespread", "systematic"]) if (!(k in filled.attack)) filled.attack[k] = v;
    const b = await assess(filled);
    assert.ok(a.ok && b.ok);
    const x = a.assessment.crimesAgainstHumanity.contextualElements.outcome, y = b.assessment.crimesAgainstHumanity.contextualElements.outcome;
    if (x !== "undetermined") assert.equal(y, x);
  }), { numRuns: 100, seed: 7 });
});
