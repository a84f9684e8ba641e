/**
 * The French pages, as Chromium shows them (every node of the tree open): no English phrase of
 * the page's catalogue (templates/web/en/strings.json) is in the visible text, every outcome word —
 * badges, facts read, what changed — is one of the French catalogue's, none the English, and the
 * text is in French typography.
 * The scenarios' own words (scenarios/ and scenarios/expected/, in both languages) are set aside:
 * a fact set's descriptions and names are the user's data, left as given, as the French memo's
 * test leaves them; the teaching words' French is checked by tests/web/frenchScenarios.test.ts.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { encodePatch } from "../../src/web/urlState";
import { encodeFactSet } from "../../src/web/buildState";
import { BUILD_PAGES } from "./buildPaths";
import { browserSuite, openAllDetails, root } from "./harness";

const web = browserSuite();

type Tree = { [k: string]: string | Tree };
const catalogue = (lang: string) => JSON.parse(readFileSync(join(root, "templates", "web", lang, "strings.json"), "utf8")) as Tree;
const errorWords = (lang: string) => JSON.parse(readFileSync(join(root, "templates", "errors", `${lang}.json`), "utf8")) as Tree;
const en = catalogue("en");
const fr = catalogue("fr");

/** Every string of a catalogue, by its dotted key. */
function flatten(t: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
const frFlat = flatten(fr);

/**
 * The English phrases a French page must not show: each English string that French words
 * differently, cut at its placeholders, the pieces of more than three words (shorter ones, such as
 * "Quiz" or "Incident", are French too, or too common to tell).
 */
// The errors' words (templates/errors) too: a fact set's errors reach the French pages.
const errorsEn = errorWords("en");
const errorsFr = flatten(errorWords("fr"));
const englishPhrases = [...flatten(en), ...[...flatten(errorsEn)].map(([k, v]) => [`errors:${k}`, v] as const)]
  .filter(([k, v]) => (k.startsWith("errors:") ? errorsFr.get(k.slice(7)) : frFlat.get(k)) !== v)
  .flatMap(([k, v]) => v.split(/\{[^}]+\}/).map((piece) => ({ key: k, phrase: piece.trim() })))
  .filter((x) => x.phrase.split(/\s+/).length > 3);

/** Every string a JSON value holds. */
const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === "object" ? Object.values(v).flatMap(strings) : [];
const scenarioFiles = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json"));
/** The scenarios' own words, longest first (so that a shorter one inside a longer one goes with it). */
const own = [...new Set(scenarioFiles.flatMap((f) => [join(root, "scenarios", f), join(root, "scenarios", "expected", f)])
  .filter((file) => existsSync(file)).flatMap((file) => strings(JSON.parse(readFileSync(file, "utf8")))))]
  .filter((x) => x.length > 3).sort((a, b) => b.length - a.length);
const withoutOwnWords = (text: string) => own.reduce((t, u) => t.split(u).join(" "), text);

const outcomes = (t: Tree) => new Set(Object.values(t.outcomes as Record<string, string>));
const frOutcomes = outcomes(fr);
const enOnly = new Set([...outcomes(en)].filter((w) => !frOutcomes.has(w)));

const REFUSED = `/build?lang=fr&f=${encodeFactSet({ factSetVersion: 1, incidentz: [], attack: { widespread: "yes" }, incidents: [{ id: "a", act: "murder", start: "2024-13-01" }] })}`;
const china = encodePatch([{ op: "add", path: "/hypotheticals", value: { membership: [{ state: "CHN", entryIntoForce: "2002-07-01" }] } }]);
const effects = encodePatch([{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }]);
const PAGES = [
  "/?lang=fr",
  // Changed, so that "What changed" lists its outcomes.
  `/scenario/xinjiang?lang=fr&p=${china}`,
  `/scenario/bangladesh-myanmar?lang=fr&p=${effects}`,
  "/scenario/classroom-organizational-policy?lang=fr",
  "/scenario/darfur?lang=fr&rd=000000000000&p=not-a-patch",
  "/scenario/xinjiang/memo?lang=fr",
  "/scenario/darfur/quiz?lang=fr",
  "/quiz?lang=fr",
  "/build?lang=fr",
  ...Object.values(BUILD_PAGES).map((p) => `${p}&lang=fr`),
  // A link whose fact set the engine refuses: the start page with its errors (422).
  REFUSED,
];

web.test("the catalogue check has English phrases to look for", () => {
  // Were the filter to drop them all, the test below would pass on an English page.
  assert.ok(englishPhrases.length > 20, `${englishPhrases.length} phrases`);
  assert.ok(englishPhrases.some((x) => x.phrase === "Back to the scenario as given"));
  assert.ok(englishPhrases.some((x) => x.phrase === "is required but missing"), "the errors' words too");
  return Promise.resolve();
});

/**
 * The page as it is now, in French: no English phrase of the catalogue, no English outcome word,
 * French typography. A graded answer's word is the quiz's (right, wrong), the other badges outcomes.
 */
async function assertFrench(page: Page): Promise<void> {
  await openAllDetails(page);
  const shown = await page.locator("body").innerText();
  const text = withoutOwnWords(shown);
  const found = englishPhrases.filter((x) => text.includes(x.phrase));
  assert.deepEqual(found, [], "English on the French page");
  // French typography, as the French memo's: a no-break space before a colon, a narrow one before ; ! ?, « » not “ ”.
  // All the text, the scenarios' words too (set aside, they would leave gaps before the punctuation).
  // Not the lines of code and data (a fact set's JSON), which frenchPage leaves as they are.
  const data = new Set((await page.locator("pre, code").allInnerTexts()).flatMap((t) => t.split("\n")));
  const typography = shown.split("\n").filter((l) => !data.has(l) && /(^|[^\u00a0]):(\s|$)| [;!?](\s|$)|[“”]/.test(l));
  assert.deepEqual(typography.slice(0, 3), [], "French spacing and quotes");
  // textContent, not innerText: the badges' words are upper-cased by CSS.
  const words = await page.locator(".word, ul.read strong, ul.changes li").evaluateAll((els) => els.map((e) => e.textContent.trim()));
  for (const w of words) {
    for (const english of enOnly) assert.ok(!new RegExp(`(^|[ (:→])${english}($|[ ),;→])`).test(w), `English outcome "${english}" in "${w}"`);
  }
  const badges = await page.locator(".word").evaluateAll((els) => els.map((e) => [e.textContent.trim(), !!e.closest("ol.graded")] as const));
  const quiz = fr.quizPage as Record<string, string>;
  const verdicts = new Set([quiz.right, quiz.wrong]);
  for (const [w, graded] of badges) assert.ok(graded ? verdicts.has(w) : frOutcomes.has(w), `"${w}" is a French ${graded ? "verdict" : "outcome word"}`);
}

/** The build pages by their name (a path alone names them all "/build"). */
const named = new Map([...Object.entries(BUILD_PAGES).map(([name, p]) => [`${p}&lang=fr`, name] as const), [REFUSED, "build-refused"] as const]);

for (const path of PAGES) {
  const name = named.get(path);
  web.test(`${name ?? path.split("?")[0]} in French: no English phrase of the catalogue, no English outcome word, French typography`, async () => {
    const v = await web.open(path, path === REFUSED ? { allowStatus: (url, status) => status === 422 && new URL(url).pathname === "/build" } : {});
    await assertFrench(v.page);
    await v.done(`french-${name ?? (path.replace(/\?.*/, "").replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home")}`);
  });
}

/** Answer every question of the page by its second option (not met, not established…: a sheet with misses), send it, and wait for the grades. */
async function answerSecond(page: Page): Promise<void> {
  const names = new Set(await page.locator('main form input[type="radio"]').evaluateAll((els) => els.map((e) => e.name as string)));
  for (const name of names) await page.locator(`main form input[type="radio"][name="${name}"]`).nth(1).check();
  await page.locator("main form button[type=submit]").click();
  await page.locator("ol.graded").first().waitFor();
}

web.test("the graded quiz in French, a scenario's and a pasted fact set's: each miss's rule, facts and change in French", async () => {
  const v = await web.open("/scenario/bangladesh-myanmar/quiz?lang=fr");
  await answerSecond(v.page);
  assert.ok(await v.page.locator("ol.graded > li.wrong p.flip").count() > 0, "a miss with its change");
  await assertFrench(v.page);
  await v.screenshot("french-quiz-result");
  // A pasted fact set: the change as a JSON Patch, the page's words around it in French.
  await v.page.goto(`${web.base}/quiz?lang=fr`);
  await v.page.locator("textarea#quiz-facts").fill(readFileSync(join(root, "scenarios", "bangladesh-myanmar.json"), "utf8"));
  await v.page.locator("main form button[type=submit]").click();
  await v.page.locator('main form input[type="radio"]').first().waitFor();
  await assertFrench(v.page);
  await answerSecond(v.page);
  assert.ok(await v.page.locator("ol.graded > li.wrong p.hint code").count() > 0, "a change as a JSON Patch");
  await assertFrench(v.page);
  await v.done("french-quiz-pasted-result");
});

web.test("the checks fail on the English page: the same phrases are found there, and English spacing", async () => {
  const v = await web.open(`/scenario/xinjiang?lang=en&p=${china}`);
  const text = withoutOwnWords(await v.page.locator("body").innerText());
  assert.ok(englishPhrases.filter((x) => text.includes(x.phrase)).length >= 5);
  assert.match(text, /[^\u00a0]: /);
  assert.match(text, /“/);
  await v.done("french-control-en");
});
