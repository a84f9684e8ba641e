/**
 * The scenario page by keyboard alone, in Chromium: the first Tab reaches the skip link, which
 * shows and moves the focus to main; a fact's radio changes with the arrow keys, htmx swaps the
 * page, and the focus stays on the radio that was chosen.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { decodePatch } from "../../src/web/urlState";
import { browserSuite } from "./harness";

const web = browserSuite();

/** The focused element, described. */
function focused(page: Page): Promise<{ tag: string; cls: string; id: string; name: string; value: string; type: string; inMain: boolean }> {
  return page.locator("html").evaluate((html) => {
    const a = html.ownerDocument.activeElement;
    return { tag: a.tagName.toLowerCase(), cls: a.className, id: a.id, name: a.name ?? "", value: a.value ?? "", type: a.type ?? "", inMain: !!a.closest("main") };
  });
}

web.test("the first Tab reaches the skip link; it shows, and Enter moves the focus to main", async () => {
  const v = await web.open("/scenario/xinjiang?lang=en");
  const { page } = v;
  await page.keyboard.press("Tab");
  const first = await focused(page);
  assert.equal(first.tag, "a");
  assert.equal(first.cls, "skip");
  // Off screen until focused, then on it.
  const box = await page.locator("a.skip").boundingBox();
  assert.ok(box && box.x >= 0 && box.y >= 0, `the focused skip link is on screen: ${JSON.stringify(box)}`);
  await v.screenshot("keyboard-skip-link");
  await page.keyboard.press("Enter");
  const target = await focused(page);
  assert.equal(target.tag, "main");
  assert.equal(target.id, "main");
  // The next Tab goes on from main, not from the site's navigation.
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).inMain, true);
  await v.done("keyboard-main");
});

web.test("a fact's radio changes by keyboard: the arrow key chooses the next value, the page follows, the focus stays on it", async () => {
  const v = await web.open("/scenario/xinjiang?lang=en");
  const { page } = v;
  let at = await focused(page);
  // Bounded: the first radio comes after the tabs, the teaching notes and the filter links.
  for (let i = 0; i < 40 && at.type !== "radio"; i++) {
    await page.keyboard.press("Tab");
    at = await focused(page);
  }
  assert.equal(at.type, "radio", "Tab reaches a fact's radio");
  const group = page.locator(`input[type="radio"][name="${at.name}"]`);
  const values = await group.evaluateAll((inputs) => inputs.map((i) => i.value));
  const next = values[values.indexOf(at.value) + 1];
  assert.ok(next, `a value after ${at.value} in ${values.join(", ")}`);
  await page.keyboard.press("ArrowDown");
  await page.waitForURL(/[?&]p=/);
  // The fact is marked changed once htmx has swapped the page.
  await page.locator(`fieldset.fact.changed input[name="${at.name}"]`).first().waitFor();
  assert.equal(await page.locator(`input[name="${at.name}"][value="${next}"]`).isChecked(), true);
  const p = decodePatch(new URL(page.url()).searchParams.get("p") ?? undefined);
  const pointer = at.name.slice(1);
  assert.ok(p.ok && p.patch.some((op) => op.path === pointer), `the URL's patch changes ${pointer}`);
  const after = await focused(page);
  assert.deepEqual([after.name, after.value], [at.name, next], "the focus is on the radio chosen, after the swap");
  assert.notEqual((await page.locator("ul.changes").count()), 0, "what changed is listed");
  await v.done("keyboard-radio");
});
