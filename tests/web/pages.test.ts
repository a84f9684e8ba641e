/**
 * The web page over HTTP (the browser tests drive it in Chromium): the pages, their security
 * headers, the state in the URL, the form that works without JavaScript, and the memo files equal
 * to POST /v1/memos.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { assertFrench } from "../facts/frenchErrors";
import { app, scenario } from "../http/helpers";
import { decodePatch, encodePatch } from "../../src/web/urlState";
import { unescape } from "./buildForm";

test("GET /: the scenarios, in English and in French, under a CSP that allows no inline script", async () => {
  for (const lang of ["en", "fr"]) {
    const res = await request(app()).get(`/?lang=${lang}`).expect(200);
    assert.match(res.headers["content-type"]!, /^text\/html/);
    assert.match(res.headers["content-security-policy"]!, /script-src 'self'/);
    assert.doesNotMatch(res.headers["content-security-policy"]!, /unsafe-inline/);
    assert.match(res.text, new RegExp(`<html lang="${lang}">`));
    assert.match(res.text, /href="\/scenario\/xinjiang\?lang=/);
    // The two ways in without a scenario: building a fact set, and a quiz on one's own.
    assert.match(res.text, new RegExp(`href="/build\\?lang=${lang}"`));
    assert.match(res.text, new RegExp(`href="/quiz\\?lang=${lang}"`));
    assert.doesNotMatch(res.text, /<script>|<script [^>]*>[^<]/, "no inline script");
  }
});

test("the assets are served by the app: htmx pinned, the stylesheet, the script", async () => {
  const htmx = await request(app()).get("/assets/htmx.min.js").expect(200);
  assert.match(htmx.headers["content-type"]!, /javascript/);
  assert.match(htmx.text, /htmx/);
  await request(app()).get("/assets/site.css").expect(200).expect("Content-Type", /text\/css/);
  await request(app()).get("/assets/app.js").expect(200);
  await request(app()).get("/assets/nothing.js").expect(404);
});

test("a form sent without JavaScript: the changes become a JSON Patch in the URL, and that URL shows them", async () => {
  const sent = await request(app()).get("/scenario/xinjiang?lang=en&edit=1&p=&hstate=CHN&h=CHN").expect(303);
  const url = new URL(sent.headers.location!, "http://x");
  const patch = decodePatch(url.searchParams.get("p"));
  assert.ok(patch.ok);
  assert.deepEqual(patch.patch, [{ op: "add", path: "/hypotheticals", value: { membership: [{ state: "CHN", entryIntoForce: "2002-07-01" }] } }]);
  const page = await request(app()).get(url.pathname + url.search).expect(200);
  // China a (hypothetical) State Party: jurisdiction established, and the page says what changed.
  assert.match(page.text, /Jurisdiction<\/strong>: not established → established/);
  // A three-valued fact, set to "no" by its control, is in the patch under its pointer.
  const no = await request(app()).get("/scenario/bangladesh-myanmar?lang=en&edit=1&p=&f/incidents/0/elements/toAnotherState=no").expect(303);
  const p2 = decodePatch(new URL(no.headers.location!, "http://x").searchParams.get("p"));
  assert.ok(p2.ok && p2.patch.some((op) => op.path === "/incidents/0/elements/toAnotherState" && op.value === false));
});

test("with htmx, the same request answers with the page and the URL to push", async () => {
  const res = await request(app()).get("/scenario/xinjiang?lang=en&edit=1&p=&hstate=CHN&h=CHN").set("HX-Request", "true").expect(200);
  assert.match(res.headers["hx-push-url"]!, /^\/scenario\/xinjiang\?lang=en&p=/);
  assert.match(res.text, /not established → established/);
});

test("a link that cannot be read says so and shows the scenario as given; a link from other rules says so", async () => {
  const bad = await request(app()).get("/scenario/xinjiang?p=!!!").expect(200);
  assert.match(bad.text, /role="alert"/);
  const stale = await request(app()).get("/scenario/xinjiang?rd=000000000000").expect(200);
  assert.match(stale.text, /made under other rules/);
  await request(app()).get("/scenario/no-such").expect(404);
});

test("in French, a link whose changes cannot be read or applied says why in French, on the facts and the quiz tabs", async () => {
  const notice = (html: string) => unescape(/<p class="notice error" role="alert">([^<]*)<\/p>/.exec(html)?.[1] ?? "");
  const unreadable = notice((await request(app()).get("/scenario/xinjiang?lang=fr&p=!!!").expect(200)).text);
  assert.match(unreadable, /^Les modifications de ce lien n'ont pu être lues\u00a0: les modifications de ce lien ne sont pas un JSON Patch encodé en base64url/);
  const p = encodePatch([{ op: "replace", path: "/nope", value: 1 }]);
  for (const view of ["", "/quiz"]) {
    const said = notice((await request(app()).get(`/scenario/xinjiang${view}?lang=fr&p=${p}`).expect(200)).text);
    assert.match(said, /son «\u00a0path\u00a0» n'existe pas dans le dossier/, view);
    assertFrench(said.replace(/^[^:]*:/, ""), view);
  }
});

test("the memo files are POST /v1/memos's, byte for byte", async () => {
  const p = encodePatch([{ op: "replace", path: "/incidents/0/elements/toAnotherState", value: false }]);
  const facts = structuredClone(scenario("bangladesh-myanmar")) as { incidents: { elements: Record<string, unknown> }[] };
  facts.incidents[0]!.elements.toAnotherState = false;
  for (const [format, lang] of [["md", "en"], ["html", "fr"]] as const) {
    const page = await request(app()).get(`/scenario/bangladesh-myanmar/memo.${format}?lang=${lang}&p=${p}`).expect(200);
    const api = await request(app()).post(`/v1/memos?format=${format}&lang=${lang}`).send(facts).expect(200);
    assert.equal(page.text, api.text, `${format} ${lang}`);
  }
  const json = await request(app()).get(`/scenario/bangladesh-myanmar/facts.json?p=${p}`).expect(200);
  assert.deepEqual(JSON.parse(json.text), facts);
});

test("a fact read is said once: whether its condition holds, and its value only where it adds something", async () => {
  for (const lang of ["en", "fr"]) {
    const html = (await request(app()).get(`/scenario/xinjiang?lang=${lang}`).expect(200)).text;
    const lines = [...html.matchAll(/<ul class="read">([\s\S]*?)<\/ul>/g)].flatMap((m) => m[1]!.split("</li>")).filter((l) => l.includes("<strong>"));
    assert.ok(lines.length > 20, `${lines.length} facts read`);
    const twice = lines.filter((l) => /<strong>[^<]*<\/strong> \((yes|no|unknown|oui|non|inconnu|met|not met|rempli|non rempli)\)/.test(l));
    assert.deepEqual(twice, []);
    // A period is what a temporal condition read: it stays.
    assert.ok(lines.some((l) => /<strong>[^<]+<\/strong> \([^)]*2017/.test(l)), "a value that adds something is kept");
  }
});
