/**
 * The scenarios' words in French (scenarios/expected/<id>.json, `fr`): every scenario has them, in
 * the English words' shape, none left in English, in French typography; and the loader gives them
 * with the English what-ifs' patches, refusing a translation out of shape.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadScenarios, translated } from "../../src/teach/scenarios";
import { projectRoot } from "../../src/runtime";

interface Words { title: string; description: string; teaching: { objectives: string[]; questions: string[]; leadingDecision: string; whatIf: { description: string }[] } }

const root = projectRoot();
const dir = join(root, "scenarios");
const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
const read = (...p: string[]) => JSON.parse(readFileSync(join(dir, ...p), "utf8"));

/** A scenario's words in both languages, each string with where it is. */
function pairs(id: string): { where: string; en: string; fr: string }[] {
  const e = read("expected", `${id}.json`);
  const en: Words = { title: read(`${id}.json`).title, description: e.description, teaching: e.teaching };
  const fr = e.fr as Words;
  const t = fr.teaching;
  return [
    { where: "title", en: en.title, fr: fr.title },
    { where: "description", en: en.description, fr: fr.description },
    ...en.teaching.objectives.map((x, k) => ({ where: `objectives/${k}`, en: x, fr: t.objectives[k]! })),
    ...en.teaching.questions.map((x, k) => ({ where: `questions/${k}`, en: x, fr: t.questions[k]! })),
    { where: "leadingDecision", en: en.teaching.leadingDecision, fr: t.leadingDecision },
    ...en.teaching.whatIf.map((w, k) => ({ where: `whatIf/${k}`, en: w.description, fr: t.whatIf[k]!.description })),
  ];
}

test("every scenario has its words in French, in the shape of the English ones, none empty", () => {
  assert.ok(ids.length >= 15);
  for (const id of ids) {
    const e = read("expected", `${id}.json`);
    const fr = e.fr;
    assert.ok(fr && typeof fr === "object", `${id}: no fr in scenarios/expected/${id}.json`);
    assert.deepEqual(Object.keys(fr).sort(), ["description", "teaching", "title"], `${id}: fr's keys`);
    const t = fr.teaching;
    assert.deepEqual(Object.keys(t).sort(), ["leadingDecision", "objectives", "questions", "whatIf"], `${id}: fr.teaching's keys`);
    assert.equal(t.objectives.length, e.teaching.objectives.length, `${id}: as many objectives as in English`);
    assert.equal(t.questions.length, e.teaching.questions.length, `${id}: as many questions as in English`);
    assert.equal(t.whatIf.length, e.teaching.whatIf.length, `${id}: as many what-ifs as in English`);
    // Only the words: a patch or an expectation here would be a second, unchecked copy.
    for (const w of t.whatIf) assert.deepEqual(Object.keys(w), ["description"], `${id}: a French what-if has its description only`);
    for (const p of pairs(id)) assert.ok(typeof p.fr === "string" && p.fr.trim().length > 0, `${id}: fr ${p.where} is empty`);
  }
});

test("no French string is the English one, and none is left in English", () => {
  const english = /\b(the|and|of|is|are|was|which|with|would|could|under|before|after|its)\b/i;
  const months = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
  for (const id of ids) {
    for (const p of pairs(id)) {
      assert.notEqual(p.fr, p.en, `${id}: fr ${p.where} is the English`);
      assert.doesNotMatch(p.fr, months, `${id}: fr ${p.where} has an English month`);
      // A decision's English title stays English where the Court gave no French one: only there.
      if (p.where !== "leadingDecision") assert.doesNotMatch(p.fr, english, `${id}: fr ${p.where} reads as English`);
    }
  }
});

test("the French words are in French typography, as the French memo is", () => {
  const MONTH = "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
  const rules: [RegExp, string][] = [
    [/"|“|”/, "quotation marks other than « »"],
    [/(^|[\s(])'/, "a straight quote opening a quotation (« » are French)"],
    [/(^|[^\u00a0]):(\s|$)/, "a colon without a no-break space before it"],
    [/(^|[^\u202f])[;!?]/, "; ! or ? without a narrow no-break space before it"],
    [/«(?!\u00a0)|(?<!\u00a0)»/, "« » without no-break spaces inside"],
    [new RegExp(`\\b1 ${MONTH}`), "the first of a month as 1, not 1er"],
    [new RegExp(`\\b${MONTH} \\d{1,2},`), "an English-style date"],
  ];
  let checked = 0;
  for (const id of ids) {
    for (const p of pairs(id)) {
      for (const [re, what] of rules) assert.doesNotMatch(p.fr, re, `${id}: fr ${p.where}: ${what}`);
      checked++;
    }
  }
  assert.ok(checked > 200, `${checked} strings`);
  // The rules find what they look for: the English words break several of them.
  const en = ids.flatMap(pairs).map((p) => p.en).join("\n");
  for (const k of [1, 2, 3]) assert.match(en, rules[k]![0]);
});

test("the loader gives the French words with the English what-ifs' patches, and the teacher's key without fr", () => {
  for (const s of loadScenarios(root)) {
    const fr = s.words("fr"), en = s.words("en");
    assert.equal(en.title, s.title);
    assert.equal(en.description, s.description);
    assert.equal(en.teaching, s.teaching);
    const file = read("expected", `${s.id}.json`).fr as Words;
    assert.equal(fr.title, file.title, `${s.id}: French title`);
    assert.equal(fr.description, file.description, `${s.id}: French description`);
    assert.deepEqual(fr.teaching!.objectives, file.teaching.objectives);
    assert.deepEqual(fr.teaching!.whatIf.map((w) => w.description), file.teaching.whatIf.map((w) => w.description));
    assert.deepEqual(fr.teaching!.whatIf.map((w) => [w.patch, w.expect]), s.teaching!.whatIf.map((w) => [w.patch, w.expect]), `${s.id}: the same patches, in order`);
    assert.equal("fr" in s.expected, false, `${s.id}: the API's expected outcome is the English contract`);
  }
});

test("a translation out of the English words' shape stops the loader, naming the file", () => {
  const [s] = loadScenarios(root);
  const en = s!.words("en");
  const good = read("expected", `${s!.id}.json`).fr as Words;
  assert.equal(translated(en, good, "x.json").title, good.title);
  const broken: [string, unknown][] = [
    ["title", { ...good, title: " " }],
    ["description", { ...good, description: undefined }],
    ["teaching", { ...good, teaching: undefined }],
    ["teaching.objectives", { ...good, teaching: { ...good.teaching, objectives: good.teaching.objectives.slice(1) } }],
    ["teaching.questions", { ...good, teaching: { ...good.teaching, questions: [...good.teaching.questions, ""] } }],
    ["teaching.leadingDecision", { ...good, teaching: { ...good.teaching, leadingDecision: "" } }],
    ["teaching.whatIf", { ...good, teaching: { ...good.teaching, whatIf: good.teaching.whatIf.slice(1) } }],
    ["teaching.whatIf", { ...good, teaching: { ...good.teaching, whatIf: good.teaching.whatIf.map(() => ({})) } }],
  ];
  for (const [what, fr] of broken) {
    assert.throws(() => translated(en, fr, "scenarios/expected/x.json"), new RegExp(`^Error: scenarios/expected/x\\.json: the translation's ${what.replace(".", "\\.")} `), what);
  }
});
