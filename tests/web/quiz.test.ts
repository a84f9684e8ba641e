/**
 * The quiz tab: the questions before any outcome, the answers graded exactly as
 * POST /v1/scenarios/:id/answers grades them, each miss with its rule, citation and the smallest
 * change of fact that would flip it; in French without English; on a pasted fact set too.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import { conclusionsOf } from "../../src/teach/conclusions";
import { gradeAnswers, quizQuestions } from "../../src/teach/quiz";
import { decodePatch, encodePatch } from "../../src/web/urlState";
import { patchFactSet } from "../../src/teach/patch";
import { FLIPS_PER_ANSWER, flipBudget, smallestFlip } from "../../src/web/flip";
import type { FactSet } from "../../src/facts/factSet.generated";
import en from "../../templates/web/en/strings.json";
import frStrings from "../../templates/web/fr/strings.json";
import { app, expectedOf, keyOf, scenario, scenarioIds } from "../http/helpers";
import { assertFrench } from "../facts/frenchErrors";

const BM = "bangladesh-myanmar";
const DEPORTATION = "incident/deportation-to-bangladesh/jurisdiction";
const DESTINATION = "incident/deportation-to-bangladesh/article7/art7-1-d-deportation-e1-destination";

async function assessed(facts: unknown, lang: "en" | "fr" = "en"): Promise<Assessment> {
  const r = await assess(facts, { lang });
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r.assessment;
}
/** The engine's own answer to every question, by question id. */
async function engineAnswers(facts: unknown): Promise<Record<string, string>> {
  const a = await assessed(facts);
  const asked = new Set(quizQuestions(a).map((q) => q.id));
  return Object.fromEntries(conclusionsOf(a).filter((c) => asked.has(c.key)).map((c) => [c.key, c.value]));
}
const form = (answers: Record<string, string>) => Object.fromEntries(Object.entries(answers).map(([k, v]) => [`q/${k}`, v]));
const main = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));
const decode = (html: string) => html.replace(/&amp;/g, "&").replace(/&#x3D;/g, "=").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
/** The graded answers on a result page: question id → right or wrong. */
const verdicts = (html: string) => new Map([...html.matchAll(/<li class="(right|wrong)" data-question="([^"]+)">/g)].map((m) => [m[2]!, m[1] === "right"]));
/** One graded answer's block on the result page. */
const block = (html: string, id: string) => {
  const at = html.indexOf(`data-question="${id}"`);
  assert.ok(at > 0, `no graded answer ${id}`);
  const next = html.indexOf("data-question=", at + 1);
  return html.slice(at, next > 0 ? next : html.indexOf("</ol>", at));
};
/** What a reader sees: the text without its tags. */
const text = (html: string) => decode(main(html).replace(/<[^>]+>/g, " "));
const legends = (html: string) => [...main(html).matchAll(/<legend>([^<]+)<\/legend>/g)].map((m) => decode(m[1]!));

test("the questions page asks every question of the quiz, before any outcome", async () => {
  const res = await request(app()).get(`/scenario/${BM}/quiz?lang=en`).expect(200);
  assert.match(res.headers["content-type"]!, /^text\/html/);
  assert.match(res.headers["content-security-policy"]!, /script-src 'self'/);
  const html = main(res.text);
  const a = await assessed(scenario(BM));
  for (const q of quizQuestions(a)) {
    for (const o of q.options) assert.ok(html.includes(`name="q/${q.id}" value="${o}"`), `${q.id}: ${o}`);
  }
  // A plain POST form to the same address (lang, rd), and htmx swapping the main element.
  assert.match(html, /<form method="post" action="\/scenario\/bangladesh-myanmar\/quiz\?lang&#x3D;en&amp;rd&#x3D;[0-9a-f]{12}" hx-post="[^"]+" hx-target="#main" hx-select="#main" hx-swap="outerHTML">/);
  // No outcome: nothing checked, no tree, no badge, no grade, no teacher's key.
  assert.doesNotMatch(html, /checked|class="tree"|class="node|✓|✗|class="badge"/);
  for (const s of [`${en.quizPage.yourAnswer}:`, en.quizPage.engineAnswer, en.quizPage.resultHeading, en.whatDecides, en.changes]) assert.ok(!text(res.text).includes(s), s);
  const key = expectedOf(BM) as { description: string; teaching: { objectives: string[] } };
  for (const text of [key.description, ...key.teaching.objectives]) assert.ok(!decode(html).includes(text.slice(0, 60)), text);
  // The facts as given are shown, the question's subject among them.
  assert.match(html, /<code>\/incidents\/0\/territories\/1\/part<\/code><\/dt><dd>an element of the crime<\/dd>/);
  // The scenario page's quiz tab leads here.
  const page = await request(app()).get(`/scenario/${BM}?lang=en`).expect(200);
  const tab = /<a href="([^"]+)">Quiz<\/a>/.exec(page.text)!;
  assert.equal(decode(tab[1]!).split("?")[0], `/scenario/${BM}/quiz`);
  await request(app()).get(decode(tab[1]!)).expect(200);
  await request(app()).get("/scenario/no-such/quiz").expect(404);
});

test("the engine's own answers score 100 %, in every scenario", async () => {
  for (const id of scenarioIds) {
    const answers = await engineAnswers(scenario(id));
    const n = Object.keys(answers).length;
    const res = await request(app()).post(`/scenario/${id}/quiz?lang=en`).type("form").send(form(answers)).expect(200);
    assert.ok(res.text.includes(`Score: ${n} of ${n} (100 %)`), id);
    assert.ok([...verdicts(res.text).values()].every(Boolean), id);
    assert.doesNotMatch(main(res.text), /class="flip"/, id);
  }
});

test("a miss names the rule, its citation, the facts it read and the smallest change that flips it", async () => {
  const right = await engineAnswers(scenario(BM));
  const answers = { ...right, [DEPORTATION]: "not_established", [DESTINATION]: "not_met" };
  const res = await request(app()).post(`/scenario/${BM}/quiz?lang=en`).type("form").send(form(answers)).expect(200);
  const n = Object.keys(right).length;
  assert.ok(res.text.includes(`Score: ${n - 2} of ${n} (${Math.round(((n - 2) / n) * 1000) / 10} %)`));

  const j = decode(block(res.text, DEPORTATION));
  assert.match(j, /<span class="badge" aria-hidden="true">✗<\/span> <span class="word">wrong<\/span>/, "a word and a badge");
  assert.match(j, /Your answer: <strong>not established<\/strong> · The engine's: <strong>established<\/strong>/);
  assert.match(j, /Rule:<\/span> Whether the Court may exercise jurisdiction over the incident \(Arts\. 11, 12, 13\(b\)\)/);
  assert.match(j, /Rome Statute, art\. 12/);
  // The search finds the Bangladesh territory: an element of the crime there, or only its effects.
  assert.match(j, /if “The conduct, or a legal element of the crime, took place on the territory of Bangladesh[^”]*” were only its effects, this would be not established\./);
  const href = /<p class="flip">.*?<a href="([^"]+)">/.exec(j)![1]!;
  const url = new URL(href, "http://x");
  assert.equal(url.pathname, `/scenario/${BM}`);
  assert.equal(url.hash, "#f-incidents-0-territories-1-part");
  const patch = decodePatch(url.searchParams.get("p"));
  assert.ok(patch.ok);
  assert.deepEqual(patch.patch, [{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }]);
  // That change does flip it.
  const flipped = patchFactSet(scenario(BM), patch.patch);
  assert.ok(flipped.ok);
  assert.equal(conclusionsOf(await assessed(flipped.value)).find((c) => c.key === DEPORTATION)!.value, "not_established");
  await request(app()).get(url.pathname + url.search).expect(200);

  // An element: its own fact, linked to its control on the scenario page, and the change of that fact.
  const d = decode(block(res.text, DESTINATION));
  assert.match(d, /<a href="\/scenario\/bangladesh-myanmar\?lang=en&rd=[0-9a-f]{12}#f-incidents-0-elements-toAnotherState">The persons were displaced across a State border, into another State<\/a> — <strong>yes<\/strong><\/li>/, "the condition's answer, said once");
  assert.match(d, /Elements of Crimes, art\. 7\(1\)\(d\), element 1/);
  assert.match(d, /were no, this would be not met\./);
  const p2 = decodePatch(new URL(/<p class="flip">.*?<a href="([^"]+)">/.exec(d)![1]!, "http://x").searchParams.get("p"));
  assert.ok(p2.ok);
  assert.deepEqual(p2.patch, [{ op: "replace", path: "/incidents/0/elements/toAnotherState", value: false }]);
  // A right answer carries no explanation.
  assert.doesNotMatch(block(res.text, "trigger"), /Rule:/);
});

test("the grades are POST /v1/scenarios/:id/answers's, for the same answers", async () => {
  for (const id of [BM, "xinjiang", "philippines"]) {
    const right = await engineAnswers(scenario(id));
    const quiz = (await request(app()).get(`/v1/scenarios/${id}/quiz`).expect(200)).body.questions as { id: string; options: string[] }[];
    // Every third answer wrong, every fifth left out, and one id that is no question.
    const answers: Record<string, string> = { "no-such-question": "met" };
    quiz.forEach((q, k) => {
      if (k % 5 === 4) return;
      answers[q.id] = k % 3 === 0 ? q.options.find((o) => o !== right[q.id])! : right[q.id]!;
    });
    const api = (await request(app()).post(`/v1/scenarios/${id}/answers`).send({ answers }).expect(200)).body as { score: { correct: number; total: number; percent: number }; results: { id: string; correct: boolean }[] };
    const page = await request(app()).post(`/scenario/${id}/quiz?lang=en`).type("form").send(form(answers)).expect(200);
    assert.deepEqual(verdicts(page.text), new Map(api.results.map((r) => [r.id, r.correct])), id);
    assert.ok(page.text.includes(`Score: ${api.score.correct} of ${api.score.total} (${api.score.percent} %)`), id);
    assert.match(page.text, /Answers to questions this quiz does not ask [^<]*were ignored: 1\./);
  }
});

test("the quiz is on the facts the link gives: the scenario with its changes", async () => {
  const p = [{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }];
  const facts = patchFactSet(scenario(BM), p);
  assert.ok(facts.ok);
  const q = await request(app()).get(`/scenario/${BM}/quiz?lang=en&p=${encodePatch(p)}`).expect(200);
  assert.match(q.text, /<code>\/incidents\/0\/territories\/1\/part<\/code><\/dt><dd>only its effects<\/dd>/);
  assert.ok(decode(q.text).includes(`action="/scenario/${BM}/quiz?lang=en&p=${encodePatch(p)}&rd=`));
  const answers = await engineAnswers(facts.value);
  assert.equal(answers[DEPORTATION], "not_established");
  const graded = await request(app()).post(`/scenario/${BM}/quiz?lang=en&p=${encodePatch(p)}`).type("form").send(form(answers)).expect(200);
  const n = Object.keys(answers).length;
  assert.ok(graded.text.includes(`Score: ${n} of ${n} (100 %)`));
  // With htmx: the same page, whose main element is swapped.
  const hx = await request(app()).post(`/scenario/${BM}/quiz?lang=en`).set("HX-Request", "true").type("form").send({}).expect(200);
  assert.match(hx.text, /<main id="main"/);
  assert.ok(hx.text.includes(`Score: 0 of ${n} (0 %)`));
});

test("the French pages are French: no English prompt, no English word of the quiz", async () => {
  // The page's own English (the fact set's descriptions are its own words, in its own language).
  const english = Object.values(en.quizPage).map((s) => s.split(/\{\w+\}/)[0]!).filter((s) => s.length > 12);
  for (const id of [BM, "xinjiang", "classroom-withdrawal-timing", "afghanistan"]) {
    const enPage = await request(app()).get(`/scenario/${id}/quiz?lang=en`).expect(200);
    const frPage = await request(app()).get(`/scenario/${id}/quiz?lang=fr`).expect(200);
    const prompts = legends(enPage.text);
    assert.equal(legends(frPage.text).length, prompts.length, id);
    const fr = text(frPage.text);
    for (const prompt of prompts) assert.ok(!fr.includes(prompt), `${id}: “${prompt}” is English`);
    // Nor the API's English prompts (conclusions.ts).
    for (const q of quizQuestions(await assessed(scenario(id)))) assert.ok(!fr.includes(q.prompt), `${id}: ${q.prompt}`);
    for (const s of english) assert.ok(!fr.includes(s), `${id}: ${s}`);
    // The result page too, every answer wrong.
    const right = await engineAnswers(scenario(id));
    const quiz = quizQuestions(await assessed(scenario(id)));
    const wrong = Object.fromEntries(quiz.map((q) => [q.id, q.options.find((o) => o !== right[q.id])!]));
    const graded = text((await request(app()).post(`/scenario/${id}/quiz?lang=fr`).type("form").send(form(wrong)).expect(200)).text);
    assert.match(graded, /Note[\u00a0 ]: 0 sur \d+ \(0[\u00a0\u202f ]%\)/);
    for (const s of english) assert.ok(!graded.includes(s), `${id} result: ${s}`);
    for (const prompt of prompts) assert.ok(!graded.includes(` ${prompt} `), `${id} result: “${prompt}”`);
    assert.doesNotMatch(graded, /Jurisdiction over|Crimes against humanity|The smallest change|Your answer/);
  }
});

test("a quiz on a pasted fact set: errors at their pointers, then the same predict-then-reveal, nothing stored", async () => {
  const form0 = await request(app()).get("/quiz?lang=en").expect(200);
  assert.match(form0.text, /<textarea id="quiz-facts" name="facts"/);
  assert.ok(form0.text.includes(en.quizPage.pasteStored));

  const bad = scenario("darfur") as { incidents: Record<string, unknown>[] };
  bad.incidents[0]!.partOfAttack = "maybe";
  const invalid = await request(app()).post("/quiz?lang=en").type("form").send({ facts: JSON.stringify(bad) }).expect(422);
  assert.match(invalid.text, /role="alert"/);
  assert.match(invalid.text, /<li><code>\/incidents\/0\/partOfAttack<\/code> must be/);
  assert.ok(invalid.text.includes("&quot;partOfAttack&quot;:&quot;maybe&quot;"), "the text comes back to be corrected");
  // In French, the same errors at the same pointers, in French.
  const invalidFr = await request(app()).post("/quiz?lang=fr").type("form").send({ facts: JSON.stringify(bad) }).expect(422);
  const errorsOf = (html: string) => [...html.matchAll(/<li><code>([^<]*)<\/code> ([^<]*)<\/li>/g)].map((m) => [m[1]!, m[2]!.replace(/&#x27;/g, "'").replace(/&quot;/g, '"')] as const);
  assert.deepEqual(errorsOf(invalidFr.text).map(([p]) => p), errorsOf(invalid.text).map(([p]) => p));
  assert.deepEqual(errorsOf(invalidFr.text)[0], ["/incidents/0/partOfAttack", "doit être de type boolean ou null"]);
  for (const [p, m] of errorsOf(invalidFr.text)) assertFrench(m, p);
  const notJson = await request(app()).post("/quiz?lang=fr").type("form").send({ facts: "{ nope" }).expect(422);
  assert.match(notJson.text, /<li><code>facts<\/code> n&#x27;est pas du JSON/);
  await request(app()).post("/quiz?lang=en").type("form").send({}).expect(422);
  const json = await request(app()).post("/quiz?lang=en").set("Content-Type", "application/json").send("{}").expect(415);
  assert.match(json.text, /application\/x-www-form-urlencoded/);
  // With htmx, errors come back as a 200, which htmx swaps.
  await request(app()).post("/quiz?lang=en").set("HX-Request", "true").type("form").send({ facts: "[" }).expect(200);

  // Two attacks: a fact set no scenario has. Its questions, then its grade.
  const met = { multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true };
  const murder = (id: string, attack: string) => ({ id, act: "murder", attack, elements: { killed: true, intent: true }, partOfAttack: true, knowledgeOfAttack: true, start: "2019-01-01", end: "2019-01-31", territories: [{ state: "BGD", part: "conduct" }] });
  const mine = {
    factSetVersion: 1, assessmentDate: "2020-01-01", title: "Two attacks",
    attacks: [{ id: "north", ...met }, { id: "south", ...met, againstCivilianPopulation: false }],
    incidents: [murder("n1", "north"), murder("s1", "south")],
    proprioMotu: { authorized: "2019-12-01" },
  };
  const asked = await request(app()).post("/quiz?lang=en").type("form").send({ facts: JSON.stringify(mine, null, 2) }).expect(200);
  const hidden = /<input type="hidden" name="facts" value="([^"]+)">/.exec(asked.text)!;
  assert.deepEqual(JSON.parse(decode(hidden[1]!)), mine);
  assert.match(asked.text, /<input type="hidden" name="step" value="grade">/);
  assert.match(asked.text, /<legend>The attack “south”<\/legend>/);
  assert.doesNotMatch(main(asked.text), /checked|✓|✗/);
  const a = await assessed(mine);
  const right = await engineAnswers(mine);
  const answers = { ...right, "contextual/south": "met" };
  const graded = await request(app()).post("/quiz?lang=en").type("form").send({ facts: JSON.stringify(mine), step: "grade", ...form(answers) }).expect(200);
  const grade = gradeAnswers(a, answers);
  assert.deepEqual(verdicts(graded.text), new Map(grade.results.map((r) => [r.id, r.correct])));
  assert.ok(graded.text.includes(`Score: ${grade.score.correct} of ${grade.score.total} (${grade.score.percent} %)`));
  // No scenario page to link to: the change is given as a JSON Patch.
  const south = decode(block(graded.text, "contextual/south"));
  assert.match(south, /were yes, this would be met\./);
  assert.match(south, /As a JSON Patch: <code>\[\{"op":"replace","path":"\/attacks\/1\/againstCivilianPopulation","value":true\}\]<\/code>/);
  assert.doesNotMatch(south, /href="\/scenario/);
  // Answer again: the fact set goes back in a form, not a link.
  assert.match(graded.text, /<form method="post" action="\/quiz\?lang&#x3D;en"[^>]*>\n<input type="hidden" name="facts"/);
});

test("bad answers are a page that names the field, never a 500", async () => {
  const twice = await request(app()).post(`/scenario/${BM}/quiz?lang=en`).type("form").send("q/jurisdiction=established&q/jurisdiction=undetermined").expect(400);
  assert.match(twice.text, /q\/jurisdiction: give one answer, of at most 40 characters/);
  const long = await request(app()).post(`/scenario/${BM}/quiz?lang=en`).type("form").send({ "q/trigger": "x".repeat(41) }).expect(400);
  assert.match(long.text, /q\/trigger/);
  const big = await request(app()).post(`/scenario/${BM}/quiz?lang=en`).type("form").send({ "q/trigger": "x".repeat(70 * 1024) }).expect(413);
  assert.match(big.text, /over the limit of 65,536 bytes/);
  await request(app()).post(`/scenario/${BM}/quiz?lang=en`).set("Content-Type", "text/plain").send("q/trigger=met").expect(415);
  // An answer that is no option is simply wrong, as the API grades it.
  const odd = await request(app()).post(`/scenario/${BM}/quiz?lang=en`).type("form").send({ "q/trigger": "maybe" }).expect(200);
  assert.match(block(odd.text, "trigger"), /Your answer: <strong>maybe<\/strong>/);
  for (const r of [twice, long, big, odd]) assert.doesNotMatch(r.text, /\bat .*\.(js|ts):\d+|node_modules/);
});

test("the search for a flip is capped per answer and per answer sheet, and reuses what it assessed", async () => {
  const current = scenario(BM) as unknown as FactSet;
  const candidates = Array.from({ length: 15 }, (_, k) => ({ pointer: `/incidents/0/elements/e${k}`, name: `e${k}`, values: [{ control: "no", label: "no" }, { control: "unknown", label: "unknown" }] }));
  let calls = 0;
  const never = async () => { calls++; return new Map([["k", "met"]]); };
  const budget = flipBudget(20);
  const first = await smallestFlip(current, "k", "not_met", candidates, never, budget);
  assert.equal(first.flip, undefined);
  assert.equal(first.tried, FLIPS_PER_ANSWER);
  assert.equal(calls, FLIPS_PER_ANSWER);
  // The same changes again: from the cache, no new assessment.
  await smallestFlip(current, "k", "undetermined", candidates, never, budget);
  assert.equal(calls, FLIPS_PER_ANSWER);
  // A wider search runs out of the sheet's budget and says so.
  const wide = await smallestFlip(current, "k", "not_met", candidates, never, budget, 100);
  assert.equal(calls, 20);
  assert.ok(!wide.flip && "skipped" in wide && wide.skipped);
  // The first change that gives the answer is the one reported.
  const at3 = await smallestFlip(current, "k", "not_met", candidates, async (f) => new Map([["k", (f as unknown as { incidents: { elements: Record<string, unknown> }[] }).incidents[0]!.elements.e3 === false ? "not_met" : "met"]]), flipBudget());
  assert.equal(at3.flip?.pointer, "/incidents/0/elements/e3");
  assert.equal(at3.flip?.control, "no");
  assert.equal(at3.tried, 7);
});

test("the page's words for the quiz are in both languages, under the same keys", async () => {
  assert.deepEqual(Object.keys(frStrings.quizPage).sort(), Object.keys(en.quizPage).sort());
  for (const [k, v] of Object.entries(frStrings.quizPage)) assert.notEqual(v, (en.quizPage as Record<string, string>)[k], k);
});

test("the quiz's key stays with the teacher: GET /v1/scenarios/:id sends expected only with ?include=expected", async () => {
  const plain = await request(app()).get(`/v1/scenarios/${BM}`).expect(200);
  assert.equal(plain.body.expected, undefined);
  const key = await request(app()).get(`/v1/scenarios/${BM}?include=expected`).expect(200);
  assert.deepEqual(key.body.expected, keyOf(BM));
});

test("the quiz's facts include the record the trigger and Art. 16 questions turn on, with no outcome", async () => {
  const darfur = (await request(app()).get("/scenario/darfur/quiz?lang=en").expect(200)).text;
  assert.match(darfur, /<h3>The Court&#x27;s record: Security Council resolution 1593 \(2005\)<\/h3>/);
  const deferral = (await request(app()).get("/scenario/classroom-deferral-16/quiz?lang=fr").expect(200)).text;
  assert.match(deferral, /<h3>Renvoi du 1er novembre 2023 \(Ghana\)<\/h3>/);
  assert.match(deferral, /<h3>Sursis demandé dans la résolution [^<]+\(art\. 16\)<\/h3>/);
  // Matter of record, not of outcome: no outcome word, no "read" mark, before the answers.
  const facts = /<section class="facts"[\s\S]*?<\/section>\s*<\/section>|<section class="facts"[\s\S]*?<details class="teaching">/.exec(darfur)![0];
  assert.doesNotMatch(facts, /\b(established|not established|triggered|not triggered|undetermined)\b/);
});
