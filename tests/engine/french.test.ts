/** French is a working language of the Court: every rule, condition, act and route says itself in French too. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRuntime } from "../../src/runtime";
import { Condition, Leaf } from "../../src/engine/types";

const rt = loadRuntime();
const leaves = (c: Condition): Leaf[] => ("all" in c ? c.all.flatMap(leaves) : "any" in c ? c.any.flatMap(leaves) : "not" in c ? leaves(c.not) : [c as Leaf]);
const placeholders = (s: string) => (s.match(/\{[A-Za-z.]+\}/g) ?? []).map((p) => p.replace(/(stateName|windowsText|membershipText|windowText|byText|nonPartiesText|stepName|stepNameCap|effectiveText|lastDayText|ageText|scopeText|scopeTerritoriesText|scopeWindowText|subjectMatterText)\}$/, "$1Fr}")).sort();
const frPlaceholders = (s: string) => (s.match(/\{[A-Za-z.]+\}/g) ?? []).sort();

test("every rule has a French title and explanations, with the same placeholders", () => {
  for (const r of rt.book.rules) {
    assert.ok(r.fr, `${r.file}: rule ${r.id} has no French`);
    for (const o of ["met", "not_met", "undetermined"] as const) {
      assert.deepEqual(frPlaceholders(r.fr.explanation[o]), placeholders(r.explanation[o]), `${r.id}: placeholders of the ${o} explanation differ in French`);
    }
    if (r.interpretation) assert.ok(r.fr.interpretation, `${r.id}: the interpretation has no French`);
  }
});
test("every condition has a French name, and a French question where it has one", () => {
  for (const r of rt.book.rules) for (const l of leaves(r.conditions)) {
    assert.ok(l.fr?.name, `${r.id}: condition "${l.name}" has no French name`);
    if (l.question) assert.ok(l.fr?.question, `${r.id}: condition "${l.name}" has no French question`);
  }
});
test("every act and every route has a French title", () => {
  for (const act of rt.book.acts.values()) assert.ok(act.fr?.title, `${act.file}: no French title`);
  const routes = JSON.parse(readFileSync(join(rt.root, "rules/routes/routes.json"), "utf8")).routes as { id: string; fr?: { title: string; whatItTakes: string; obstacle?: string }; obstacle?: string }[];
  for (const r of routes) {
    assert.ok(r.fr?.title && r.fr.whatItTakes, `route ${r.id}: no French`);
    if (r.obstacle) assert.ok(r.fr?.obstacle, `route ${r.id}: no French obstacle`);
  }
});
test("every condition has its sentences for each outcome, in English and French, with the same placeholders (a reason is composed from them)", () => {
  for (const r of rt.book.rules) for (const l of leaves(r.conditions)) {
    for (const o of ["met", "not_met", "undetermined"] as const) {
      assert.ok(l.says?.[o], `${r.id}: condition "${l.name}" has no ${o} sentence`);
      assert.ok(l.fr?.says?.[o], `${r.id}: condition "${l.name}" has no French ${o} sentence`);
      assert.doesNotMatch(l.says![o], /\beither\b[^.]*\bor\b/i, `${r.id}: "${l.says![o]}" is an either/or`);
    }
  }
});
