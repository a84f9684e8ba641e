/** A malformed rule file stops start-up with the file's name and the JSON path of the problem. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RuleLoadError, loadRuleBook } from "../../src/engine/loadRules";
import { projectRoot } from "../../src/runtime";

const rules = join(projectRoot(), "rules");

function withFile(rel: string, edit: (doc: any) => unknown | string): () => unknown {
  const dir = mkdtempSync(join(tmpdir(), "rules-"));
  cpSync(rules, dir, { recursive: true });
  const path = join(dir, rel);
  const out = edit(JSON.parse(readFileSync(path, "utf8")));
  writeFileSync(path, typeof out === "string" ? out : JSON.stringify(out));
  return () => loadRuleBook(dir);
}

const rejects = (load: () => unknown, file: string, path: string, fragment: string) =>
  assert.throws(load, (e: unknown) => {
    assert.ok(e instanceof RuleLoadError, String(e));
    assert.equal(e.file, file);
    assert.equal(e.path, path);
    assert.ok(e.problem.includes(fragment), e.problem);
    return true;
  });

test("the project's rules load, in an order where each rule follows the rules it reads", () => {
  const book = loadRuleBook(rules);
  const pos = new Map(book.rules.map((r, i) => [r.id, i]));
  assert.ok(pos.get("art12-preconditions")! > pos.get("art12-2-a")!);
  assert.ok(pos.get("jurisdiction-incident")! > pos.get("art12-preconditions")!);
  assert.match(book.digest, /^sha256:[0-9a-f]{64}$/);
});
test("invalid JSON names the file", () => {
  rejects(withFile("jurisdiction/temporal.json", () => "{ not json"), "rules/jurisdiction/temporal.json", "", "not valid JSON");
});
test("a rule without citations names the path", () => {
  rejects(withFile("jurisdiction/temporal.json", (d) => { d.rules[0].citations = []; return d; }), "rules/jurisdiction/temporal.json", "/rules/0/citations", "must NOT have fewer than 1 items");
});
test("an empty all is rejected", () => {
  rejects(withFile("jurisdiction/temporal.json", (d) => { d.rules[0].conditions = { all: [] }; return d; }), "rules/jurisdiction/temporal.json", "/rules/0/conditions/all", "fewer than 1");
});
test("a priority is rejected (it would let json-rules-engine skip leaves)", () => {
  rejects(withFile("jurisdiction/temporal.json", (d) => { d.rules[0].conditions.all[0].priority = 2; return d; }), "rules/jurisdiction/temporal.json", "/rules/0/conditions/all/0", "");
});
test("an unknown operator is rejected", () => {
  rejects(withFile("jurisdiction/temporal.json", (d) => { d.rules[0].conditions.all[0].operator = "around"; return d; }), "rules/jurisdiction/temporal.json", "/rules/0/conditions/all/0", "");
});
test("a duplicate id is rejected", () => {
  rejects(withFile("jurisdiction/nationality.json", (d) => { d.rules[0].id = "art11-1"; return d; }), "rules/jurisdiction/temporal.json", "/rules/0/id", "also in rules/jurisdiction/nationality.json");
});
test("a reference to a rule that does not exist is rejected", () => {
  rejects(withFile("jurisdiction/incident.json", (d) => { d.rules[1].conditions.all[0].path = "art99"; return d; }), "rules/jurisdiction/incident.json", "/rules/1/conditions/all/0", "does not exist");
});
test("a cycle is rejected", () => {
  rejects(withFile("jurisdiction/incident.json", (d) => { d.rules[0].conditions.any[0] = { fact: "results", path: "jurisdiction-incident", operator: "isMet", value: true, name: "x" }; return d; }), "rules/jurisdiction/incident.json", "/rules/0", "cycle");
});
test("the other reading of a contested point may read only the rules its rule reads", () => {
  rejects(withFile("jurisdiction/territory.json", (doc) => {
    const r = doc.rules.find((x: any) => x.id === "art12-2-a");
    r.reading.conditions.all.push({ fact: "results", path: "temporal", operator: "isMet", value: true, name: "x" });
    return doc;
  }), "rules/jurisdiction/territory.json", "/rules/0/reading/conditions/all/2", 'reads rule "temporal"');
});
test("two rules cannot carry the same reading", () => {
  rejects(withFile("jurisdiction/withdrawal.json", (doc) => {
    doc.rules[0].reading.id = "territory-element";
    return doc;
  }), "rules/jurisdiction/territory.json", "/rules/0/reading/id", 'also defined by rule "art127-2"');
});
