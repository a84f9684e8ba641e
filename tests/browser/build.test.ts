/**
 * "Build your own fact set", in Chromium. From a blank /build page, the interview is answered the
 * way a person would: each control the page shows is read (its name is the field's JSON Pointer),
 * filled from a table of answers keyed by pointer (../web/buildForm.ts's `belarus`), and the
 * question skipped where the table has nothing; until the interview ends, within jurisdiction and
 * triggered (Lithuania's referral of 30 September 2024: the Belarus–Lithuania deportation). With
 * htmx (each answer swapped in place, the URL pushed) and without JavaScript (each answer a GET
 * form and a 303), in English and in French. A pasted fact set with errors shows each at its JSON
 * Pointer, with a control beside it that puts it right. The download links answer 200: the fact
 * set itself, and POST /v1/memos's memo.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { validateFactSet } from "../../src/facts/validate";
import { decodeFactSet } from "../../src/web/buildState";
import enStrings from "../../templates/web/en/strings.json";
import frStrings from "../../templates/web/fr/strings.json";
import { Answers, belarus } from "../web/buildForm";
import { assertNoAxeViolations, browserSuite, openAllDetails, outcomes, structuralProblems } from "./harness";

const web = browserSuite();
const STRINGS = { en: enStrings, fr: frStrings };

/** A control of the answer form as the page has it. */
interface Shown { name: string; type: string; value: string; options: string[] }

/**
 * Press a button of the page and wait for the page it brings: swapped in place (htmx), or a new
 * document (the form itself). The main element is marked first; the next page's has no mark.
 */
async function press(page: Page, js: boolean, button: string, path: string): Promise<number> {
  await page.locator("#main").evaluate((m) => m.setAttribute("data-old", ""));
  if (js) await page.locator("html").evaluate((html) => { html.ownerDocument.defaultView.__sameDocument = true; });
  const sent = page.waitForResponse((r) => new URL(r.url()).pathname === path);
  await page.locator(button).click();
  const res = await sent;
  assert.equal(res.request().headers()["hx-request"], js ? "true" : undefined, js ? "sent by htmx" : "sent by the form itself");
  await page.locator("#main:not([data-old])").waitFor();
  assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.defaultView.__sameDocument === true), js, js ? "swapped by htmx" : "a new page");
  return res.status();
}

/** The answer form's controls, read from the page. */
const controls = (page: Page): Promise<Shown[]> => page.locator("form.answer").locator("input:not([type=hidden]), select, textarea").evaluateAll((els) => els.map((e) => ({
  name: e.name as string, type: e.tagName === "SELECT" ? "select" : (e.type as string), value: e.value as string,
  options: e.tagName === "SELECT" ? [...e.options].map((o) => o.value as string) : [],
})));

/** Fill each control the table has an answer for; returns the names filled. */
async function fill(page: Page, answers: Answers): Promise<string[]> {
  const filled: string[] = [];
  const form = page.locator("form.answer");
  for (const c of await controls(page)) {
    const a = answers.find(([re]) => re.test(c.name))?.[1];
    if (a === undefined) continue;
    const at = (extra = "") => form.locator(`[name="${c.name}"]${extra}`);
    if (c.type === "radio" || c.type === "checkbox") {
      if (c.value !== a) continue;
      await at(`[value="${a}"]`).check();
    } else if (c.type === "select") {
      if (!c.options.includes(a)) continue;
      await at().selectOption(a);
    } else await at().fill(a);
    filled.push(c.name);
  }
  return filled;
}

/** The fact set a build URL carries. */
function factSetOf(url: string): Record<string, unknown> {
  const d = decodeFactSet(new URL(url, web.base).searchParams.get("f"));
  assert.ok(d.ok, `a fact set in ${url}`);
  return d.value as Record<string, unknown>;
}

/**
 * After an answer swapped in by htmx: the focus is on the next question's heading (the button
 * pressed is gone), and the live region outside main says the outcome so far, each conclusion and
 * its word as the summary shows them (a live region inside main arrives with the swap, and is not
 * announced).
 */
async function assertToldWhereItStands(page: Page, step: string): Promise<void> {
  assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.activeElement.id), "q-h", `step ${step}: the focus on the next question`);
  const summary = await page.locator("ul.summary > li").evaluateAll((lis) => lis.map((li) => `${li.querySelector("strong").textContent}: ${li.querySelector(".word").textContent}`));
  // French puts a no-break space before each colon: compared without it.
  const plain = (t: string | null) => (t ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/ :/g, ":");
  const said = plain(await page.locator("#announce").textContent());
  const heading = plain(await page.locator("#outcome-h").textContent());
  assert.equal(said, `${heading}: ${summary.map(plain).join(". ")}.`, `step ${step}: the outcome so far is announced`);
}

/**
 * From the start page's blank link to the end of the interview: each step's controls filled from
 * the table, answered, or skipped where the table has nothing. The steps, by their key.
 */
async function interview(page: Page, js: boolean, answers: Answers, limit = 40): Promise<string[]> {
  await page.locator("ul.starts a").first().click();
  await page.locator("form.answer").waitFor();
  const steps: string[] = [];
  for (let k = 0; k < limit; k++) {
    const form = page.locator("form.answer");
    if ((await form.count()) === 0) return steps;
    const step = (await form.getAttribute("data-step"))!;
    steps.push(step);
    const filled = await fill(page, answers);
    const status = await press(page, js, `form.answer button[name="do"][value="${filled.length ? "answer" : "skip"}"]`, "/build/answer");
    assert.equal(status, js ? 200 : 303, `step ${step}`);
    // A refused answer comes back with its errors: the table's answers must all be taken.
    assert.equal(await page.locator("main .notice.error").count(), 0, `step ${step}: ${await page.locator("main .notice.error").allInnerTexts()}`);
    if (js) await assertToldWhereItStands(page, step);
  }
  assert.fail(`the interview did not end within ${limit} steps: ${steps.join(", ")}`);
}

for (const [lang, js] of [["en", true], ["en", false], ["fr", true], ["fr", false]] as const) {
  const how = js ? "with htmx" : "without JavaScript";
  web.test(`${how}, in ${lang}: from a blank /build page, the Belarus–Lithuania deportation answered step by step is within jurisdiction and triggered`, async () => {
    const s = STRINGS[lang];
    const v = await web.open(`/build?lang=${lang}`, { javaScript: js });
    const { page } = v;
    assert.equal(await page.locator("ul.starts a").first().innerText(), s.builder.startBlank);
    const steps = await interview(page, js, belarus(lang));
    assert.equal(steps[0], "incident", "what happened, first");
    assert.equal(steps[1], "record", "then the record");
    assert.ok(steps.includes("/incidents/0/situations"), steps.join(", "));
    // French pages put a no-break space before a colon (frenchPage): the catalogue's words, spaced as shown.
    const shown = (t: string) => t.replace(/[\u00a0\u202f]/g, " ");
    assert.equal(shown(await page.locator("h2#q-h").innerText()), shown(s.builder.done));

    // The outcome, in the tree and in the summary, in the page's words.
    const o = await outcomes(page);
    assert.deepEqual([o.jurisdiction, o.trigger], ["established", "triggered"]);
    const summary = await page.locator("ul.summary > li").evaluateAll((lis) => lis.map((li) => [li.className, li.querySelector(".word").textContent.trim()]));
    assert.deepEqual(summary.slice(0, 2), [["outcome-established", s.outcomes.established], ["outcome-triggered", s.outcomes.triggered]]);

    // The URL (pushed by htmx, or the 303's) is the fact set the page shows.
    const facts = factSetOf(page.url()) as { incidents: { territories: unknown[]; perpetrators: { nationalities: string[] }[] }[]; referrals: unknown };
    assert.deepEqual(JSON.parse(await page.locator("details.json pre").textContent() ?? ""), facts);
    assert.deepEqual(facts.incidents[0]!.territories, [{ state: "BLR", part: "conduct" }, { state: "LTU", part: "element" }]);
    assert.deepEqual(facts.incidents[0]!.perpetrators[0]!.nationalities, ["BLR"]);
    assert.deepEqual(facts.referrals, { states: [{ by: ["LTU"], date: "2024-09-30" }] });
    assert.ok(validateFactSet(facts).ok);

    // The downloads: the fact set itself, and the memo the API writes for it.
    const href = async (name: string) => (await page.locator(`p.downloads a[href*="/build/${name}?"]`).getAttribute("href"))!;
    const json = await web.fetch(await href("facts.json"));
    assert.equal(json.status, 200);
    assert.match(json.headers.get("content-disposition") ?? "", /^attachment; filename="/);
    assert.deepEqual(await json.json(), facts);
    const md = await web.fetch(await href("memo.md"));
    assert.equal(md.status, 200);
    const api = await web.fetch(`/v1/memos?format=md&lang=${lang}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(facts) });
    assert.equal(await md.text(), await api.text(), "the Markdown memo is POST /v1/memos's");
    // And the fact-set link, followed by the browser, is a download of that file.
    const saved = page.waitForEvent("download");
    await page.locator('p.downloads a[href*="/build/facts.json?"]').click();
    const file = await (await saved).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of file) chunks.push(c as Buffer);
    assert.deepEqual(JSON.parse(Buffer.concat(chunks).toString("utf8")), facts);

    if (js) {
      await openAllDetails(page);
      await assertNoAxeViolations(page);
    }
    assert.deepEqual(await structuralProblems(page), []);
    // The link alone gives the same page.
    await page.goto(page.url());
    assert.deepEqual(await outcomes(page), o);
    await v.done(`build-belarus-${lang}-${js ? "htmx" : "nojs"}`);
  });
}

for (const js of [true, false]) {
  web.test(`${js ? "with htmx" : "without JavaScript"}: a pasted fact set with errors shows each at its JSON Pointer, with a control beside it; put right there, it starts the interview`, async () => {
    // Without JavaScript the refused paste is the document's own 422 (htmx gets a 200 to swap).
    const v = await web.open("/build?lang=en", { javaScript: js, allowStatus: (url, status) => !js && status === 422 && new URL(url).pathname === "/build" });
    const { page } = v;
    const bad = { factSetVersion: 1, attack: { widespread: "yes" }, incidents: [{ id: "A b", act: "deportation", start: "2024-13-01", territories: [{ state: "ltu" }] }] };
    const expected = validateFactSet(bad);
    assert.ok(!expected.ok);
    await page.locator("textarea#paste-json").fill(JSON.stringify(bad));
    assert.equal(await press(page, js, "form[method=post][action='/build'] button[type=submit]", "/build"), js ? 200 : 422);
    const errors = page.locator("#paste-errors ul.errors > li");
    assert.deepEqual(await errors.locator("> code").allTextContents(), expected.errors.map((e) => e.pointer));
    for (const [k, e] of expected.errors.entries()) assert.ok((await errors.nth(k).innerText()).includes(e.message), e.message);
    assert.equal(await page.locator("textarea#paste-json").getAttribute("aria-describedby"), "paste-errors");
    assert.deepEqual(JSON.parse(await page.locator("textarea#paste-json").inputValue()), bad, "what was pasted is kept");
    // With htmx the pressed button is swapped away: the focus goes to the box, which the errors describe.
    if (js) assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.activeElement.id), "paste-json");
    if (js) await assertNoAxeViolations(page);
    assert.deepEqual(await structuralProblems(page), []);

    // The controls beside the errors.
    const fix = (p: string) => page.locator(`#paste-errors [name="f${p}"]`);
    await fix("/attack/widespread").and(page.locator('[value="yes"]')).check();
    await fix("/incidents/0/id").fill("a-b");
    await fix("/incidents/0/start").fill("2024-12-01");
    await fix("/incidents/0/territories/0/state").selectOption("LTU");
    await press(page, js, "form[method=post][action='/build'] button[type=submit]", "/build");
    await page.locator("form.answer").waitFor();
    assert.deepEqual(factSetOf(page.url()), { factSetVersion: 1, attack: { widespread: true }, incidents: [{ id: "a-b", act: "deportation", start: "2024-12-01", territories: [{ state: "LTU" }] }] });
    await v.done(`build-paste-${js ? "htmx" : "nojs"}`);
  });
}
