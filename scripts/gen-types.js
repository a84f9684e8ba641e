#!/usr/bin/env node
// Generates the TypeScript types from the JSON Schemas: schemas/fact-set.schema.json gives
// src/facts/factSet.generated.ts, schemas/import-mapping.schema.json gives
// src/import/mapping.generated.ts. Each schema is the one definition; the types are derived from it
// (a test checks they match). With --check, exits 1 if a committed file differs from what its schema generates.
const { compile } = require("json-schema-to-typescript");
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const targets = [
  {
    schema: "schemas/fact-set.schema.json", out: "src/facts/factSet.generated.ts", name: "FactSet",
    // Each act's `elements` shape lives in acts.schema.json; the engine reads elements generically.
    prepare: (schema) => { delete schema.$defs.incident.allOf; },
  },
  { schema: "schemas/import-mapping.schema.json", out: "src/import/mapping.generated.ts", name: "ImportMapping", prepare: () => {} },
];

async function generate(t) {
  const schema = JSON.parse(readFileSync(join(root, t.schema), "utf8"));
  t.prepare(schema);
  return compile(schema, t.name, {
    additionalProperties: false,
    bannerComment: `/* Generated from ${t.schema} by scripts/gen-types.js. Do not edit. */`,
    style: { singleQuote: false },
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
  });
}

Promise.all(targets.map(async (t) => ({ t, ts: await generate(t) }))).then((results) => {
  let stale = false;
  for (const { t, ts } of results) {
    const out = join(root, t.out);
    if (process.argv.includes("--check")) {
      const current = readFileSync(out, "utf8");
      if (current !== ts) { console.error(`${t.out} is out of date: run npm run gen:types`); stale = true; }
    } else writeFileSync(out, ts);
  }
  if (stale) process.exit(1);
}, (e) => { console.error(e); process.exit(1); });
