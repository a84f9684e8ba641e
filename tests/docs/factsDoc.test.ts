/** docs/FACTS.md is generated (npm run docs:facts): it must be what the schema and the rules give today. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/runtime";
import { factsDoc } from "../../src/docs/factsDoc";

const root = projectRoot();

test("docs/FACTS.md is up to date with the schema and the rules (run npm run docs:facts)", () => {
  assert.equal(readFileSync(join(root, "docs/FACTS.md"), "utf8"), factsDoc(root));
});

test("FACTS.md names every act's every element, with its question", () => {
  const doc = factsDoc(root);
  const acts = JSON.parse(readFileSync(join(root, "schemas/acts.schema.json"), "utf8")).$defs as Record<string, { properties?: Record<string, unknown> }>;
  for (const [act, def] of Object.entries(acts)) {
    if (!def.properties) continue;
    assert.ok(doc.includes(`### \`${act}\``), act);
    for (const el of Object.keys(def.properties)) assert.match(doc, new RegExp(`\`/incidents/\\*/elements/${el}\` — “`), `${act}: ${el}`);
  }
  assert.match(doc, /\*\*`\/attack\/widespread`\*\*[^\n]*\n[^\n]*\n  - The engine asks: “Was the attack widespread/);
  assert.match(doc, /Pre-Trial Chamber I so held in its decision of 6 September 2018/);
});
