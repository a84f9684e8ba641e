/**
 * A change to a fact, in Chromium: htmx swaps the page in place, the outcome tree and "What
 * changed" follow, the live region outside main says what changed, and the URL gains the change
 * (p=, pushed by htmx), as does the header's link to the other language; that URL, reloaded, shows
 * the same state, and Back returns to the scenario as given. Without JavaScript, the form's
 * button sends the same change, the 303 lands on a URL with the same patch, and the page shows the
 * same outcome.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { decodePatch } from "../../src/web/urlState";
import { browserSuite, outcomes } from "./harness";

const web = browserSuite();

interface Case {
  name: string;
  scenario: string;
  /** The control that makes the change, and what its fieldset says (States by name, not code). */
  control: string;
  fieldset: RegExp;
  before: string;
  after: string;
  patch: { op: string; path: string; value?: unknown }[];
  changed: RegExp;
}

const CASES: Case[] = [
  {
    name: "China a State Party, by the 'What if a State had joined' checkbox",
    scenario: "xinjiang",
    control: 'input[type="checkbox"][name="h"][value="CHN"]',
    fieldset: /What if a State had joined[\s\S]*China/,
    before: "not_established", after: "established",
    patch: [{ op: "add", path: "/hypotheticals", value: { membership: [{ state: "CHN", entryIntoForce: "2002-07-01" }] } }],
    changed: /Jurisdiction: not established → established/,
  },
  {
    name: "only the effects of the deportation in Bangladesh, by a radio",
    scenario: "bangladesh-myanmar",
    control: 'input[type="radio"][name="f/incidents/0/territories/1/part"][value="effects"]',
    fieldset: /^What took place in Bangladesh /,
    before: "established", after: "not_established",
    patch: [{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }],
    changed: /Jurisdiction: established → not established/,
  },
];

const jurisdictionOutcome = async (page: Page) => (await outcomes(page)).jurisdiction;

const patchOf = (url: string) => {
  const p = decodePatch(new URL(url).searchParams.get("p") ?? undefined);
  assert.ok(p.ok, `p in ${url}`);
  return p.patch;
};

/** What the page says now: the outcome, what changed, the control's state. */
async function stateOf(page: Page, control: string) {
  return {
    outcome: await jurisdictionOutcome(page),
    changes: (await page.locator("ul.changes").innerText().catch(() => "")).trim(),
    checked: await page.locator(control).isChecked(),
  };
}

for (const c of CASES) {
  web.test(`with htmx: ${c.name} changes the tree, "What changed" and the URL; reloading that URL shows it again`, async () => {
    const v = await web.open(`/scenario/${c.scenario}?lang=en`);
    const page = v.page;
    assert.equal(await jurisdictionOutcome(page), c.before);
    assert.equal(await page.locator("ul.changes").count(), 0, "nothing changed yet");
    assert.match(await page.locator(c.control).locator("xpath=ancestor::fieldset[1]").innerText(), c.fieldset);
    // Marks on the window and on the live region: still there after the change only if htmx
    // swapped the page in place, and left the live region (outside main) where it was.
    await page.locator("html").evaluate((html) => { html.ownerDocument.defaultView.__sameDocument = true; });
    await page.locator('#announce[role="status"]').evaluate((box) => { box.__kept = true; });
    const swapped = page.waitForResponse((r) => r.url().includes("edit=1") && r.request().headers()["hx-request"] === "true");
    await page.locator(c.control).check();
    assert.equal((await swapped).status(), 200);
    await page.waitForURL(/[?&]p=/);
    await page.locator(`.tree > details.node.outcome-${c.after}`).first().waitFor();
    assert.equal(await jurisdictionOutcome(page), c.after);
    assert.deepEqual(patchOf(page.url()), c.patch);
    assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.defaultView.__sameDocument === true), true, "swapped by htmx, not loaded again");
    const after = await stateOf(page, c.control);
    assert.match(after.changes, c.changed);
    assert.equal(after.checked, true);
    // What a screen reader is told: the change, in the live region that was there before it.
    const announced = await page.locator("#announce").evaluate((box) => ({ kept: box.__kept === true, text: box.textContent }));
    assert.equal(announced.kept, true, "the live region outlives the swap");
    assert.match(announced.text, c.changed);
    // The header is outside the swapped main: its link to the other language must follow all the same.
    const french = await page.locator('header a[hreflang="fr"]').getAttribute("href");
    assert.equal(new URL(french!, page.url()).searchParams.get("p"), new URL(page.url()).searchParams.get("p"), "the language link carries the change");
    await v.screenshot(`changed-${c.scenario}-htmx`);

    await page.reload();
    assert.deepEqual(await stateOf(page, c.control), after, "the URL alone gives the same state");
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("p"));
    await page.locator(`.tree > details.node.outcome-${c.before}`).first().waitFor();
    assert.equal(await page.locator(c.control).isChecked(), false, "Back: the scenario as given");
    await page.goto(web.base + french);
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    assert.equal(await jurisdictionOutcome(page), c.after, "the French page shows the change");
    await v.done(`changed-${c.scenario}-back`);
  });

  web.test(`without JavaScript: ${c.name}, sent by the button, lands by a 303 on the same change and outcome as with htmx`, async () => {
    const v = await web.open(`/scenario/${c.scenario}?lang=en`, { javaScript: false });
    const page = v.page;
    assert.equal(await jurisdictionOutcome(page), c.before);
    await page.locator(c.control).check();
    const sent = page.waitForResponse((r) => r.url().includes("edit=1"));
    await page.locator('form button[type="submit"]').click();
    assert.equal((await sent).status(), 303);
    await page.waitForURL(/[?&]p=/);
    assert.equal(await jurisdictionOutcome(page), c.after);
    assert.deepEqual(patchOf(page.url()), c.patch);
    assert.match(await page.locator("ul.changes").innerText(), c.changed);
    await v.done(`changed-${c.scenario}-nojs`);
  });
}
