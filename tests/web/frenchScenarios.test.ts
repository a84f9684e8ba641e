/**
 * The scenarios' own words on the French pages: the home page's cards, each scenario page's title,
 * teaching notes and what-ifs, the quiz's and the build page's titles are the French ones
 * (scenarios/expected/<id>.json, `fr`), not the English; the English pages keep the English; the
 * API keeps the English.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { loadScenarios } from "../../src/teach/scenarios";
import { app, root } from "../http/helpers";

const scenarios = loadScenarios(root);
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&#x3D;/g, "=").replace(/&#x60;/g, "`").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const main = (html: string) => decode(html.slice(html.indexOf("<main"), html.indexOf("</main>")));
const h1 = (html: string) => decode(/<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? "");
/** The what-ifs' links, as the page gives them, without the language. */
const whatIfLinks = (html: string) => [...(/<ul class="whatifs">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "").matchAll(/<a href="([^"]+)">/g)]
  .map((m) => decode(m[1]!).replace(/lang=(en|fr)/, "lang="));

test("the French home page shows every scenario's French title and description, and not the English", async () => {
  const fr = main((await request(app()).get("/?lang=fr").expect(200)).text);
  const en = main((await request(app()).get("/?lang=en").expect(200)).text);
  for (const s of scenarios) {
    const f = s.words("fr"), e = s.words("en");
    assert.ok(fr.includes(f.title), `${s.id}: French title on the French page`);
    assert.ok(fr.includes(f.description), `${s.id}: French description on the French page`);
    assert.ok(!fr.includes(e.title), `${s.id}: English title on the French page`);
    assert.ok(!fr.includes(e.description.slice(0, 80)), `${s.id}: English description on the French page`);
    assert.ok(en.includes(e.title) && en.includes(e.description), `${s.id}: the English page in English`);
    assert.ok(!en.includes(f.title), `${s.id}: French title on the English page`);
  }
});

test("each French scenario page: its French title, description, teaching notes and what-ifs, none of the English, the what-ifs linked to the same changes", async () => {
  for (const s of scenarios) {
    const f = s.words("fr"), e = s.words("en");
    const page = (await request(app()).get(`/scenario/${s.id}?lang=fr`).expect(200)).text;
    const text = main(page);
    assert.equal(h1(page), f.title, `${s.id}: the heading`);
    assert.equal(decode(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? ""), `${f.title} — rome-assess`, `${s.id}: the page's title`);
    const t = f.teaching!, te = e.teaching!;
    for (const x of [f.description, ...t.objectives, ...t.questions, t.leadingDecision, ...t.whatIf.map((w) => w.description)]) assert.ok(text.includes(x), `${s.id}: "${x.slice(0, 50)}…" on the French page`);
    for (const x of [e.title, e.description, ...te.objectives, ...te.questions, ...te.whatIf.map((w) => w.description)]) assert.ok(!text.includes(x), `${s.id}: "${x.slice(0, 50)}…" (English) on the French page`);
    // Matched by position, each French what-if links to the change its English one describes.
    const english = (await request(app()).get(`/scenario/${s.id}?lang=en`).expect(200)).text;
    assert.equal(h1(english), e.title);
    assert.equal(whatIfLinks(page).length, te.whatIf.length, `${s.id}: every what-if is a link`);
    assert.deepEqual(whatIfLinks(page), whatIfLinks(english), `${s.id}: the French what-ifs link to the English ones' changes`);
  }
});

test("the quiz and memo tabs and the build page's scenarios are titled in French on the French pages", async () => {
  const s = scenarios.find((x) => x.id === "kenya")!;
  for (const view of ["/quiz", "/memo"]) {
    const fr = (await request(app()).get(`/scenario/kenya${view}?lang=fr`).expect(200)).text;
    assert.equal(h1(fr), s.words("fr").title, `${view} in French`);
    const en = (await request(app()).get(`/scenario/kenya${view}?lang=en`).expect(200)).text;
    assert.equal(h1(en), s.title, `${view} in English`);
  }
  const build = decode((await request(app()).get("/build?lang=fr").expect(200)).text);
  for (const x of scenarios) assert.ok(build.includes(`<option value="scenario:${x.id}">${x.words("fr").title}</option>`), `${x.id} in the build page's list`);
});

test("the API keeps the English words: the list's titles, and the teacher's key without fr", async () => {
  const list = (await request(app()).get("/v1/scenarios").expect(200)).body as { scenarios: { id: string; title: string }[] };
  for (const x of list.scenarios) assert.equal(x.title, scenarios.find((s) => s.id === x.id)!.title);
  const key = (await request(app()).get("/v1/scenarios/kenya?include=expected").expect(200)).body as { title: string; expected: Record<string, unknown> };
  assert.equal(key.title, scenarios.find((s) => s.id === "kenya")!.title);
  assert.equal("fr" in key.expected, false);
  assert.equal(typeof key.expected.description, "string");
});
