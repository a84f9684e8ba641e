#!/usr/bin/env node
// Generates src/facts/factSet.generated.ts from schemas/fact-set.schema.json: the schema is the one
// definition of the fact set; TypeScript's types are derived from it (a test checks they match).
// With --check, exits 1 if the committed file differs from what the schema generates.
const { compile } = require("json-schema-to-typescript");
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const out = join(root, "src/facts/factSet.generated.ts");

async function generate() {
  const schema = JSON.parse(readFileSync(join(root, "schemas/fact-set.schema.json"), "utf8"));
  // Each act's `elements` shape lives in acts.schema.json; the engine reads elements generically.
  delete schema.$defs.incident.allOf;
  const ts = await compile(schema, "FactSet", {
    additionalProperties: false,
    bannerComment: "/* Generated from schemas/fact-set.schema.json by scripts/gen-types.js. Do not edit. */",
    style: { singleQuote: false },
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
  });
  return ts;
}

generate().then((ts) => {
  if (process.argv.includes("--check")) {
    const current = readFileSync(out, "utf8");
    if (current !== ts) { console.error("src/facts/factSet.generated.ts is out of date: run npm run gen:types"); process.exit(1); }
  } else writeFileSync(out, ts);
}, (e) => { console.error(e); process.exit(1); });
