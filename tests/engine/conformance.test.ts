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
const state = fc.constantFrom("BGD", "MMR", "SDN", "CHN", "UKR", "BDI", "PHL", "GBR", "RUS", "PSE", "TJK", "LBY", "HUN", "CIV", "COM");
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const uniq = <T>(a: T[]) => [...new Set(a)];

/** Every act with its element names, read from the one schema. */
const actsSchema = JSON.parse(readFileSync(join(projectRoot(), "schemas/acts.schema.json"), "utf8")) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
const ACTS = Object.entries(actsSchema.$defs).filter(([, d]) => d.properties).map(([act, d]) => ({ act, elements: Object.keys(d.properties!) }));
/** One independent value per element of the act with the most elements, so that no two elements of an act share a value. */
const MAX_ELEMENTS = Math.max(...ACTS.map((a) => a.elements.length));

test("the generator draws an independent value for every element of every act, the mental element (intent) included", () => {
  for (const { act, elements } of ACTS) {
    assert.ok(elements.length <= MAX_ELEMENTS, act);
    assert.ok(elements.includes("intent"), `${act}: no intent element in the schema`);
  }
});

const incident = fc.record({
  act: fc.integer({ min: 0, max: ACTS.length - 1 }),
  elementValues: fc.array(tri, { minLength: MAX_ELEMENTS, maxLength: MAX_ELEMENTS }),
  start: fc.option(date, { nil: undefined }), len: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
  territories: fc.option(fc.array(fc.record({ state, part: fc.constantFrom("conduct", "element", "effects", null), via: fc.constantFrom(undefined, "vessel") }), { maxLength: 3 }), { nil: undefined }),
  perpetrators: fc.option(fc.array(fc.record({ nationalities: fc.option(fc.array(state, { maxLength: 2 }).map(uniq), { nil: undefined }), adult: tri, birthDate: fc.option(date, { nil: undefined }) }), { maxLength: 2 }), { nil: undefined }),
  partOfAttack: tri, knowledgeOfAttack: tri,
  grounds: fc.option(fc.subarray(["political", "ethnic", "religious", "gender"]), { nil: undefined }),
  connectTo: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  connectCrime: fc.option(tri, { nil: undefined }),
});

const attackFacts = fc.record({
  multipleActs: tri, againstCivilianPopulation: tri, widespread: tri, systematic: tri, policy: fc.constantFrom("state", "organization", "none", null, undefined),
  start: fc.option(date, { nil: undefined }), len: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
}).map(({ len, ...a }) => clean({ ...a, end: a.start && len !== undefined ? new Date(Date.parse(a.start) + len * 86400000).toISOString().slice(0, 10) : undefined }));

const factSet = fc.record({
  assessmentDate: date,
  attack: attackFacts,
  // Sometimes several attacks (`attacks`), each incident naming one (or, with one attack, sometimes not).
  attacks: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.array(attackFacts, { minLength: 1, maxLength: 3 }), weight: 1 }),
  attackOf: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  incidents: fc.array(incident, { minLength: 1, maxLength: 4 }),
  referral: fc.option(fc.record({ by: fc.array(state, { minLength: 1, maxLength: 2 }).map(uniq), date }), { nil: undefined }),
  sc: fc.option(fc.record({ date, chapterVII: tri, territories: fc.option(fc.array(state, { maxLength: 2 }).map(uniq), { nil: undefined }), from: fc.option(date, { nil: undefined }) }), { nil: undefined }),
  declaration: fc.option(fc.record({ state, lodged: date, from: date, scope: fc.constantFrom(["territory"], ["nationals"], ["territory", "nationals"]) }), { nil: undefined }),
  deferral: fc.option(fc.record({ chapterVII: tri, from: date }), { nil: undefined }),
  hypothetical: fc.option(fc.record({ state, entryIntoForce: date }), { nil: undefined }),
  proprioMotu: fc.option(fc.record({ preliminaryExamination: fc.option(date, { nil: undefined }), authorized: fc.option(date, { nil: undefined }) }), { nil: undefined }),
}).map((g) => clean({
  factSetVersion: 1, assessmentDate: g.assessmentDate,
  ...(g.attacks ? { attacks: g.attacks.map((a, k) => ({ id: `a${k}`, ...a })) } : { attack: g.attack }),
  incidents: g.incidents.map((x, i) => {
    const { act, elements } = ACTS[x.act]!;
    const connectedTo = act !== "persecution" ? undefined : [
      ...(x.connectTo !== undefined && x.connectTo < g.incidents.length && x.connectTo !== i ? [{ incident: `i${x.connectTo}` }] : []),
      ...(x.connectCrime !== undefined ? [clean({ crime: "war-crime", established: x.connectCrime })] : []),
    ];
    return clean({
      id: `i${i}`, act, attack: !g.attacks || (g.attacks.length === 1 && g.attackOf[i]! % 2 === 0) ? undefined : `a${g.attackOf[i]! % g.attacks.length}`, elements: clean(Object.fromEntries(elements.map((e, k) => [e, x.elementValues[k]]))),
      partOfAttack: x.partOfAttack, knowledgeOfAttack: x.knowledgeOfAttack,
      start: x.start, end: x.start && x.len !== undefined ? new Date(Date.parse(x.start) + x.len * 86400000).toISOString().slice(0, 10) : undefined,
      territories: x.territories?.map((t) => clean(t)),
      perpetrators: x.perpetrators?.map((p, k) => clean({ id: `p${k}`, nationalities: p.nationalities, adult: p.adult, birthDate: p.birthDate })),
      ...(act === "persecution" ? { grounds: x.grounds, connectedTo } : {}),
    });
  }),
  referrals: g.referral || g.sc ? clean({ states: g.referral ? [g.referral] : undefined, securityCouncil: g.sc ? [clean({ resolution: "S/RES/9999 (2020)", ...g.sc })] : undefined }) : undefined,
  declarations: g.declaration ? [{ ...g.declaration, from: g.declaration.from < g.declaration.lodged ? g.declaration.from : g.declaration.lodged }] : undefined,
  deferrals: g.deferral ? [clean({ resolution: "S/RES/9998 (2020)", ...g.deferral })] : undefined,
  hypotheticals: g.hypothetical ? { membership: [g.hypothetical] } : undefined,
  proprioMotu: g.proprioMotu ? clean(g.proprioMotu.preliminaryExamination && g.proprioMotu.authorized && g.proprioMotu.preliminaryExamination > g.proprioMotu.authorized ? { authorized: g.proprioMotu.authorized } : g.proprioMotu) : undefined,
}));

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
