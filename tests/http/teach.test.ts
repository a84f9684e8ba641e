/**
 * The teaching routes: a scenario's quiz, answers graded against the engine, and what-if
 * comparisons (two fact sets, or one and an RFC 6902 patch). Every response is validated
 * against the OpenAPI document.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import type { Response } from "supertest";
import { AssessOptions, assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import { conclusionsOf } from "../../src/teach/conclusions";
import { quizQuestions } from "../../src/teach/quiz";
import { app, assertProblem, makeApp, openApi, scenario, scenarioIds } from "./helpers";

type Json = Record<string, unknown>;
interface Graded { id: string; answer: string | null; expected: string; correct: boolean; rule?: string; provision?: string; citations?: string[]; explanation?: string; facts?: { name: string; pointer?: string; value: unknown; outcome: string }[] }
interface Change { key: string; before: string | null; after: string | null; becauseOf: string[]; rule?: string; why?: string }

const BM = "bangladesh-myanmar";
const BORDER = "/incidents/0/territories/1/part";
const EFFECTS_ONLY = [{ op: "replace", path: BORDER, value: "effects" }];

async function assessed(id: string, lang: "en" | "fr" = "en"): Promise<Assessment> {
  const r = await assess(scenario(id), { lang });
  assert.ok(r.ok);
  return r.assessment;
}
/** The engine's own answer to every question of the scenario's quiz. */
async function engineAnswers(id: string): Promise<Record<string, string>> {
  const a = await assessed(id);
  const asked = new Set(quizQuestions(a).map((q) => q.id));
  return Object.fromEntries(conclusionsOf(a).filter((c) => asked.has(c.key)).map((c) => [c.key, c.value]));
}
const pointers = (p: Json) => (p.errors as { pointer: string }[]).map((e) => e.pointer);

// -- The quiz

test("GET /v1/scenarios/:id/quiz: the scenario's conclusions as questions, each with its options", async () => {
  const { check } = await openApi();
  const res = await request(app()).get(`/v1/scenarios/${BM}/quiz`).expect(200);
  check(res, "/v1/scenarios/{id}/quiz", "GET");
  assert.match(String(res.headers["content-type"]), /^application\/json; charset=utf-8/);
  assert.equal(res.body.scenario, BM);
  const questions = res.body.questions as { id: string; prompt: string; options: string[] }[];
  assert.deepEqual(questions, JSON.parse(JSON.stringify(quizQuestions(await assessed(BM)))));
  const byId = new Map(questions.map((q) => [q.id, q]));
  assert.deepEqual(byId.get("jurisdiction")?.options, ["established", "not_established", "undetermined"]);
  assert.deepEqual(byId.get("trigger")?.options, ["triggered", "not_triggered", "undetermined"]);
  assert.deepEqual(byId.get("incident/deportation-to-bangladesh/article7")?.options, ["met", "not_met", "undetermined"]);
  assert.ok(byId.has("incident/deportation-to-bangladesh/jurisdiction"));
  for (const q of questions) assert.ok(q.prompt.length > 0 && q.options.length === 3, q.id);
  // A GET: cacheable and revalidable; HEAD works.
  assert.ok(res.headers.etag);
  await request(app()).get(`/v1/scenarios/${BM}/quiz`).set("If-None-Match", res.headers.etag!).expect(304);
  assert.equal((await request(app()).head(`/v1/scenarios/${BM}/quiz`)).status, 200);
});

test("GET /v1/scenarios/:id/quiz?lang=fr: the same questions (same ids and options), put in French", async () => {
  const { check } = await openApi();
  const en = await request(app()).get(`/v1/scenarios/${BM}/quiz?lang=en`).expect(200);
  const fr = await request(app()).get(`/v1/scenarios/${BM}/quiz?lang=fr`).expect(200);
  check(fr, "/v1/scenarios/{id}/quiz", "GET");
  const strip = (qs: { id: string; options: string[] }[]) => qs.map((q) => ({ id: q.id, options: q.options }));
  assert.deepEqual(strip(fr.body.questions), strip(en.body.questions));
  assert.ok((fr.body.questions as { prompt: string }[]).some((q, i) => q.prompt !== en.body.questions[i].prompt), "some prompt is translated");
  assert.deepEqual(fr.body.questions, JSON.parse(JSON.stringify(quizQuestions(await assessed(BM, "fr")))));
});

test("every scenario has a quiz, valid against the document", async () => {
  const { check } = await openApi();
  for (const id of scenarioIds) {
    const res = await request(app()).get(`/v1/scenarios/${id}/quiz`).expect(200);
    check(res, "/v1/scenarios/{id}/quiz", "GET");
    assert.equal(res.body.scenario, id);
    assert.ok(res.body.questions.length >= 3, id);
  }
});

// -- Grading

test("POST /v1/scenarios/:id/answers: a wrong set of answers is graded, each miss explained (rule, citations, facts)", async () => {
  const { check } = await openApi();
  const right = await engineAnswers(BM);
  const options = new Map((await request(app()).get(`/v1/scenarios/${BM}/quiz`).expect(200)).body.questions.map((q: { id: string; options: string[] }) => [q.id, q.options]));
  const wrongOn = [
    "trigger",
    "contextual",
    "incident/deportation-to-bangladesh/jurisdiction",
    "incident/deportation-to-bangladesh/jurisdiction/art12-preconditions",
    "incident/deportation-to-bangladesh/article7/art7-1-d-deportation-e1-destination",
    "incident/killings-in-rakhine/article7/art7-1-a-e1",
  ];
  const answers: Record<string, string> = { ...right, "not-a-question": "met" };
  for (const id of wrongOn) {
    assert.ok(right[id], `${id} is a question`);
    answers[id] = (options.get(id) as string[]).find((o) => o !== right[id])!;
  }
  const res = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers }).expect(200);
  check(res, "/v1/scenarios/{id}/answers", "POST");
  assert.equal(res.headers["cache-control"], "no-store");
  const grade = res.body as { scenario: string; score: { correct: number; total: number; percent: number }; results: Graded[]; unknownAnswers: string[] };
  assert.equal(grade.scenario, BM);
  const total = Object.keys(right).length;
  assert.deepEqual(grade.score, { correct: total - wrongOn.length, total, percent: Math.round(((total - wrongOn.length) / total) * 1000) / 10 });
  assert.deepEqual(grade.unknownAnswers, ["not-a-question"]);
  const misses = grade.results.filter((r) => !r.correct);
  assert.deepEqual(misses.map((r) => r.id).sort(), [...wrongOn].sort());
  for (const m of misses) {
    assert.equal(m.answer, answers[m.id]);
    assert.equal(m.expected, right[m.id]);
    assert.ok(m.rule && m.provision, `${m.id}: the rule that decides it`);
    assert.ok(m.citations && m.citations.length > 0 && m.citations.every((c) => c.length > 0), `${m.id}: its citations`);
    assert.ok(m.explanation && m.explanation.length > 20, `${m.id}: its explanation`);
    assert.ok(m.facts && m.facts.length > 0, `${m.id}: the facts that decide it`);
    for (const f of m.facts) assert.ok(f.name && ["met", "not_met", "undetermined"].includes(f.outcome), JSON.stringify(f));
  }
  // An element's miss points into the fact set: the facts a student should have read.
  const destination = misses.find((m) => m.id.endsWith("art7-1-d-deportation-e1-destination"))!;
  assert.ok(destination.facts!.some((f) => f.pointer?.startsWith("/incidents/0/")), JSON.stringify(destination.facts));
  // A right answer carries no facts.
  for (const r of grade.results.filter((x) => x.correct)) assert.equal(r.facts, undefined, r.id);
});

test("POST /v1/scenarios/:id/answers: the engine's own answers score 100%, in every scenario", async () => {
  const { check } = await openApi();
  for (const id of scenarioIds) {
    const answers = await engineAnswers(id);
    const res = await request(app()).post(`/v1/scenarios/${id}/answers`).send({ answers }).expect(200);
    check(res, "/v1/scenarios/{id}/answers", "POST");
    const n = Object.keys(answers).length;
    assert.deepEqual(res.body.score, { correct: n, total: n, percent: 100 }, id);
    assert.deepEqual(res.body.unknownAnswers, []);
  }
  // In French too: the question ids and answers do not depend on the language.
  const fr = await request(app()).post(`/v1/scenarios/${BM}/answers?lang=fr`).send({ answers: await engineAnswers(BM) }).expect(200);
  check(fr, "/v1/scenarios/{id}/answers", "POST");
  assert.equal(fr.body.score.percent, 100);
});

test("POST /v1/scenarios/:id/answers: no answers at all is refused, not a score of 0; one answer grades every question", async () => {
  const { check } = await openApi();
  const none = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers: {} }).expect(422);
  check(none, "/v1/scenarios/{id}/answers", "POST");
  assert.deepEqual(none.body.errors, [{ pointer: "/answers", message: `has no answer: give at least one, {"<question id>": "<answer>"} (GET /v1/scenarios/${BM}/quiz lists the questions)` }]);
  const one = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers: { jurisdiction: "not_established" } }).expect(200);
  check(one, "/v1/scenarios/{id}/answers", "POST");
  assert.equal(one.body.score.correct, 0);
  assert.ok((one.body.results as Graded[]).filter((r) => r.id !== "jurisdiction").every((r) => r.answer === null && !r.correct));
});

test("422: answers that are not {answers: {<id>: <string of at most 40 characters>}} or that map (at most 2,000), none, or none a question", async () => {
  const { check } = await openApi();
  const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`q${i}`, "met"]));
  const cases: [unknown, string[]][] = [
    [{}, [""]],
    [{ answers: {} }, ["/answers"]],
    [[], [""]],
    [{ jurisdiction: 1 }, ["/jurisdiction"]],
    [{ answers: [] }, ["/answers"]],
    [{ answers: "met" }, ["/answers"]],
    [{ answers: { jurisdiction: 1, trigger: null, "a/b": ["met"] } }, ["/answers/jurisdiction", "/answers/trigger", "/answers/a~1b"]],
    [{ answers: { jurisdiction: "x".repeat(41) } }, ["/answers/jurisdiction"]],
    [{ answers: many }, ["/answers"]],
    [{ answers: {}, name: "student" }, ["/name"]],
  ];
  for (const [body, expected] of cases) {
    const res = await request(app()).post(`/v1/scenarios/${BM}/answers`).set("Content-Type", "application/json").send(JSON.stringify(body));
    const p = assertProblem(res, 422);
    check(res, "/v1/scenarios/{id}/answers", "POST");
    assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-answers");
    assert.deepEqual(pointers(p).sort(), [...expected].sort(), JSON.stringify(body).slice(0, 80));
    for (const e of p.errors as { message: string }[]) assert.ok(e.message.length > 0);
  }
  // Exactly 2,000 answers of 40 characters are read; none is a question here, which is refused, each named.
  const most = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`q${i}`, "x".repeat(40)]));
  const none = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers: most }).expect(422);
  assert.equal(none.body.errors.length, 100);
  assert.match(none.body.errors[0].message, /^is not a question of this quiz, and none of the answers given is one \(GET \/v1\/scenarios\/.+\/quiz lists/);
  // One question among them is enough: the rest are graded as unknown, and listed.
  const { q0: _dropped, ...rest } = most;
  void _dropped;
  const one = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers: { ...rest, jurisdiction: "established" } }).expect(200);
  assert.equal(one.body.unknownAnswers.length, 1999);
});

test("the answers in one shape for the command line and HTTP: the bare map is read as {answers}, an answer not an option is refused with the options", async () => {
  const wrapped = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers: { jurisdiction: "established", trigger: "triggered" } }).expect(200);
  const bare = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ jurisdiction: "established", trigger: "triggered" }).expect(200);
  assert.deepEqual(bare.body, wrapped.body);
  assert.ok(bare.body.score.correct >= 1);
  const notOption = await request(app()).post(`/v1/scenarios/${BM}/answers?lang=fr`).send({ jurisdiction: "not established" }).expect(422);
  assert.deepEqual(notOption.body.errors.map((e: { pointer: string }) => e.pointer), ["/jurisdiction"]);
  assert.match(notOption.body.errors[0].message, /^n'est pas l'une des réponses de cette question\u00a0: donnez «\u00a0established\u00a0», «\u00a0not_established\u00a0» ou «\u00a0undetermined\u00a0»\u202f; vouliez-vous dire «\u00a0not_established\u00a0»\u202f\?$/);
  const yes = await request(app()).post(`/v1/scenarios/${BM}/answers`).send({ answers: { jurisdiction: "yes" } }).expect(422);
  assert.equal(yes.body.errors[0].message, 'is not one of this question\'s answers: give "established", "not_established", or "undetermined"');
});

test("400/415 on the answers route: no body, a body that is not JSON", async () => {
  const { check } = await openApi();
  const none = await request(app()).post(`/v1/scenarios/${BM}/answers`);
  assert.equal(assertProblem(none, 400).type, "https://rome-assess.invalid/problems/missing-body");
  check(none, "/v1/scenarios/{id}/answers", "POST");
  assert.match(String(JSON.parse(none.text).detail), /answers/);
  const text = await request(app()).post(`/v1/scenarios/${BM}/answers`).set("Content-Type", "text/plain").send("jurisdiction=met");
  assertProblem(text, 415);
  check(text, "/v1/scenarios/{id}/answers", "POST");
  const broken = await request(app()).post(`/v1/scenarios/${BM}/answers`).set("Content-Type", "application/json").send("{ answers");
  assertProblem(broken, 400);
  check(broken, "/v1/scenarios/{id}/answers", "POST");
});

test("a scenario's assessment is computed once per (scenario, language), on first use", async () => {
  const calls: string[] = [];
  const counting = makeApp({ assess: (async (input: unknown, options?: AssessOptions) => { calls.push(`${(input as { id?: string }).id}:${options?.lang}`); return assess(input, options); }) as typeof assess });
  assert.deepEqual(calls, [], "nothing is assessed at start-up");
  for (let i = 0; i < 3; i++) {
    await request(counting).get(`/v1/scenarios/${BM}/quiz`).expect(200);
    await request(counting).post(`/v1/scenarios/${BM}/answers`).send({ answers: { trigger: "triggered" } }).expect(200);
  }
  assert.deepEqual(calls, [`${BM}:en`]);
  // Concurrent first requests share one computation.
  await Promise.all([1, 2, 3].map(() => request(counting).get(`/v1/scenarios/${BM}/quiz?lang=fr`).expect(200)));
  await request(counting).post(`/v1/scenarios/${BM}/answers?lang=fr`).send({ answers: { trigger: "triggered" } }).expect(200);
  await request(counting).get("/v1/scenarios/darfur/quiz").expect(200);
  assert.deepEqual(calls, [`${BM}:en`, `${BM}:fr`, "darfur:en"]);
});

test("a failed computation is not kept: the next request tries again; the 500 says nothing of the cause", async () => {
  const { check } = await openApi();
  let fail = true;
  const flaky = makeApp({ assess: (async (input: unknown, options?: AssessOptions) => { if (fail) throw new Error("secret engine failure"); return assess(input, options); }) as typeof assess });
  const res = await request(flaky).get(`/v1/scenarios/${BM}/quiz`);
  assertProblem(res, 500);
  check(res, "/v1/scenarios/{id}/quiz", "GET");
  assert.doesNotMatch(res.text, /secret/);
  const graded = await request(flaky).post(`/v1/scenarios/${BM}/answers`).send({ answers: {} });
  assertProblem(graded, 500);
  check(graded, "/v1/scenarios/{id}/answers", "POST");
  fail = false;
  await request(flaky).get(`/v1/scenarios/${BM}/quiz`).expect(200);
});

// -- The teacher's key

test("GET /v1/scenarios/:id answers no quiz: the expected outcome only with ?include=expected", async () => {
  const { check } = await openApi();
  const plain = await request(app()).get(`/v1/scenarios/${BM}`).expect(200);
  check(plain, "/v1/scenarios/{id}", "GET");
  assert.deepEqual(Object.keys(plain.body).sort(), ["factSet", "id", "title"]);
  assert.doesNotMatch(plain.text, /"expected"|"not_established"|"triggerBy"/, "nothing of the key");
  const key = await request(app()).get(`/v1/scenarios/${BM}?include=expected`).expect(200);
  check(key, "/v1/scenarios/{id}", "GET");
  assert.deepEqual(key.body.factSet, plain.body.factSet);
  const expected = key.body.expected as { jurisdiction: string; incidents: Record<string, { jurisdiction: string }> };
  assert.equal(expected.jurisdiction, "established");
  assert.equal(expected.incidents["killings-in-rakhine"]!.jurisdiction, "not_established");
  assert.notEqual(plain.headers.etag, key.headers.etag, "two bodies, two ETags");
  for (const bad of ["answers", "expected,teaching", ""]) {
    const res = await request(app()).get(`/v1/scenarios/${BM}?include=${bad}`);
    const problem = assertProblem(res, 400);
    check(res, "/v1/scenarios/{id}", "GET");
    assert.match(String(problem.detail), /"include"/);
  }
  assertProblem(await request(app()).get(`/v1/scenarios/${BM}?include=expected&include=expected`), 400);
});

// -- Comparisons

function checkDeportationLost(body: { factChanges: Json[]; changes: Change[]; unchanged: number; outcomes: Json }) {
  assert.deepEqual(body.factChanges, [{ op: "replace", pointer: BORDER, before: "element", after: "effects" }]);
  const byKey = new Map(body.changes.map((c) => [c.key, c]));
  const incident = byKey.get("incident/deportation-to-bangladesh/jurisdiction");
  assert.ok(incident, JSON.stringify(body.changes.map((c) => c.key)));
  assert.equal(incident.before, "established");
  assert.equal(incident.after, "not_established");
  assert.ok(incident.rule && incident.why);
  // The conclusion that read the changed fact names it: the border crossing into Bangladesh.
  const because = body.changes.filter((c) => c.becauseOf.includes(BORDER));
  assert.ok(because.length > 0);
  assert.ok(because.every((c) => c.key === "jurisdiction" || c.key.startsWith("incident/deportation-to-bangladesh/")), JSON.stringify(because.map((c) => c.key)));
  assert.ok(because.some((c) => c.before === "met" && c.after === "not_met" && /territory:BGD/.test(c.key)));
  assert.deepEqual(body.outcomes, {
    before: { jurisdiction: "established", trigger: "triggered", crimesAgainstHumanity: "met" },
    // The 2019 authorization reaches crimes at least in part on Bangladesh's territory: with only effects there, neither incident is within it.
    after: { jurisdiction: "not_established", trigger: "not_triggered", crimesAgainstHumanity: "met" },
  });
  // The killings inside Myanmar do not change.
  assert.ok(!body.changes.some((c) => c.key.startsWith("incident/killings-in-rakhine/")));
  assert.ok(body.unchanged > 0);
}

test("POST /v1/compare with two fact sets: the border crossing felt only as effects loses the deportation", async () => {
  const { check } = await openApi();
  const before = scenario(BM);
  const after = structuredClone(before) as { incidents: { territories: { part: string }[] }[] };
  after.incidents[0]!.territories[1]!.part = "effects";
  const res = await request(app()).post("/v1/compare").send({ before, after }).expect(200);
  check(res, "/v1/compare", "POST");
  assert.equal(res.headers["cache-control"], "no-store");
  assert.deepEqual(Object.keys(res.body).sort(), ["changes", "factChanges", "outcomes", "unchanged"], "the two assessments are not echoed");
  checkDeportationLost(res.body);
});

test("POST /v1/compare with a patch gives what the patched fact set gives", async () => {
  const { check } = await openApi();
  const before = scenario(BM);
  const res = await request(app()).post("/v1/compare").send({ before, patch: EFFECTS_ONLY }).expect(200);
  check(res, "/v1/compare", "POST");
  checkDeportationLost(res.body);
  const after = structuredClone(before) as { incidents: { territories: { part: string }[] }[] };
  after.incidents[0]!.territories[1]!.part = "effects";
  const twoSets = await request(app()).post("/v1/compare").send({ before, after }).expect(200);
  assert.deepEqual(res.body, twoSets.body);
  // The request body is not changed by the patch (it is applied to a copy): the fact changes say so.
  assert.equal(res.body.factChanges[0].before, "element");
});

test("POST /v1/compare?lang=fr explains in French; an empty patch changes nothing", async () => {
  const { check } = await openApi();
  const before = scenario(BM);
  const en = await request(app()).post("/v1/compare").send({ before, patch: EFFECTS_ONLY }).expect(200);
  const fr = await request(app()).post("/v1/compare?lang=fr").send({ before, patch: EFFECTS_ONLY }).expect(200);
  check(fr, "/v1/compare", "POST");
  assert.deepEqual(fr.body.outcomes, en.body.outcomes);
  assert.deepEqual((fr.body.changes as Change[]).map((c) => c.key), (en.body.changes as Change[]).map((c) => c.key));
  assert.notDeepEqual((fr.body.changes as Change[]).map((c) => c.why), (en.body.changes as Change[]).map((c) => c.why));
  const same = await request(app()).post("/v1/compare").send({ before, patch: [] }).expect(200);
  check(same, "/v1/compare", "POST");
  assert.deepEqual(same.body.factChanges, []);
  assert.deepEqual(same.body.changes, []);
  assert.deepEqual(same.body.outcomes.before, same.body.outcomes.after);
});

test("422: a patch that cannot be applied names the operation, /patch/<index>", async () => {
  const { check } = await openApi();
  const before = scenario(BM);
  const cases: [unknown[], string][] = [
    [[{ op: "replace", path: "/incidents/7/territories/0/part", value: "effects" }], "/patch/0"],
    [[{ op: "remove", path: "/nowhere" }], "/patch/0"],
    [[{ op: "test", path: BORDER, value: "effects" }], "/patch/0"],
    [[{ op: "paint", path: BORDER }], "/patch/0"],
    [[{ op: "_get", path: BORDER }], "/patch/0"],
    [["replace"], "/patch/0"],
    [[{ op: "add", path: "/incidents/0/territories/9", value: {} }], "/patch/0"],
    [[{ op: "replace" }], "/patch/0"],
    [[{ op: "add", path: BORDER }], "/patch/0"],
    [EFFECTS_ONLY.concat([{ op: "move", from: "/nowhere", path: "/title" }] as never[]), "/patch/1"],
    [EFFECTS_ONLY.concat([{ op: "paint", path: "/title" }] as never[]), "/patch/1"],
    [EFFECTS_ONLY.concat([{ op: "replace", path: "/nowhere/x", value: 1 }] as never[]), "/patch/1"],
    [[{ op: "test", path: "/id", value: BM }, { op: "copy", from: "/id", path: "/title" }, { op: "add", path: "/a/b/c", value: 1 }], "/patch/2"],
  ];
  for (const [patch, pointer] of cases) {
    const res = await request(app()).post("/v1/compare").send({ before, patch });
    const p = assertProblem(res, 422);
    check(res, "/v1/compare", "POST");
    assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-patch");
    assert.deepEqual(pointers(p), [pointer], JSON.stringify(patch));
    assert.doesNotMatch(res.text, /JSON-Patch|RFC-6902|OPERATION_|fast-json-patch/, "our words, not the library's");
  }
});

test("422: a patch may not touch __proto__ or constructor/prototype, nor reach past what the fact set holds (built-ins stay whole)", async () => {
  const { check } = await openApi();
  const before = scenario(BM);
  const cases: [unknown[], string][] = [
    [[{ op: "add", path: "/__proto__/polluted", value: true }], "/patch/0"],
    [[{ op: "replace", path: "/title", value: "t" }, { op: "add", path: "/constructor/prototype/polluted", value: true }], "/patch/1"],
    [[{ op: "copy", from: "/__proto__", path: "/title" }], "/patch/0"],
    [[{ op: "copy", from: "/constructor", path: "/x" }], "/patch/0"],
    [[{ op: "replace", path: "/title", value: "t" }, { op: "move", from: "/incidents/0/toString", path: "/incidents/0/title" }], "/patch/1"],
    // fast-json-patch alone (validating) walks obj[key]: these would delete or replace a built-in.
    [[{ op: "move", from: "/incidents/constructor/isArray", path: "/title" }], "/patch/0"],
    [[{ op: "move", from: "/incidents/0/constructor/keys", path: "/title" }], "/patch/0"],
    [[{ op: "remove", path: "/incidents/0/constructor/keys" }], "/patch/0"],
    [[{ op: "replace", path: "/incidents/0/constructor/assign", value: 1 }], "/patch/0"],
    [[{ op: "copy", from: "/id", path: "/incidents/0/constructor/polluted" }], "/patch/0"],
  ];
  for (const [patch, pointer] of cases) {
    const res = await request(app()).post("/v1/compare").send({ before, patch });
    const p = assertProblem(res, 422);
    check(res, "/v1/compare", "POST");
    assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-patch");
    assert.deepEqual(pointers(p), [pointer], JSON.stringify(patch));
  }
  assert.equal(({} as Json).polluted, undefined);
  assert.equal((Object.prototype as Json).polluted, undefined);
  assert.equal((Object as unknown as Json).polluted, undefined);
  assert.equal(typeof Array.isArray, "function");
  assert.equal(typeof Object.keys, "function");
  assert.equal(typeof Object.assign, "function");
});

test("422: an invalid fact set names its field under /before or /after", async () => {
  const { check } = await openApi();
  const before = scenario(BM);
  const badAfter = structuredClone(before) as { incidents: Json[] };
  badAfter.incidents[0]!.start = "2017-13-45";
  const badBefore = { ...before, colour: "blue" };

  const after = await request(app()).post("/v1/compare").send({ before, after: badAfter });
  let p = assertProblem(after, 422);
  check(after, "/v1/compare", "POST");
  assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-fact-set");
  assert.ok(pointers(p).includes("/after/incidents/0/start"), JSON.stringify(pointers(p)));
  assert.ok(pointers(p).every((x) => x.startsWith("/after/")));

  const both = await request(app()).post("/v1/compare").send({ before: badBefore, after: badAfter });
  p = assertProblem(both, 422);
  check(both, "/v1/compare", "POST");
  assert.ok(pointers(p).includes("/before/colour") && pointers(p).includes("/after/incidents/0/start"), JSON.stringify(pointers(p)));

  // With a patch: an invalid before is reported as such (the patch is not applied to it) …
  const patchedBefore = await request(app()).post("/v1/compare").send({ before: badBefore, patch: EFFECTS_ONLY });
  p = assertProblem(patchedBefore, 422);
  check(patchedBefore, "/v1/compare", "POST");
  assert.deepEqual(pointers(p), ["/before/colour"]);
  // … and a patch that makes the fact set invalid is reported under /after.
  const patchedAfter = await request(app()).post("/v1/compare").send({ before, patch: [{ op: "replace", path: BORDER, value: "nearby" }] });
  p = assertProblem(patchedAfter, 422);
  check(patchedAfter, "/v1/compare", "POST");
  assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-fact-set");
  assert.deepEqual([...new Set(pointers(p))], [`/after${BORDER}`]);
  const emptied = await request(app()).post("/v1/compare").send({ before, patch: [{ op: "replace", path: "", value: [] }] });
  assert.deepEqual(pointers(assertProblem(emptied, 422)), ["/after"]);
});

test("422: a comparison body that is not {before, after} or {before, patch}", async () => {
  const { check } = await openApi();
  const facts = scenario("darfur");
  const cases: [unknown, string[]][] = [
    [{}, ["/before"]],
    [[], [""]],
    [{ before: facts }, ["/after"]],
    [{ before: facts, after: facts, patch: [] }, ["/after", "/patch"]],
    [{ before: "darfur", after: facts }, ["/before"]],
    [{ before: facts, after: [facts] }, ["/after"]],
    [{ before: facts, patch: { op: "remove", path: "/title" } }, ["/patch"]],
    [{ before: facts, patch: Array.from({ length: 1001 }, () => ({ op: "test", path: "/id", value: "darfur" })) }, ["/patch"]],
    [{ before: facts, after: facts, lang: "fr" }, ["/lang"]],
  ];
  for (const [body, expected] of cases) {
    const res = await request(app()).post("/v1/compare").set("Content-Type", "application/json").send(JSON.stringify(body));
    const p = assertProblem(res, 422);
    check(res, "/v1/compare", "POST");
    assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-comparison");
    assert.deepEqual(pointers(p).sort(), [...expected].sort(), JSON.stringify(body).slice(0, 80));
  }
  const none = await request(app()).post("/v1/compare");
  assertProblem(none, 400);
  check(none, "/v1/compare", "POST");
});

// -- 400, 404, 405

test("400: an invalid lang on every teaching route", async () => {
  const { check } = await openApi();
  for (const q of ["lang=de", "lang=en&lang=fr"]) {
    const quiz = await request(app()).get(`/v1/scenarios/${BM}/quiz?${q}`);
    assertProblem(quiz, 400);
    check(quiz, "/v1/scenarios/{id}/quiz", "GET");
    const graded = await request(app()).post(`/v1/scenarios/${BM}/answers?${q}`).send({ answers: {} });
    assertProblem(graded, 400);
    check(graded, "/v1/scenarios/{id}/answers", "POST");
    const compared = await request(app()).post(`/v1/compare?${q}`).send({ before: scenario(BM), patch: [] });
    assertProblem(compared, 400);
    check(compared, "/v1/compare", "POST");
  }
});

test("404: the quiz and the answers of a scenario that does not exist (before any body is read)", async () => {
  const { check } = await openApi();
  const quiz = await request(app()).get("/v1/scenarios/atlantis/quiz");
  assert.equal(assertProblem(quiz, 404).type, "https://rome-assess.invalid/problems/not-found");
  check(quiz, "/v1/scenarios/{id}/quiz", "GET");
  for (const res of [
    await request(app()).post("/v1/scenarios/atlantis/answers").send({ answers: { jurisdiction: "established" } }),
    await request(app()).post("/v1/scenarios/atlantis/answers"),
    await request(app()).post("/v1/scenarios/atlantis/answers").set("Content-Type", "text/plain").send("x"),
  ]) {
    assertProblem(res, 404);
    check(res, "/v1/scenarios/{id}/answers", "POST");
  }
  for (const path of [`/v1/scenarios/${BM}/quiz/1`, `/v1/scenarios/${BM}/answer`, "/v1/compare/x"]) assertProblem(await request(app()).get(path), 404);
});

test("405: a method a teaching route does not have, with an Allow header", async () => {
  const { check } = await openApi();
  const cases: [string, string[], string][] = [
    [`/v1/scenarios/${BM}/quiz`, ["post", "put", "delete", "patch"], "GET, HEAD"],
    [`/v1/scenarios/${BM}/answers`, ["get", "put", "delete", "patch"], "POST"],
    ["/v1/compare", ["get", "put", "delete", "patch"], "POST"],
  ];
  for (const [path, methods, allow] of cases) {
    for (const m of methods) {
      const res: Response = await (request(app()) as unknown as Record<string, (p: string) => request.Test>)[m]!(path);
      const p = assertProblem(res, 405);
      assert.equal(res.headers.allow, allow, `${m} ${path}`);
      assert.equal(p.type, "https://rome-assess.invalid/problems/method-not-allowed");
    }
  }
  // The documented methods are exactly those allowed.
  const { doc } = await openApi();
  const paths = doc.paths as Record<string, Json>;
  assert.deepEqual(Object.keys(paths["/v1/scenarios/{id}/quiz"]!), ["get"]);
  assert.deepEqual(Object.keys(paths["/v1/scenarios/{id}/answers"]!), ["post"]);
  assert.deepEqual(Object.keys(paths["/v1/compare"]!), ["post"]);
  void check;
});

test("the response checker is strict for the teaching routes too", async () => {
  const { check } = await openApi();
  const res = await request(app()).post("/v1/compare").send({ before: scenario(BM), patch: EFFECTS_ONLY }).expect(200);
  const fake = (body: unknown) => ({ ...res, status: 200, headers: res.headers, text: JSON.stringify(body) }) as typeof res;
  const c = JSON.parse(res.text);
  assert.throws(() => check(fake({ ...c, before: {} }), "/v1/compare", "POST"), /does not match/);
  c.outcomes.after.jurisdiction = "maybe";
  assert.throws(() => check(fake(c), "/v1/compare", "POST"), /does not match/);
  const quiz = await request(app()).get(`/v1/scenarios/${BM}/quiz`).expect(200);
  assert.throws(() => check({ ...quiz, text: JSON.stringify({ ...quiz.body, extra: 1 }) } as typeof quiz, "/v1/scenarios/{id}/quiz", "GET"), /does not match/);
});
