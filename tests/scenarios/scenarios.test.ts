/** Every scenario's expected outcome (scenarios/expected/) is a test, under both evaluators. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import { projectRoot } from "../../src/runtime";

interface Expected {
  jurisdiction: string; trigger: string; triggerBy: string[];
  paths?: string[]; pathObstacles?: Record<string, string[]>;
  incidents: Record<string, { jurisdiction: string; bases: string[]; crimesAgainstHumanity: string }>;
}

const dir = join(projectRoot(), "scenarios");
const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));

test("every scenario has an expected outcome", () => {
  assert.ok(ids.length >= 3);
  for (const id of ids) assert.ok(readdirSync(join(dir, "expected")).includes(`${id}.json`), `scenarios/expected/${id}.json is missing`);
});

for (const id of ids) {
  for (const evaluator of ["native", "reference"] as const) {
    test(`scenario ${id} gives its expected outcome (${evaluator})`, async () => {
      const input = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8"));
      const expected = JSON.parse(readFileSync(join(dir, "expected", `${id}.json`), "utf8")) as Expected;
      const r = await assess(input, { evaluator });
      assert.ok(r.ok, `invalid scenario: ${JSON.stringify(!r.ok && r.errors)}`);
      const a = r.assessment;
      assert.equal(a.jurisdiction.outcome, expected.jurisdiction);
      assert.equal(a.jurisdiction.trigger.outcome, expected.trigger);
      assert.deepEqual(a.jurisdiction.trigger.by, expected.triggerBy);
      for (const [incId, e] of Object.entries(expected.incidents)) {
        const j = a.jurisdiction.incidents.find((x) => x.id === incId);
        const c = a.crimesAgainstHumanity.incidents.find((x) => x.id === incId);
        assert.ok(j && c, `incident ${incId} missing from the assessment`);
        assert.equal(j.outcome, e.jurisdiction, `jurisdiction over ${incId}`);
        assert.deepEqual(j.bases, e.bases, `bases of ${incId}`);
        assert.equal(c.outcome, e.crimesAgainstHumanity, `article 7 for ${incId}`);
      }
      if (expected.paths) assert.deepEqual(a.jurisdiction.paths.map((p) => p.route), expected.paths);
      for (const [route, states] of Object.entries(expected.pathObstacles ?? {})) {
        const p = a.jurisdiction.paths.find((x) => x.route === route);
        for (const s of states) assert.ok(p?.obstacles.some((o) => o.includes(s)), `${route} should name ${s} as an obstacle`);
      }
    });
  }
}
