/** Teaching: the quiz grades a student's reasoning, compare explains what changed, scenarios list/show/run. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import { compareAssessments } from "../../src/teach/compare";
import { gradeAnswers, quizQuestions } from "../../src/teach/quiz";
import { projectRoot } from "../../src/runtime";

const root = projectRoot();
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), ...args], { input, encoding: "utf8" });
const tmp = (name: string, v: unknown) => { const p = join(mkdtempSync(join(tmpdir(), "teach-")), name); writeFileSync(p, typeof v === "string" ? v : JSON.stringify(v)); return p; };
const scenario = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8"));
async function assessed(fs: unknown) { const r = await assess(fs); assert.ok(r.ok); return r.assessment; }

test("quiz: a deliberately wrong set of answers is graded, each miss explained with its rule, citation and deciding facts", async () => {
  const a = await assessed(scenario("bangladesh-myanmar"));
  const qs = quizQuestions(a);
  const wrong: Record<string, string> = {};
  for (const q of qs) { const right = gradeAnswers(a, {}).results.find((r) => r.id === q.id)!.expected; wrong[q.id] = q.options.find((o) => o !== right)!; }
  const g = gradeAnswers(a, wrong);
  assert.equal(g.score.correct, 0);
  assert.equal(g.score.total, qs.length);
  for (const r of g.results.filter((x) => x.rule)) {
    assert.ok(r.explanation && r.citations?.length && r.facts, `${r.id}: a miss must be explained`);
  }
  const killings = g.results.find((r) => r.id === "incident/killings-in-rakhine/jurisdiction")!;
  assert.equal(killings.expected, "not_established");
  assert.match(killings.explanation!, /No precondition of Article 12 is met/);
});
test("quiz: the engine's own answers score 100%", async () => {
  const a = await assessed(scenario("xinjiang"));
  const right = Object.fromEntries(gradeAnswers(a, {}).results.map((r) => [r.id, r.expected]));
  assert.equal(gradeAnswers(a, right).score.percent, 100);
});
test("quiz on the command line: from a file, and interactively from standard input", () => {
  const answers = tmp("a.json", { jurisdiction: "not_established", trigger: "triggered" });
  const r = cli(["quiz", "darfur", "--answers", answers]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /✗ Jurisdiction over the situation\n {4}your answer: not_established; the engine: established/);
  assert.match(r.stdout, /✓ Trigger/);
  assert.match(r.stdout, /Score: \d+\/\d+/);
  const i = cli(["quiz", "darfur", "--json"], "1\n1\n");
  const g = JSON.parse(i.stdout);
  assert.equal(g.results[0].answer, "established");
  assert.equal(g.results[1].answer, "triggered");
  assert.equal(g.score.correct, 2);
});
test("quiz on the command line reads answers as HTTP does: the bare map or {answers}, the same grade; not an option is exit 2 naming the options", () => {
  const bare = cli(["quiz", "darfur", "--json", "--answers", "-"], JSON.stringify({ jurisdiction: "established" }));
  const wrapped = cli(["quiz", "darfur", "--json", "--answers", "-"], JSON.stringify({ answers: { jurisdiction: "established" } }));
  assert.equal(bare.status, 0, bare.stderr);
  assert.equal(bare.stdout, wrapped.stdout);
  assert.equal(JSON.parse(bare.stdout).score.correct, 1);
  const wrong = cli(["quiz", "darfur", "--answers", "-"], JSON.stringify({ answers: { jurisdiction: "yes" } }));
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /\/answers\/jurisdiction: is not one of this question's answers: give "established", "not_established", or "undetermined"/);
  const lost = cli(["quiz", "darfur", "--answers", "-"], JSON.stringify({ jursdiction: "established" }));
  assert.equal(lost.status, 2);
  assert.match(lost.stderr, /\/jursdiction: is not a question of this quiz.*did you mean "jurisdiction"\?/);
});
test("quiz interactively: an answer that is not an option is asked again, not graded wrong; an empty line skips", () => {
  const i = cli(["quiz", "darfur", "--json"], "yes\nestablished\n\nmet\n");
  assert.equal(i.status, 0, i.stderr);
  assert.match(i.stderr, /"yes" is not one of the answers: type 1 to 3, or established, not_established, undetermined/);
  const g = JSON.parse(i.stdout);
  assert.equal(g.results[0].answer, "established");
  assert.equal(g.results[1].answer, null);
  assert.equal(g.results[2].answer, "met");
});
test("quiz: an unknown scenario is a usage error", () => {
  const r = cli(["quiz", "atlantis", "--answers", "-"], "{}");
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no scenario "atlantis"/);
});
test("compare: a JSON Patch that moves the border-crossing to effects only changes jurisdiction, and says why", async () => {
  const before = scenario("bangladesh-myanmar");
  const after = structuredClone(before); after.incidents[0].territories[1].part = "effects";
  const c = compareAssessments(before, after, await assessed(before), await assessed(after));
  assert.deepEqual(c.factChanges.map((f) => f.pointer), ["/incidents/0/territories/1/part"]);
  const inc = c.changes.find((x) => x.key === "incident/deportation-to-bangladesh/jurisdiction")!;
  assert.equal(inc.before, "established");
  assert.equal(inc.after, "not_established");
  const basis = c.changes.find((x) => x.key.startsWith("incident/deportation-to-bangladesh/jurisdiction/art12-2-a/territory:BGD"))!;
  assert.deepEqual(basis.becauseOf, ["/incidents/0/territories/1/part"]);
  assert.equal(basis.provision, "Art. 12(2)(a)");
  assert.ok(!c.changes.some((x) => x.key.includes("killings-in-rakhine")), "the other incident is unchanged");
});
test("compare on the command line, with two files or a patch; a bad patch is a usage error", () => {
  const a = join(root, "scenarios/darfur.json");
  const b = scenario("darfur"); b.incidents[0].start = "2001-01-01"; b.incidents[0].end = "2001-12-31";
  const r = cli(["compare", a, tmp("b.json", b)]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Jurisdiction over the situation: established → not_established/);
  const p = cli(["compare", a, "--patch", tmp("p.json", [{ op: "replace", path: "/incidents/0/start", value: "2001-01-01" }, { op: "replace", path: "/incidents/0/end", value: "2001-02-01" }])]);
  assert.match(p.stdout, /Conduct after the Statute entered into force.*: met → not_met/);
  assert.equal(cli(["compare", a, "--patch", tmp("q.json", [{ op: "replace", path: "/nope/0", value: 1 }])]).status, 2);
  // A second fact set and a patch: one would be left unused in silence (POST /v1/compare refuses both too).
  const both = cli(["compare", a, tmp("b2.json", b), "--patch", tmp("p2.json", [])]);
  assert.equal(both.status, 2);
  assert.match(both.stderr, /give a second fact set or --patch FILE, not both/);
  assert.equal(both.stdout, "");
});
test("scenarios list, show and run", () => {
  const l = cli(["scenarios", "list", "--json"]);
  assert.ok(JSON.parse(l.stdout).some((s: { id: string }) => s.id === "xinjiang"));
  const s = cli(["scenarios", "show", "bangladesh-myanmar"]);
  assert.equal(s.status, 0);
  assert.match(s.stdout, /Bangladesh/);
  const r = cli(["scenarios", "run", "darfur"]);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /^ok {4}darfur/m);
});
test("scenarios show shows the facts: each incident, each fact the rules read with its value and sources, the sources", () => {
  const s = cli(["scenarios", "show", "darfur"]);
  assert.equal(s.status, 0, s.stderr);
  assert.match(s.stdout, /^The facts \(scenarios\/darfur\.json\)$/m);
  assert.match(s.stdout, /Incident "kodoom-bindisi-killings": Crime against humanity of murder, 1 August 2003 to 30 April 2004; Sudan \(place of the conduct\); alleged perpetrators: Ali Muhammad Ali Abd-Al-Rahman/);
  assert.match(s.stdout, /^ {2}\/attack\/widespread: yes {2}\[icc-abd-al-rahman-2025\]\n {6}The attack was widespread/m);
  assert.match(s.stdout, /^ {2}\/incidents\/0\/territories\/0\/part: the conduct$/m);
  assert.match(s.stdout, /^ {2}unsc-1593: UN Security Council Resolution 1593 \(2005\)/m);
  // A fact not given is not known, and said so.
  const x = cli(["scenarios", "show", "xinjiang"]);
  assert.equal(x.status, 0, x.stderr);
  assert.match(x.stdout, /^ {2}\/incidents\/3\/elements\/deprivedOfReproductiveCapacity: not known$/m);
});
