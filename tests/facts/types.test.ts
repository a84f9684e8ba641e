/** The TypeScript types are generated from the one JSON Schema; a stale copy fails. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/runtime";

test("src/facts/factSet.generated.ts matches schemas/fact-set.schema.json", () => {
  const r = spawnSync(process.execPath, [join(projectRoot(), "scripts/gen-types.js"), "--check"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
});
