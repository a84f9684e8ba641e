/**
 * Every scenario's expected outcome (scenarios/expected/) is a test, under both evaluators; and
 * every change of fact its teaching notes say would change the answer is applied and checked.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { applyPatch, Operation } from "fast-json-patch";
import { assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import { projectRoot } from "../../src/runtime";

interface Outcomes {
  jurisdiction?: string; trigger?: string; crimesAgainstHumanity?: string;
  incidents?: Record<string, { jurisdiction?: string; bases?: string[]; crimesAgainstHumanity?: string; persons?: Record<string, string>; trigger?: string }>;
}
interface Expected extends Outcomes {
  kind: "real" | "classroom"; description: string;
  jurisdiction: string; trigger: string; triggerBy: string[];
  deferralInForce?: boolean; hypothetical?: boolean;
  paths?: string[]; pathObstacles?: Record<string, string[]>;
  teaching: { objectives: string[]; questions: string[]; leadingDecision: string; whatIf: { description: string; patch: Operation[]; expect: Outcomes }[] };
}

const dir = join(projectRoot(), "scenarios");
const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
const read = (...p: string[]) => JSON.parse(readFileSync(join(dir, ...p), "utf8"));

async function run(input: unknown, evaluator: "native" | "reference" = "native"): Promise<Assessment> {
  const r = await assess(input, { evaluator });
  if (!r.ok) assert.fail(`invalid fact set: ${JSON.stringify(r.errors)}`);
  return r.assessment;
}

function check(a: Assessment, e: Outcomes, where: string) {
  if (e.jurisdiction) assert.equal(a.jurisdiction.outcome, e.jurisdiction, `${where}: jurisdiction`);
  if (e.trigger) assert.equal(a.jurisdiction.trigger.outcome, e.trigger, `${where}: trigger`);
  if (e.crimesAgainstHumanity) assert.equal(a.crimesAgainstHumanity.outcome, e.crimesAgainstHumanity, `${where}: crimes against humanity`);
  for (const [id, x] of Object.entries(e.incidents ?? {})) {
    const j = a.jurisdiction.incidents.find((i) => i.id === id);
    const c = a.crimesAgainstHumanity.incidents.find((i) => i.id === id);
    assert.ok(j && c, `${where}: incident ${id} is not in the assessment`);
    if (x.jurisdiction) assert.equal(j.outcome, x.jurisdiction, `${where}: jurisdiction over ${id}`);
    if (x.bases) assert.deepEqual(j.bases, x.bases, `${where}: bases of ${id}`);
    if (x.crimesAgainstHumanity) assert.equal(c.outcome, x.crimesAgainstHumanity, `${where}: Article 7 for ${id}`);
    // The trigger, incident by incident: within the scope of a step, or not.
    if (x.trigger) assert.equal(a.jurisdiction.trigger.incidents.find((t) => t.id === id)?.outcome, x.trigger, `${where}: trigger for ${id}`);
    // Art. 26, person by person: whether the Court could try each identified perpetrator.
    for (const [person, outcome] of Object.entries(x.persons ?? {})) {
      const t: { outcome: string } | undefined = j.age.perpetrators.find((p) => p.subject === `perpetrator:${person}`);
      assert.ok(t, `${where}: no Art. 26 trace for ${person} in ${id}`);
      assert.equal(t.outcome, outcome, `${where}: Art. 26 for ${person} in ${id}`);
    }
  }
}

test("the library: at least 15 scenarios, each with expected outcomes and teaching notes", () => {
  assert.ok(ids.length >= 15, `only ${ids.length} scenarios`);
  const expected = readdirSync(join(dir, "expected")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
  assert.deepEqual(expected, ids, "each scenario needs scenarios/expected/<id>.json, and each expected file a scenario");
  for (const id of ids) {
    const fs = read(`${id}.json`), e = read("expected", `${id}.json`) as Expected;
    assert.equal(fs.id, id, `${id}: the fact set's id`);
    assert.ok(["real", "classroom"].includes(e.kind), `${id}: kind`);
    assert.ok(e.teaching?.objectives?.length && e.teaching.questions?.length && e.teaching.leadingDecision, `${id}: teaching notes`);
    assert.ok(e.teaching.whatIf?.length, `${id}: at least one change of fact that changes the answer`);
    assert.ok(fs.sources?.length, `${id}: sources`);
    assert.deepEqual(Object.keys(e.incidents ?? {}).sort(), (fs.incidents as { id: string }[]).map((i) => i.id).sort(), `${id}: every incident has an expected outcome`);
  }
});

for (const id of ids) {
  for (const evaluator of ["native", "reference"] as const) {
    test(`scenario ${id} gives its expected outcome (${evaluator})`, async () => {
      const e = read("expected", `${id}.json`) as Expected;
      const a = await run(read(`${id}.json`), evaluator);
      check(a, e, id);
      assert.deepEqual(a.jurisdiction.trigger.by, e.triggerBy, `${id}: trigger routes`);
      if (e.deferralInForce !== undefined) assert.equal(a.jurisdiction.trigger.deferral.inForce === "met", e.deferralInForce, `${id}: deferral`);
      if (e.hypothetical !== undefined) assert.equal(a.hypothetical, e.hypothetical, `${id}: hypothetical`);
      if (e.paths) assert.deepEqual(a.jurisdiction.paths.map((p) => p.route), e.paths, `${id}: paths`);
      for (const [route, words] of Object.entries(e.pathObstacles ?? {})) {
        const p = a.jurisdiction.paths.find((x) => x.route === route);
        for (const w of words) assert.ok(p?.obstacleStates.includes(w), `${id}: ${route} should name ${w} as an obstacle`);
      }
    });
  }
  test(`scenario ${id}: each change of fact in its teaching notes changes the answer as stated`, async () => {
    const e = read("expected", `${id}.json`) as Expected;
    for (const w of e.teaching.whatIf) {
      const changed = applyPatch(read(`${id}.json`), w.patch, true, false).newDocument;
      check(await run(changed), w.expect, `${id}, what if ${w.description}`);
    }
  });
}
