/**
 * No dead ends: every conclusion left undetermined names at least one missing fact that would help
 * settle it — for each incident's jurisdiction and act, each person under Art. 26, the trigger and
 * the deferral — on every scenario and on generated fact sets.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import { projectRoot } from "../../src/runtime";
import { factSet } from "./generate";

/** The undetermined conclusions an assessment holds that no missing fact is asked for. */
function deadEnds(a: Assessment): string[] {
  const asked = (pred: (m: Assessment["missingFacts"][number]) => boolean) => a.missingFacts.some(pred);
  const forLabel = (needle: string) => asked((m) => m.neededFor.some((n) => n.includes(needle)));
  const out: string[] = [];
  for (const j of a.jurisdiction.incidents) {
    if (j.outcome === "undetermined" && !forLabel(`jurisdiction over incident "${j.id}"`)) out.push(`jurisdiction over ${j.id}`);
    for (const p of j.age.perpetrators) {
      const id = p.subject.replace(/^perpetrator:/, "");
      const aboutPerson = (m: Assessment["missingFacts"][number]) => (m.concerns === "person" && m.person === id) || m.neededFor.some((n) => n.includes(`try ${id} for incident "${j.id}"`) || n.includes(`(${id}) for incident "${j.id}"`));
      if (p.outcome === "undetermined" && !asked(aboutPerson)) out.push(`Art. 26 for ${id} in ${j.id}`);
    }
  }
  for (const c of a.crimesAgainstHumanity.incidents) {
    if (c.outcome === "undetermined" && !forLabel(`for incident "${c.id}"`)) out.push(`Article 7 for ${c.id}`);
  }
  if (a.jurisdiction.trigger.outcome === "undetermined" && !forLabel("trigger")) out.push("the trigger");
  for (const t of a.jurisdiction.trigger.incidents) {
    if (t.outcome === "undetermined" && !forLabel(`trigger for incident "${t.id}"`) && !forLabel("the trigger (Art. 13)")) out.push(`the trigger for ${t.id}`);
  }
  if (a.jurisdiction.trigger.deferral.inForce === "undetermined" && !forLabel("deferral")) out.push("the deferral");
  return out;
}

async function check(input: unknown, where: string) {
  const r = await assess(input);
  assert.ok(r.ok, `${where}: ${JSON.stringify(!r.ok && r.errors)}`);
  assert.deepEqual(deadEnds(r.assessment), [], `${where}: undetermined with nothing asked`);
}

test("every scenario: each undetermined conclusion asks for something", async () => {
  const dir = join(projectRoot(), "scenarios");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) await check(JSON.parse(readFileSync(join(dir, f), "utf8")), f);
});

test("generated fact sets: each undetermined conclusion asks for something", async () => {
  await fc.assert(fc.asyncProperty(factSet, async (fs) => check(fs, JSON.stringify(fs))), { numRuns: 500, seed: 20261201 });
});

test("the check can fail: an undetermined murder asks its question, and without it the oracle reports the dead end", async () => {
  const attack = { multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true };
  const base = { partOfAttack: true, knowledgeOfAttack: true, start: "2017-08-25", end: "2017-09-30", territories: [{ state: "BGD", part: "conduct" }], perpetrators: [{ id: "p1", nationalities: ["MMR"], adult: true }] };
  const r = await assess({ factSetVersion: 1, assessmentDate: "2018-01-01", attack, incidents: [
    { id: "m", act: "murder", elements: { killed: null, intent: true }, ...base },
  ] });
  assert.ok(r.ok);
  const a = r.assessment;
  assert.equal(a.crimesAgainstHumanity.incidents[0]!.outcome, "undetermined");
  assert.deepEqual(deadEnds(a), []);
  // Remove what was asked: the oracle must report the conclusion as a dead end.
  assert.deepEqual(deadEnds({ ...a, missingFacts: [] }).sort(), ["Article 7 for m"]);
});
