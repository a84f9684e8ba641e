/**
 * Elements of Crimes, art. 7(1)(i), fn 24 (rules/jurisdiction/enforced-disappearance.json): an
 * enforced disappearance is within the Court's jurisdiction only if the attack of elements 7 and 8
 * occurs after the Statute entered into force (1 July 2002). Read here as: the attack began on or
 * after that date. A condition of `jurisdiction-incident` for enforced disappearance only.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/assess/assess";
import type { Assessment as Lean } from "../../src/assess/types";
import type { Explained } from "../../src/engine/explain";

/** Read with its words (explain: true). */
type Assessment = Explained<Lean>;
import { renderMemo } from "../../src/memo/renderMemo";
import { loadRuntime } from "../../src/runtime";

const FN24 = "eoc-7-1-i-fn24";
const context = { multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true };
const incident = (id: string, act: string, extra: Record<string, unknown> = {}) => ({
  id, act, partOfAttack: true, knowledgeOfAttack: true, start: "2012-01-01", end: "2012-02-01",
  territories: [{ state: "BGD", part: "conduct" }], perpetrators: [{ id: "p1", nationalities: ["BGD"], adult: true }], ...extra,
});
const withAttack = (dates: { start?: string | null; end?: string | null }) => ({
  factSetVersion: 1, assessmentDate: "2020-01-01", attack: { ...context, ...dates },
  incidents: [incident("d1", "enforced-disappearance"), incident("m1", "murder", { elements: { killed: true } })],
});

async function run(fs: unknown, lang: "en" | "fr" = "en"): Promise<Assessment> {
  const r = await assess(fs, { lang, explain: true });
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r.assessment;
}
const j = (a: Assessment, id: string) => a.jurisdiction.incidents.find((x) => x.id === id)!;
const fn24 = (a: Assessment, id = "d1") => j(a, id).actConditions?.find((t) => t.id === FN24);

test("the rule: its own, for enforced disappearance only, cited to EoC art. 7(1)(i) fn 24, with its reading", () => {
  const rt = loadRuntime();
  const rule = rt.book.byId.get(FN24)!;
  assert.equal(rule.act, "enforced-disappearance");
  assert.equal(rule.scope, "incident");
  assert.ok(rule.citations.includes("Elements of Crimes, art. 7(1)(i), fn 24"));
  assert.match(rule.interpretation!, /Reading used here: the attack must have begun on or after 1 July 2002/);
  assert.match(rule.interpretation!, /Other reading/);
  assert.ok(rule.fr?.interpretation);
  const reads = JSON.stringify(rt.book.byId.get("jurisdiction-incident")!.conditions);
  assert.ok(reads.includes(FN24), "jurisdiction-incident has the condition");
});

test("met: an attack from 2003 on — the disappearance's jurisdiction is not barred", async () => {
  const a = await run(withAttack({ start: "2003-03-01", end: null }));
  assert.equal(fn24(a)!.outcome, "met");
  assert.equal(fn24(a)!.facts[0]!.pointer, undefined, "a period read from two fields");
  assert.deepEqual(fn24(a)!.facts[0]!.from, ["/attack/start", "/attack/end"]);
  assert.equal(j(a, "d1").outcome, "established");
  // On 1 July 2002 itself: met (the Statute is in force from that day).
  assert.equal(fn24(await run(withAttack({ start: "2002-07-01", end: "2002-09-01" })))!.outcome, "met");
});

test("not met: an attack that began before 1 July 2002 and went on after it (the reading used), or ended before it", async () => {
  const straddling = await run(withAttack({ start: "2001-06-01", end: "2005-01-01" }));
  assert.equal(fn24(straddling)!.outcome, "not_met");
  assert.equal(j(straddling, "d1").outcome, "not_established");
  assert.match(fn24(straddling)!.explanation, /began before 1 July 2002/);
  assert.ok(!straddling.jurisdiction.paths.some((p) => p.incidents.includes("d1")), "no route can cure fn 24");
  // Begun before, end not known: still not met (the start decides).
  assert.equal(fn24(await run(withAttack({ start: "2001-06-01" })))!.outcome, "not_met");
  // Start not known, but the attack ended before 1 July 2002: it cannot have begun after it.
  assert.equal(fn24(await run(withAttack({ end: "2002-06-30" })))!.outcome, "not_met");
  // Murder in the same attack is not concerned: Art. 11 alone speaks for it.
  assert.equal(j(straddling, "m1").outcome, "established");
  assert.equal(j(straddling, "m1").actConditions, undefined);
  assert.ok(!j(straddling, "m1").conclusion.facts.some((f) => f.path === FN24));
});

test("undetermined: the attack's start not known — the question about the attack's dates is in missingFacts", async () => {
  for (const dates of [{}, { start: null, end: "2004-01-01" }]) {
    const a = await run(withAttack(dates));
    assert.equal(fn24(a)!.outcome, "undetermined");
    assert.equal(j(a, "d1").outcome, "undetermined");
    const m = a.missingFacts.find((x) => x.pointer === "/attack/start");
    assert.ok(m, JSON.stringify(a.missingFacts));
    assert.match(m.question, /attack as a whole begin and end/);
    assert.ok(m.neededFor.some((n) => n.includes('"d1"')));
    assert.ok(!m.neededFor.some((n) => n.includes('"m1"')), "murder does not wait on the attack's dates");
  }
  const a = await run(withAttack({}));
  assert.ok(a.missingFacts.some((x) => x.pointer === "/attack/end"), "with both unknown, both are asked for");
});

test("with `attacks`, each disappearance is measured against its own attack, at /attacks/K", async () => {
  const fs = {
    factSetVersion: 1, assessmentDate: "2020-01-01",
    attacks: [{ id: "old", ...context, start: "1999-01-01" }, { id: "new", ...context, start: "2010-01-01" }, { id: "unknown", ...context }],
    incidents: [incident("d-old", "enforced-disappearance", { attack: "old" }), incident("d-new", "enforced-disappearance", { attack: "new" }), incident("d-unknown", "enforced-disappearance", { attack: "unknown" })],
  };
  const a = await run(fs);
  assert.equal(fn24(a, "d-old")!.outcome, "not_met");
  assert.equal(fn24(a, "d-new")!.outcome, "met");
  assert.equal(fn24(a, "d-unknown")!.outcome, "undetermined");
  assert.deepEqual(fn24(a, "d-new")!.facts[0]!.from, ["/attacks/1/start", "/attacks/1/end"]);
  assert.ok(a.missingFacts.some((m) => m.pointer === "/attacks/2/start"));
  assert.ok(!a.missingFacts.some((m) => m.pointer === "/attacks/1/end"), "a known start on or after 1 July 2002 needs no end");
});

test("the memo shows the condition with the incident's jurisdiction, in both languages", async () => {
  const en = renderMemo(await run(withAttack({ start: "2001-06-01" })), { format: "md", lang: "en" });
  assert.ok(en.includes("#### Conditions for this act only"));
  assert.ok(en.includes("Enforced disappearance: the attack began after the Statute entered into force (1 July 2002)"));
  assert.equal(en.split("#### Conditions for this act only").length - 1, 1, "only the disappearance has one");
  const fr = renderMemo(await run(withAttack({ start: "2001-06-01" }), "fr"), { format: "md", lang: "fr" }).replace(/[\u00a0\u202f]/g, " ");
  assert.ok(fr.includes("#### Conditions propres à cet acte"));
  assert.ok(fr.includes("Disparition forcée : l'attaque a commencé après l'entrée en vigueur du Statut"));
});
