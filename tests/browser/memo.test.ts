/**
 * The memo tab, in Chromium, after a change made on the page: the iframe's document is POST
 * /v1/memos?format=html for the same fact set — its source byte for byte, and the text Chromium
 * shows of it — and the tab's Markdown link is POST /v1/memos?format=md's.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Frame } from "playwright-core";
import { browserSuite, root } from "./harness";

const web = browserSuite();

interface Case { scenario: string; lang: "en" | "fr"; control: string; change: (f: FactSet) => void }
type FactSet = { incidents: { territories: { part: string }[] }[]; hypotheticals?: unknown };

const CASES: Case[] = [
  {
    scenario: "bangladesh-myanmar", lang: "fr",
    control: 'input[type="radio"][name="f/incidents/0/territories/1/part"][value="effects"]',
    change: (f) => { f.incidents[0]!.territories[1]!.part = "effects"; },
  },
  {
    scenario: "xinjiang", lang: "en",
    control: 'input[type="checkbox"][name="h"][value="CHN"]',
    change: (f) => { f.hypotheticals = { membership: [{ state: "CHN", entryIntoForce: "2002-07-01" }] }; },
  },
];

for (const c of CASES) {
  web.test(`${c.scenario} in ${c.lang}, changed on the page: the memo tab shows POST /v1/memos's memo for the changed facts`, async () => {
    // The fact set the API is sent: the scenario's file with the same change, made here.
    const facts = JSON.parse(readFileSync(join(root, "scenarios", `${c.scenario}.json`), "utf8")) as FactSet;
    c.change(facts);
    const post = async (format: string) => {
      const res = await web.fetch(`/v1/memos?format=${format}&lang=${c.lang}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(facts) });
      assert.equal(res.status, 200);
      return res.text();
    };

    const v = await web.open(`/scenario/${c.scenario}?lang=${c.lang}`);
    const { page } = v;
    await page.locator(c.control).check();
    await page.waitForURL(/[?&]p=/);
    // The tab's link is the swapped page's: it carries the change.
    await page.locator('nav.tabs a[href*="/memo?"]').click();
    await page.waitForURL(/\/memo\?.*p=/);
    const frame = await (await page.locator("iframe.memo").elementHandle())!.contentFrame() as Frame;
    await frame.waitForLoadState("load");
    assert.match(frame.url(), /\/memo\.html\?.*p=/);

    // The source: the frame's own URL, fetched again, against the API's reply.
    const api = await post("html");
    const served = await (await web.fetch(new URL(frame.url()).pathname + new URL(frame.url()).search)).text();
    assert.equal(served, api, "the memo tab's document is the API's, byte for byte");
    // The document as Chromium shows it, against the API's reply shown in a page of its own.
    const shown = await frame.locator("body").innerText();
    const other = await page.context().newPage();
    await other.setContent(api);
    assert.equal(shown, await other.locator("body").innerText());
    assert.equal(await frame.locator("html").getAttribute("lang"), c.lang);
    await other.close();

    const md = await page.locator('main a[href*="/memo.md?"]').first().getAttribute("href");
    assert.ok(md);
    assert.equal(await (await web.fetch(md)).text(), await post("md"), "the Markdown link is the API's memo");
    await v.done(`memo-${c.scenario}-${c.lang}`);
  });
}
