/**
 * The French pages, as Chromium shows them (every node of the tree open): no English phrase of
 * the page's catalogue (templates/web/en/strings.json) is in the visible text, every outcome word —
 * badges, facts read, what changed — is one of the French catalogue's, none the English, and the
 * text is in French typography.
 * The scenarios' own words (titles, descriptions, teaching notes, what-ifs: scenarios/ and
 * scenarios/expected/, in English only) are set aside, as the French memo's test sets aside the
 * fact set's.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { encodePatch } from "../../src/web/urlState";
import { browserSuite, openAllDetails, root } from "./harness";

const web = browserSuite();

type Tree = { [k: string]: string | Tree };
const catalogue = (lang: string) => JSON.parse(readFileSync(join(root, "templates", "web", lang, "strings.json"), "utf8")) as Tree;
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
const englishPhrases = [...flatten(en)]
  .filter(([k, v]) => frFlat.get(k) !== v)
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
];

web.test("the catalogue check has English phrases to look for", () => {
  // Were the filter to drop them all, the test below would pass on an English page.
  assert.ok(englishPhrases.length > 20, `${englishPhrases.length} phrases`);
  assert.ok(englishPhrases.some((x) => x.phrase === "Back to the scenario as given"));
  return Promise.resolve();
});

for (const path of PAGES) {
  web.test(`${path.split("?")[0]} in French: no English phrase of the catalogue, no English outcome word, French typography`, async () => {
    const v = await web.open(path);
    await openAllDetails(v.page);
    const shown = await v.page.locator("body").innerText();
    const text = withoutOwnWords(shown);
    const found = englishPhrases.filter((x) => text.includes(x.phrase));
    assert.deepEqual(found, [], "English on the French page");
    // French typography, as the French memo's: a no-break space before a colon, a narrow one before ; ! ?, « » not “ ”.
    // All the text, the scenarios' words too (set aside, they would leave gaps before the punctuation).
    const typography = shown.split("\n").filter((l) => /(^|[^\u00a0]):(\s|$)| [;!?](\s|$)|[“”]/.test(l));
    assert.deepEqual(typography.slice(0, 3), [], "French spacing and quotes");
    // textContent, not innerText: the badges' words are upper-cased by CSS.
    const words = await v.page.locator(".word, ul.read strong, ul.changes li").evaluateAll((els) => els.map((e) => e.textContent.trim()));
    for (const w of words) {
      for (const english of enOnly) assert.ok(!new RegExp(`(^|[ (:→])${english}($|[ ),;→])`).test(w), `English outcome "${english}" in "${w}"`);
    }
    const badges = await v.page.locator(".word").evaluateAll((els) => els.map((e) => e.textContent.trim()));
    for (const w of badges) assert.ok(frOutcomes.has(w), `"${w}" is a French outcome word`);
    await v.done(`french-${path.replace(/\?.*/, "").replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home"}`);
  });
}

web.test("the checks fail on the English page: the same phrases are found there, and English spacing", async () => {
  const v = await web.open(`/scenario/xinjiang?lang=en&p=${china}`);
  const text = withoutOwnWords(await v.page.locator("body").innerText());
  assert.ok(englishPhrases.filter((x) => text.includes(x.phrase)).length >= 5);
  assert.match(text, /[^\u00a0]: /);
  assert.match(text, /“/);
  await v.done("french-control-en");
});
