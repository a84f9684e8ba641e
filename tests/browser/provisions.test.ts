/**
 * The provision's words in the outcome tree, in Chromium (HTML's popover, no script needed):
 * clicking a node's provision shows its words and Esc closes them; by keyboard, Enter opens,
 * Tab reaches the popover's close button, Esc closes and the focus is back on the provision;
 * axe-core finds nothing with a popover open; printed, the words follow the tree as a list.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { assertNoAxeViolations, browserSuite, openAllDetails } from "./harness";

const web = browserSuite();

const BUTTON = 'button.provision[popovertarget="pv-art-12-2-a"]';
const POPOVER = "#pv-art-12-2-a";
const isOpen = (page: Page) => page.locator(POPOVER).evaluate((p) => p.matches(":popover-open"));
const focused = (page: Page) => page.locator("html").evaluate((html) => {
  const a = html.ownerDocument.activeElement;
  return `${a.tagName.toLowerCase()}.${a.className}${a.getAttribute("popovertarget") ? `[${a.getAttribute("popovertarget")}]` : ""}`;
});

for (const javaScript of [true, false]) {
  web.test(`${javaScript ? "with" : "without"} JavaScript: clicking a node's provision shows its words; Esc closes them`, async () => {
    const v = await web.open("/scenario/bangladesh-myanmar?lang=en", { javaScript });
    const { page } = v;
    assert.equal(await isOpen(page), false);
    assert.equal(await page.locator(POPOVER).isVisible(), false);
    // A node that is not met is open: its provision is on screen as the page loads.
    await page.locator(`${BUTTON}:visible`).first().click();
    assert.equal(await isOpen(page), true);
    assert.match(await page.locator(POPOVER).innerText(), /Territory\. .*at least one element of the crime/);
    await page.keyboard.press("Escape");
    assert.equal(await isOpen(page), false);
    assert.equal(await page.locator(POPOVER).isVisible(), false);
    await v.done(`provision-click-${javaScript ? "js" : "nojs"}`);
  });
}

web.test("by keyboard: Enter opens the provision's words, Tab reaches their close button, Esc closes and the focus is back on the provision", async () => {
  const v = await web.open("/scenario/bangladesh-myanmar?lang=fr");
  const { page } = v;
  await openAllDetails(page);
  const button = page.locator(BUTTON).first();
  await button.focus();
  await page.keyboard.press("Enter");
  assert.equal(await isOpen(page), true);
  assert.match(await page.locator(POPOVER).innerText(), /Territoire\./);
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "button.provision-close[pv-art-12-2-a]", "the next Tab goes into the popover");
  await page.keyboard.press("Escape");
  assert.equal(await isOpen(page), false);
  assert.equal(await focused(page), "button.provision[pv-art-12-2-a]", "the focus returns to the provision");
  // The close button closes too.
  await page.keyboard.press("Enter");
  assert.equal(await isOpen(page), true);
  await page.locator(`${POPOVER} button.provision-close`).click();
  assert.equal(await isOpen(page), false);
  await v.done("provision-keyboard-fr");
});

web.test("axe-core finds no violation with a provision's words open, in either language", async () => {
  for (const lang of ["en", "fr"]) {
    const v = await web.open(`/scenario/bangladesh-myanmar?lang=${lang}`);
    await openAllDetails(v.page);
    await v.page.locator(BUTTON).first().click();
    assert.equal(await isOpen(v.page), true);
    await assertNoAxeViolations(v.page);
    await v.done(`provision-open-${lang}`);
  }
});

web.test("printed, the provisions' words follow the tree as a list, without their close buttons", async () => {
  const v = await web.open("/scenario/bangladesh-myanmar?lang=en");
  const { page } = v;
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(POPOVER).isVisible(), true, "shown without being opened");
  assert.match(await page.locator(POPOVER).innerText(), /Territory\./);
  assert.equal(await page.locator(".provisions h3").isVisible(), true);
  assert.equal(await page.locator(`${POPOVER} .provision-close`).isVisible(), false);
  const position = await page.locator(POPOVER).evaluate((p) => p.ownerDocument.defaultView.getComputedStyle(p).position);
  assert.equal(position, "static", "in the flow of the page, not floating over it");
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator(POPOVER).isVisible(), false);
  await v.done("provision-print");
});
