/**
 * The record in the facts panel, in Chromium: the pages with referrals, declarations, deferrals,
 * the Prosecutor's steps and the Court's own record have no axe-core violation in either
 * language; a date changed with htmx swaps the page in place, and the tree, "What changed" and
 * the URL follow; without JavaScript the form's button sends the same change; a required date
 * emptied is not sent, and the browser says why on the field.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { decodePatch } from "../../src/web/urlState";
import { assertNoAxeViolations, browserSuite, openAllDetails, structuralProblems } from "./harness";

const web = browserSuite();

const FROM = 'input[type="date"][name="f/deferrals/0/from"]';
const CHANGE = [{ op: "replace", path: "/deferrals/0/from", value: "2023-06-01" }];
/** Twelve months from 1 June 2023 end before the assessment date, 1 December 2024: no deferral in force (Art. 16). */
const NOT_IN_FORCE = /Whether proceedings are suspended by a Security Council deferral: met → not met/;

const patchOf = (url: string) => {
  const p = decodePatch(new URL(url).searchParams.get("p") ?? undefined);
  assert.ok(p.ok, `p in ${url}`);
  return p.patch;
};
/** The deferral's node in the outcome tree (under the trigger), by its class. */
const deferralOutcome = (page: Page) =>
  page.locator("details.node", { has: page.locator(":scope > summary", { hasText: "Whether proceedings are suspended by a Security Council deferral" }) })
    .first().evaluate((d) => /outcome-([a-z_]+)/.exec(d.className)?.[1]);

for (const lang of ["en", "fr"] as const) {
  for (const id of ["classroom-deferral-16", "ukraine", "burundi"]) {
    web.test(`${id} in ${lang}: the record's groups, dates and the Court's steps have no axe-core violation, no id twice`, async () => {
      const v = await web.open(`/scenario/${id}?lang=${lang}`);
      assert.ok(await v.page.locator('section.facts input[type="date"]').count() > 0, "the record's dates are on the page");
      await openAllDetails(v.page);
      await assertNoAxeViolations(v.page);
      assert.deepEqual(await structuralProblems(v.page), []);
      await v.done(`record-${id}-${lang}`);
    });
  }
}

web.test("with htmx: a deferral's date changed swaps the page in place; the tree, 'What changed' and the URL follow; the focus stays on the date", async () => {
  const v = await web.open("/scenario/classroom-deferral-16?lang=en");
  const { page } = v;
  assert.equal(await deferralOutcome(page), "met");
  await page.locator("html").evaluate((html) => { html.ownerDocument.defaultView.__sameDocument = true; });
  const swapped = page.waitForResponse((r) => r.url().includes("edit=1") && r.request().headers()["hx-request"] === "true");
  await page.locator(FROM).fill("2023-06-01");
  assert.equal((await swapped).status(), 200);
  await page.waitForURL(/[?&]p=/);
  await page.locator("div.fact.changed#f-deferrals-0-from").waitFor();
  assert.deepEqual(patchOf(page.url()), CHANGE);
  assert.equal(await deferralOutcome(page), "not_met");
  assert.match(await page.locator("ul.changes").innerText(), NOT_IN_FORCE);
  assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.defaultView.__sameDocument === true), true, "swapped by htmx, not loaded again");
  assert.equal(await page.locator(FROM).inputValue(), "2023-06-01");
  assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.activeElement.id), "f-deferrals-0-from-in", "the focus is on the date, after the swap");
  // The tree's Chapter VII fact links to its control.
  await page.locator('ul.read a[href="#f-deferrals-0-chapterVII"]').first().click();
  assert.equal(new URL(page.url()).hash, "#f-deferrals-0-chapterVII");
  await page.reload();
  assert.equal(await page.locator(FROM).inputValue(), "2023-06-01", "the URL alone gives the same state");
  assert.equal(await deferralOutcome(page), "not_met");
  await v.done("record-date-htmx");
});

web.test("without JavaScript: the same date, sent by the button, lands by a 303 on the same change and outcome", async () => {
  const v = await web.open("/scenario/classroom-deferral-16?lang=en", { javaScript: false });
  const { page } = v;
  await page.locator(FROM).fill("2023-06-01");
  const sent = page.waitForResponse((r) => r.url().includes("edit=1"));
  await page.locator('form button[type="submit"]').click();
  assert.equal((await sent).status(), 303);
  await page.waitForURL(/[?&]p=/);
  assert.deepEqual(patchOf(page.url()), CHANGE);
  assert.equal(await deferralOutcome(page), "not_met");
  assert.match(await page.locator("ul.changes").innerText(), NOT_IN_FORCE);
  await v.done("record-date-nojs");
});

web.test("a required date emptied is not sent: htmx halts on the form's validation (the browser says why, on the field), the URL and the outcome stay", async () => {
  const v = await web.open("/scenario/classroom-deferral-16?lang=en");
  const { page } = v;
  // Listening first, then emptying the date: the event says htmx decided not to send the form.
  await page.locator("html").evaluate((html) => {
    html.ownerDocument.defaultView.__halted = new Promise((resolve) => html.ownerDocument.addEventListener("htmx:validation:halted", () => resolve(true), { once: true }));
  });
  await page.locator(FROM).fill("");
  assert.equal(await page.locator("html").evaluate((html) => html.ownerDocument.defaultView.__halted), true);
  assert.equal(await page.locator(FROM).evaluate((i) => i.validity.valueMissing), true);
  assert.equal(new URL(page.url()).searchParams.get("p"), null);
  assert.equal(await deferralOutcome(page), "met");
  // Without JavaScript the form does not validate, so its button does not send it (HTML's constraint validation).
  const off = await web.open("/scenario/classroom-deferral-16?lang=en", { javaScript: false });
  await off.page.locator(FROM).fill("");
  assert.equal(await off.page.locator(FROM).evaluate((i) => i.matches(":invalid")), true);
  assert.equal(await off.page.locator("section.facts form").evaluate((f) => f.checkValidity()), false);
  await off.done("record-required-nojs");
  await v.done("record-required-htmx");
});
