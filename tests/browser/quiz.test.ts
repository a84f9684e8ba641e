/**
 * The quiz, in Chromium: the questions page asks POST /v1/scenarios/:id/quiz's questions and
 * shows no grade; answered by its radios and sent (by htmx, or by the plain form without
 * JavaScript), the page's grades and score are POST /v1/scenarios/:id/answers's for the same
 * answers; each miss shows its rule, its citations, the facts it read and — where one fact can
 * flip it — the smallest change, which, applied to the facts and assessed again, does give the
 * student's answer. The same for a fact set pasted at /quiz, whose errors are listed at their
 * JSON Pointers first. Every result page has no axe violation.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { assess } from "../../src/assess/assess";
import { conclusionsOf } from "../../src/teach/conclusions";
import { patchFactSet } from "../../src/teach/patch";
import { decodePatch } from "../../src/web/urlState";
import en from "../../templates/web/en/strings.json";
import { assertNoAxeViolations, browserSuite, openAllDetails, outcomes, root, structuralProblems } from "./harness";

const web = browserSuite();

type Answers = Record<string, string>;
interface ApiResult { id: string; answer: string | null; expected: string; correct: boolean; provision?: string; citations?: string[]; facts?: { name: string }[] }
interface ApiGrade { score: { correct: number; total: number; percent: number }; results: ApiResult[] }

const factsOf = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")) as Record<string, unknown>;

/** The API's grade of a scenario's answers. */
async function apiGrade(id: string, answers: Answers): Promise<ApiGrade> {
  const res = await web.fetch(`/v1/scenarios/${id}/answers`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ answers }) });
  assert.equal(res.status, 200);
  return (await res.json()) as ApiGrade;
}
async function apiQuiz(id: string): Promise<Record<string, string[]>> {
  const res = await web.fetch(`/v1/scenarios/${id}/quiz`);
  assert.equal(res.status, 200);
  const { questions } = (await res.json()) as { questions: { id: string; options: string[] }[] };
  return Object.fromEntries(questions.map((q) => [q.id, q.options]));
}
/** The engine's own answers, as the API says them. */
// The engine's own answers: any one answer has every question graded (no answer at all is refused).
const engineAnswers = async (id: string): Promise<Answers> => Object.fromEntries((await apiGrade(id, { jurisdiction: "undetermined" })).results.map((r) => [r.id, r.expected]));

/** Every third answer wrong, every seventh left out: a sheet with misses of each kind. */
async function mixedAnswers(id: string): Promise<Answers> {
  const quiz = await apiQuiz(id);
  const right = await engineAnswers(id);
  const out: Answers = {};
  Object.entries(quiz).forEach(([q, options], k) => {
    if (k % 7 === 6) return;
    out[q] = k % 3 === 1 ? options.find((o) => o !== right[q])! : right[q]!;
  });
  return out;
}

/** What the questions page asks: each radio group, by its question id, and the values it offers; and how many are checked. */
async function asked(page: Page): Promise<{ questions: Record<string, string[]>; checked: number }> {
  const radios = await page.locator('form input[type="radio"]').evaluateAll((els) => els.map((e) => ({ name: e.name as string, value: e.value as string, checked: e.checked as boolean })));
  const questions: Record<string, string[]> = {};
  for (const r of radios) {
    assert.ok(r.name.startsWith("q/"), r.name);
    (questions[r.name.slice(2)] ??= []).push(r.value);
  }
  return { questions, checked: radios.filter((r) => r.checked).length };
}

/** Answer by the page's own radios: each one found by its question and value, then checked. */
async function answer(page: Page, answers: Answers): Promise<void> {
  for (const [id, value] of Object.entries(answers)) {
    const radio = page.locator(`form input[type="radio"][name="q/${id}"][value="${value}"]`);
    assert.equal(await radio.count(), 1, `one radio for ${id} = ${value}`);
    await radio.check();
  }
}

/**
 * Press the form's button and wait for the page it brings. With JavaScript, htmx must have
 * sent it (HX-Request) and swapped the page in place; without, it is a plain POST.
 */
async function submit(page: Page, js: boolean, waitFor: string): Promise<number> {
  if (js) await page.locator("html").evaluate((html) => { html.ownerDocument.defaultView.__sameDocument = true; });
  const sent = page.waitForResponse((r) => r.request().method() === "POST");
  await page.locator("main form button[type=submit]").first().click();
  const res = await sent;
  assert.equal(res.request().headers()["hx-request"], js ? "true" : undefined, js ? "sent by htmx" : "sent by the form itself");
  await page.locator(waitFor).first().waitFor();
  const same = await page.locator("html").evaluate((html) => html.ownerDocument.defaultView.__sameDocument === true);
  assert.equal(same, js, js ? "swapped by htmx, not loaded again" : "a new page");
  return res.status();
}

/** The grades on the result page: question id → right. */
const grades = (page: Page) => page.locator("ol.graded > li").evaluateAll((els) => els.map((e) => [e.dataset.question as string, e.classList.contains("right") as boolean] as const));

/** A miss as the page shows it. */
interface Miss { id: string; rule: string; cite: string; facts: string[]; flip: string; flipHref: string | null; patch: string; hints: string[] }
const misses = (page: Page): Promise<Miss[]> => page.locator("ol.graded > li.wrong").evaluateAll((els) => els.map((e) => {
  const text = (sel: string) => (e.querySelector(sel)?.textContent ?? "").trim();
  const rule = [...e.querySelectorAll(".node-body > p")].find((p) => p.querySelector(".label")?.textContent.startsWith("Rule"));
  return {
    id: e.dataset.question, rule: rule ? rule.textContent.trim() : "", cite: text("p.cite"),
    facts: [...e.querySelectorAll("ul.read > li")].map((li) => li.textContent.trim()),
    flip: text("p.flip"), flipHref: e.querySelector("p.flip a")?.getAttribute("href") ?? null,
    patch: text("p.hint code"), hints: [...e.querySelectorAll("p.hint")].map((p) => p.textContent.trim()),
  };
}));

/** The conclusion `id` reaches on a fact set. */
async function conclusion(facts: unknown, id: string): Promise<string | undefined> {
  const r = await assess(facts);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return conclusionsOf(r.assessment).find((c) => c.key === id)?.value;
}

/**
 * The result page against the API's grade: the same verdict for every question, the same score,
 * and each miss explained. A flip's change (a link's patch, or the JSON Patch shown) applied to
 * the facts gives the student's answer. Returns the misses that had a flip.
 */
async function assertGraded(page: Page, js: boolean, facts: Record<string, unknown>, answers: Answers, api: ApiGrade): Promise<Miss[]> {
  assert.deepEqual(new Map(await grades(page)), new Map(api.results.map((r) => [r.id, r.correct])));
  const { correct, total, percent } = api.score;
  assert.equal((await page.locator("p.score").innerText()).trim(), en.quizPage.score.replace("{correct}", String(correct)).replace("{total}", String(total)).replace("{percent}", new Intl.NumberFormat("en").format(percent)));
  const byId = new Map(api.results.map((r) => [r.id, r]));
  const flipped: Miss[] = [];
  const shown = await misses(page);
  assert.equal(shown.length, api.results.filter((r) => !r.correct).length);
  for (const m of shown) {
    const r = byId.get(m.id)!;
    assert.match(m.rule, /^Rule: \S/, `${m.id}: its rule`);
    if (r.provision) assert.ok(m.rule.includes(r.provision), `${m.id}: the rule's provision ${r.provision} in "${m.rule}"`);
    for (const c of r.citations ?? []) assert.ok(m.cite.includes(c), `${m.id}: citation "${c}" in "${m.cite}"`);
    // The facts it read: the API's, by name (the situation's two are said incident by incident).
    if (r.facts?.length) assert.ok(m.facts.length > 0, `${m.id}: the facts it read`);
    if (!["jurisdiction", "crimesAgainstHumanity"].includes(m.id)) for (const f of r.facts ?? []) assert.ok(m.facts.some((t) => t.startsWith(f.name)), `${m.id}: fact "${f.name}" in ${JSON.stringify(m.facts)}`);
    const given = answers[m.id];
    if (!given) { assert.equal(m.flip, "", `${m.id}: no answer, nothing to flip to`); continue; }
    if (!m.flip) { assert.ok(m.hints.some((h) => h.startsWith("No fact") || h.startsWith("None of")), `${m.id}: why no change is shown: ${JSON.stringify(m.hints)}`); continue; }
    assert.ok(m.flip.includes(`this would be ${en.outcomes[given as keyof typeof en.outcomes]}.`), `${m.id}: ${m.flip}`);
    const patch = m.flipHref ? decodePatch(new URL(m.flipHref, web.base).searchParams.get("p")) : { ok: true as const, patch: JSON.parse(m.patch) as never };
    assert.ok(patch.ok, `${m.id}: a patch`);
    const changed = patchFactSet(facts, patch.patch);
    assert.ok(changed.ok);
    assert.equal(await conclusion(changed.value, m.id), given, `${m.id}: the change shown gives the answer`);
    flipped.push(m);
  }
  // axe-core needs the page's own timers, which do not run without JavaScript: the htmx runs check the same template.
  if (js) {
    await openAllDetails(page);
    await assertNoAxeViolations(page);
  }
  assert.deepEqual(await structuralProblems(page), []);
  return flipped;
}

const focusedId = (page: Page) => page.locator("html").evaluate((html) => html.ownerDocument.activeElement.id as string);

/**
 * Where the reader is once graded: the result's heading is in view. With htmx — which keeps the
 * scroll of a long sheet whose button was at its bottom, and swaps that button away — the focus is
 * on that heading, and the live region outside main says the score (a status that arrives with
 * the swap is not announced). A new page, without JavaScript, starts at its top.
 */
async function assertLandsOnResult(page: Page, js: boolean): Promise<void> {
  if (js) assert.equal(await focusedId(page), "quiz-result-h", "the focus is on the result");
  const box = await page.locator("#quiz-result-h").boundingBox();
  const height = page.viewportSize()!.height;
  assert.ok(box && box.y >= 0 && box.y + box.height <= height, `the result's heading is in view: ${JSON.stringify(box)}, viewport ${height}px high`);
  if (js) assert.equal(await page.locator("#announce").textContent(), await page.locator("p.score").textContent(), "the score is announced");
}

const BM = "bangladesh-myanmar";
const DEPORTATION = "incident/deportation-to-bangladesh/jurisdiction";
const DESTINATION = "incident/deportation-to-bangladesh/article7/art7-1-d-deportation-e1-destination";

for (const js of [true, false]) {
  const how = js ? "with htmx" : "without JavaScript";

  web.test(`${how}: Darfur's quiz asks the API's questions, and grades a sheet with misses as POST /v1/scenarios/darfur/answers does`, async () => {
    const v = await web.open("/scenario/darfur/quiz?lang=en", { javaScript: js });
    const { page } = v;
    assert.deepEqual(await asked(page), { questions: await apiQuiz("darfur"), checked: 0 }, "every question, its options, none answered");
    assert.equal(await page.locator("ol.graded, p.score").count(), 0, "no grade before the answers");
    const answers = await mixedAnswers("darfur");
    await answer(page, answers);
    assert.equal(await submit(page, js, "ol.graded"), 200);
    const flipped = await assertGraded(page, js, factsOf("darfur"), answers, await apiGrade("darfur", answers));
    assert.ok(flipped.length >= 1, "a miss one fact can flip");
    await assertLandsOnResult(page, js);
    await v.done(`quiz-darfur-${js ? "htmx" : "nojs"}`);
  });

  web.test(`${how}: two misses on Bangladesh/Myanmar, each with its flipping change; the deportation's link opens the scenario with that change`, async () => {
    const v = await web.open(`/scenario/${BM}/quiz?lang=en`, { javaScript: js });
    const { page } = v;
    const answers = { ...(await engineAnswers(BM)), [DEPORTATION]: "not_established", [DESTINATION]: "not_met" };
    await answer(page, answers);
    await submit(page, js, "ol.graded");
    const api = await apiGrade(BM, answers);
    assert.deepEqual(api.results.filter((r) => !r.correct).map((r) => r.id), [DEPORTATION, DESTINATION]);
    const flipped = await assertGraded(page, js, factsOf(BM), answers, api);
    assert.deepEqual(flipped.map((m) => m.id), [DEPORTATION, DESTINATION], "both misses have their change");
    // The link: the scenario page, with the change made, at the fact's control.
    await page.locator(`li[data-question="${DEPORTATION}"] p.flip a`).click();
    await page.waitForURL(/\/scenario\/bangladesh-myanmar\?.*p=.*#f-incidents-0-territories-1-part$/);
    assert.equal((await outcomes(page)).jurisdiction, "not_established");
    assert.equal(await page.locator('input[type="radio"][name="f/incidents/0/territories/1/part"][value="effects"]').isChecked(), true);
    assert.equal(await page.locator("#f-incidents-0-territories-1-part").count(), 1, "the link's target");
    await v.done(`quiz-bm-${js ? "htmx" : "nojs"}`);
  });

  web.test(`${how}: a pasted fact set: its errors at their pointers, then its questions, graded as the API grades the same facts; a miss's change as a JSON Patch`, async () => {
    // Without JavaScript the refused paste is the document's own 422 (htmx gets a 200 to swap).
    const v = await web.open("/quiz?lang=en", { javaScript: js, allowStatus: (url, status) => !js && status === 422 && new URL(url).pathname === "/quiz" });
    const { page } = v;
    const bad = factsOf("darfur") as { incidents: Record<string, unknown>[] };
    bad.incidents[0]!.partOfAttack = "maybe";
    await page.locator("textarea#quiz-facts").fill(JSON.stringify(bad, null, 2));
    assert.equal(await submit(page, js, "#quiz-errors"), js ? 200 : 422);
    assert.match(await page.locator("#quiz-errors").innerText(), /\/incidents\/0\/partOfAttack must be/);
    assert.equal(await page.locator("textarea#quiz-facts").getAttribute("aria-describedby"), "quiz-errors");
    assert.deepEqual(JSON.parse(await page.locator("textarea#quiz-facts").inputValue()), bad, "the text is kept, to be corrected");
    // With htmx the pressed button is swapped away: the focus goes to the box to correct, which the errors describe.
    if (js) assert.equal(await focusedId(page), "quiz-facts");

    // Bangladesh/Myanmar's facts, pasted: the scenario's questions, graded as the scenario's.
    const facts = factsOf(BM);
    await page.locator("textarea#quiz-facts").fill(JSON.stringify(facts, null, 2));
    await submit(page, js, 'form input[type="radio"]');
    assert.deepEqual(await asked(page), { questions: await apiQuiz(BM), checked: 0 });
    if (js) assert.equal(await focusedId(page), "quiz-questions-h", "the focus on the questions");
    const answers = { ...(await engineAnswers(BM)), [DEPORTATION]: "not_established" };
    await answer(page, answers);
    assert.equal(await submit(page, js, "ol.graded"), 200);
    const flipped = await assertGraded(page, js, facts, answers, await apiGrade(BM, answers));
    assert.deepEqual(flipped.map((m) => [m.id, m.flipHref, JSON.parse(m.patch)]), [[DEPORTATION, null, [{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }]]], "no scenario page to link to: the patch itself");
    await v.done(`quiz-pasted-${js ? "htmx" : "nojs"}`);
  });
}
