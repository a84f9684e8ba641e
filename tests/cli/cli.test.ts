/** The command line: exit 0 on any assessment, 2 on invalid input (one error a line, with its pointer), 1 on an internal error. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/runtime";
import { main } from "../../src/cli/main";

const root = projectRoot();
const run = (args: string[], input?: string) => spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), ...args], { input, encoding: "utf8" });
const tmp = (name: string, text: string) => { const d = mkdtempSync(join(tmpdir(), "cli-")); const p = join(d, name); writeFileSync(p, text); return p; };

test("assess prints a v1 assessment and exits 0, whatever the outcome", () => {
  const r = run(["assess", join(root, "scenarios/xinjiang.json")]);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.jurisdiction.outcome, "not_established");
  assert.match(a.engine.rulesDigest, /^sha256:/);
});
test("assess reads standard input with -", () => {
  const r = run(["assess", "-"], JSON.stringify({ factSetVersion: 1, assessmentDate: "2020-01-01" }));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).jurisdiction.outcome, "undetermined");
});
test("invalid input exits 2 with one error a line, each with its pointer, and no stack trace", () => {
  const p = tmp("bad.json", JSON.stringify({ factSetVersion: 1, assessmentDate: "2021-02-30", incidents: [{ id: "a", act: "murder", territories: [{ state: "XXX" }] }] }));
  const r = run(["assess", p]);
  assert.equal(r.status, 2);
  const lines = r.stderr.trim().split("\n");
  assert.ok(lines.includes("/assessmentDate: must be a real calendar date, YYYY-MM-DD"), r.stderr);
  assert.ok(lines.some((l) => l.startsWith("/incidents/0/territories/0/state: ")), r.stderr);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});
test("a file that is not JSON exits 2", () => {
  const r = run(["assess", tmp("x.json", "{ nope")]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not valid JSON: line \d+, column \d+: /);
});
test("a missing file exits 2", () => {
  const r = run(["assess", "/nonexistent/facts.json"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot read/);
});
test("--help works on every command", () => {
  for (const args of [["--help"], ["assess", "--help"]]) {
    const r = run(args);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: rome-assess/);
  }
});
test("an unknown command exits 2", () => assert.equal(run(["frobnicate"]).status, 2));
test("the reference evaluator gives the same outcomes", () => {
  const a = JSON.parse(run(["assess", join(root, "scenarios/bangladesh-myanmar.json")]).stdout);
  const b = JSON.parse(run(["assess", "--engine", "reference", join(root, "scenarios/bangladesh-myanmar.json")]).stdout);
  assert.equal(b.engine.evaluator, "reference");
  assert.deepEqual(a.jurisdiction.incidents.map((x: { outcome: string }) => x.outcome), b.jurisdiction.incidents.map((x: { outcome: string }) => x.outcome));
});

test("assess: lean JSON when piped; --explain adds each trace's words; in a terminal, a summary of outcomes, reasons and open questions", async () => {
  const lean = JSON.parse(run(["assess", join(root, "scenarios/georgia.json")]).stdout);
  const t = lean.jurisdiction.incidents[0].conclusion;
  assert.ok(Array.isArray(t.decidedBy) && t.title === undefined && t.explanation === undefined, "lean by default");
  const explained = JSON.parse(run(["assess", join(root, "scenarios/georgia.json"), "--explain", "--lang", "fr"]).stdout);
  assert.match(explained.jurisdiction.incidents[0].conclusion.explanation, /compétence ratione temporis/);
  assert.ok(explained.jurisdiction.incidents[0].conclusion.facts.every((f: { name?: string }) => typeof f.name === "string"));
  let out = "";
  const code = await main(["assess", join(root, "scenarios/georgia.json")], { out: (s: string) => { out += s; }, err: () => undefined, tty: true });
  assert.equal(code, 0);
  assert.match(out, /^Jurisdiction: the Court could exercise jurisdiction\./m);
  assert.match(out, /The authorization of 27 January 2016 \(Pre-Trial Chamber I, ICC-01\/15-12\) triggers the exercise of jurisdiction/);
  assert.doesNotMatch(out, /^\s*\{/, "a summary, not JSON");
  let json = "";
  await main(["assess", join(root, "scenarios/georgia.json"), "--json"], { out: (s: string) => { json += s; }, err: () => undefined, tty: true });
  assert.equal(JSON.parse(json).factSetId, "georgia");
});

test("rules prints the catalogue GET /v1/rules serves", () => {
  const r = run(["rules"]);
  assert.equal(r.status, 0, r.stderr);
  const c = JSON.parse(r.stdout) as { rulesDigest: string; rules: { id: string; fr?: { title: string } }[] };
  assert.match(c.rulesDigest, /^sha256:/);
  assert.ok(c.rules.some((x) => x.id === "trigger-scope" && x.fr?.title));
});

test("memo --format docx: to --out, or to standard output when it is not a terminal; in a terminal without --out, exit 2 and say to pass --out", async () => {
  const facts = join(root, "scenarios/darfur.json");
  const out = join(mkdtempSync(join(tmpdir(), "cli-")), "memo.docx");
  const written = run(["memo", facts, "--format", "docx", "--lang", "fr", "--out", out]);
  assert.equal(written.status, 0, written.stderr);
  assert.equal(written.stdout, "", "nothing on standard output");
  const file = readFileSync(out);
  assert.equal(file.subarray(0, 2).toString("latin1"), "PK", "a zip package");
  const piped = spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), "memo", facts, "--format", "docx", "--lang", "fr"]);
  assert.equal(piped.status, 0, String(piped.stderr));
  assert.ok(piped.stdout.equals(file), "piped: the same bytes as the file");

  let stdout = "", stderr = "";
  const io = { out: (s: string) => { stdout += s; }, err: (s: string) => { stderr += s; }, bytes: () => assert.fail("nothing binary to a terminal"), tty: true };
  assert.equal(await main(["memo", facts, "--format", "docx"], io), 2);
  assert.equal(stdout, "");
  assert.match(stderr, /--out memo\.docx/);
  assert.doesNotMatch(stderr, /at .*\.js:\d+/);

  const invalid = run(["memo", tmp("bad.json", JSON.stringify({ factSetVersion: 1, incidents: [{ id: "x", act: "teleportation" }] })), "--format", "docx", "--out", out]);
  assert.equal(invalid.status, 2);
  assert.match(invalid.stderr, /^\/incidents\/0\/act: /m);
  const unwritable = run(["memo", facts, "--format", "docx", "--out", "/nonexistent/memo.docx"]);
  assert.equal(unwritable.status, 2);
  assert.match(unwritable.stderr, /^cannot write \/nonexistent\/memo\.docx: ENOENT/);
});
