/** init writes a fact set that validates and assesses; validate checks without assessing (exit 0 or 2). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/runtime";
import { main } from "../../src/cli/main";
import { actElements } from "../../src/cli/init";

const root = projectRoot();
const run = (args: string[], input?: string) => spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), ...args], { input, encoding: "utf8" });
/** The command line in-process: seventeen acts times three commands would be slow as processes. */
async function inProcess(args: string[], stdin?: string) {
  let out = "", err = "";
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, ...(stdin !== undefined ? { stdin: () => stdin } : {}), tty: false });
  return { code, out, err };
}

test("init, for each act: one incident with every element null, that validates and assesses as undetermined, asking for each element", async () => {
  const acts = actElements(root);
  assert.equal(acts.size, 17);
  for (const [act, elements] of acts) {
    const init = await inProcess(["init", "--act", act]);
    assert.equal(init.code, 0, init.err);
    assert.match(init.err, /docs\/FACTS\.md/);
    const fs = JSON.parse(init.out);
    assert.equal(fs.incidents.length, 1);
    assert.deepEqual(fs.incidents[0].elements, Object.fromEntries(elements.map((e) => [e, null])), act);
    const v = await inProcess(["validate", "-"], init.out);
    assert.deepEqual([v.code, v.out, v.err], [0, "valid\n", ""], act);
    const a = await inProcess(["assess", "-", "--today", "2024-01-01"], init.out);
    assert.equal(a.code, 0, a.err);
    const assessment = JSON.parse(a.out);
    assert.equal(assessment.crimesAgainstHumanity.outcome, "undetermined", act);
    const missing = new Set(assessment.missingFacts.map((m: { pointer: string }) => m.pointer));
    for (const e of elements) assert.ok(missing.has(`/incidents/0/elements/${e}`), `${act}: ${e} is not asked`);
    assert.ok(missing.has("/attack/widespread") || missing.has("/attack/multipleActs"), act);
  }
});

test("init with several acts numbers the incidents; --out refuses to overwrite without --force", async () => {
  const r = await inProcess(["init", "--act", "murder", "murder", "torture"]);
  assert.deepEqual(JSON.parse(r.out).incidents.map((i: { id: string }) => i.id), ["murder-1", "murder-2", "torture-1"]);
  const file = join(mkdtempSync(join(tmpdir(), "init-")), "facts.json");
  assert.equal((await inProcess(["init", "--act", "rape", "--out", file])).code, 0);
  assert.ok(existsSync(file));
  const again = await inProcess(["init", "--act", "murder", "--out", file]);
  assert.equal(again.code, 2);
  assert.match(again.err, /exists: pass --force/);
  assert.equal(JSON.parse(readFileSync(file, "utf8")).incidents[0].act, "rape");
  assert.equal((await inProcess(["init", "--act", "murder", "--out", file, "--force"])).code, 0);
  assert.equal(JSON.parse(readFileSync(file, "utf8")).incidents[0].act, "murder");
  assert.equal((await inProcess(["init", "--act", "genocide"])).code, 2);
});

test("validate: exit 0 and \"valid\" for a good fact set", () => {
  const r = run(["validate", join(root, "scenarios/bangladesh-myanmar.json")]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "valid\n");
});

test("validate: exit 2 with each error as pointer: message, and nothing on stdout", () => {
  const r = run(["validate", "-"], JSON.stringify({ factSetVersion: 1, assessmentDate: "2021-02-30", incidents: [{ id: "a", act: "murder", territories: [{ state: "XXX" }] }] }));
  assert.equal(r.status, 2);
  assert.equal(r.stdout, "");
  const lines = r.stderr.trim().split("\n");
  assert.ok(lines.includes("/assessmentDate: must be a real calendar date, YYYY-MM-DD"), r.stderr);
  assert.ok(lines.some((l) => l.startsWith("/incidents/0/territories/0/state: ")), r.stderr);
  assert.ok(lines.every((l) => /^\/\S*: /.test(l)), r.stderr);
});

test("validate: a JSON syntax error gives its line and column and shows the line", () => {
  const dir = mkdtempSync(join(tmpdir(), "validate-"));
  const file = join(dir, "broken.json");
  writeFileSync(file, '{\n  "factSetVersion": 1,\n  "title": "x" "y"\n}\n');
  const r = run(["validate", file]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, new RegExp(`broken\\.json:3:16: not valid JSON: a comma was expected between the items`));
  assert.match(r.stderr, /\n {2} {2}"title": "x" "y"\n {2} {15}\^/);
});

