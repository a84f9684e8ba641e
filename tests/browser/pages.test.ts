/**
 * Every page in Chromium, in English and in French: it loads with no page error, console error,
 * failed request or HTTP error; <html lang> is the page's language; axe-core finds no WCAG 2.2 AA
 * violation with every node of the outcome tree open; no id is used twice and every in-page link
 * has its target. A screenshot of each page goes to test-output/screenshots.
 */
import assert from "node:assert/strict";
import { encodePatch } from "../../src/web/urlState";
import { BUILD_PAGES } from "./buildPaths";
import { assertNoAxeViolations, browserSuite, openAllDetails, structuralProblems } from "./harness";

const web = browserSuite();

const effects = encodePatch([{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }]);
/** Each page, by a name for its screenshot. */
const PAGES: Record<string, string> = {
  home: "/",
  xinjiang: "/scenario/xinjiang",
  // Two territories, one of them changed: the "changed" marks and the list of what changed.
  "bangladesh-myanmar-changed": `/scenario/bangladesh-myanmar?p=${effects}`,
  darfur: "/scenario/darfur",
  // Teaching notes and what-ifs.
  "classroom-organizational-policy": "/scenario/classroom-organizational-policy",
  // The two notices: a link from other rules, a link whose changes cannot be read.
  "darfur-notices": "/scenario/darfur?rd=000000000000&p=not-a-patch",
  "xinjiang-memo": "/scenario/xinjiang/memo",
  // The quiz's questions, on a scenario and (the paste form) on a fact set of one's own.
  "darfur-quiz": "/scenario/darfur/quiz",
  "quiz-paste": "/quiz",
  // Build your own fact set: the start, and the interview at three of its steps.
  build: "/build",
  ...BUILD_PAGES,
};

for (const lang of ["en", "fr"] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    web.test(`${name} (${path.split("?")[0]}) in ${lang}: loads clean, says its language, and axe-core finds no WCAG 2.2 AA violation`, async () => {
      const v = await web.open(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
      assert.equal(await v.page.locator("html").getAttribute("lang"), lang);
      assert.ok((await v.page.title()).includes("rome-assess"), "the title names the site");
      await v.screenshot(`${name}-${lang}`);
      await openAllDetails(v.page);
      await assertNoAxeViolations(v.page);
      assert.deepEqual(await structuralProblems(v.page), []);
      v.assertClean();
    });
  }
}

web.test("every page reflows at 320 CSS pixels wide (WCAG 1.4.10): nothing scrolls sideways, in either language", async () => {
  // axe-core does not check reflow: the page is measured, with every node of the tree open.
  const wide: string[] = [];
  for (const lang of ["en", "fr"]) {
    for (const [name, path] of Object.entries(PAGES)) {
      const v = await web.open(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`, { context: { viewport: { width: 320, height: 640 } } });
      await openAllDetails(v.page);
      const over = await v.page.locator("html").evaluate((html) => {
        const width = html.clientWidth;
        return html.scrollWidth > width ? [...html.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > width + 1).slice(-3).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">`) : [];
      });
      if (over.length) wide.push(`${name} (${lang}): ${over.join(", ")}`);
      await v.done(`narrow-${name}-${lang}`);
    }
  }
  assert.deepEqual(wide, []);
});

web.test("a scenario that does not exist: a 404 page, in the page's language, as accessible as the others", async () => {
  // Only the document's own 404 is expected; anything else failing still fails the test.
  const v = await web.open("/scenario/no-such?lang=fr", { allowStatus: (url, status) => status === 404 && new URL(url).pathname === "/scenario/no-such" });
  assert.equal(await v.page.locator("html").getAttribute("lang"), "fr");
  assert.match(await v.page.locator("main").innerText(), /no-such/);
  await assertNoAxeViolations(v.page);
  await v.done("not-found-fr");
});
