/**
 * "Build your own fact set" over HTTP, followed the way a person without JavaScript would: the
 * page's own links and forms, one step after another (./buildForm.ts reads them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { validateFactSet } from "../../src/facts/validate";
import { BLANK, buildHref, decodeFactSet } from "../../src/web/buildState";
import { app, binary, root, scenario } from "../http/helpers";
import { Answers, answerForm, belarus, fill, unescape } from "./buildForm";
import { assertFrench } from "../facts/frenchErrors";

/** Follow the page's form once: fill it, send it, follow the redirect. */
async function answer(page: string, answers: Answers, button: "answer" | "skip" = "answer") {
  const form = answerForm(page);
  assert.ok(form, "the page asks something");
  const { query } = fill(form, answers, button);
  const sent = await request(app()).get(`${form.action}?${query.toString()}`);
  assert.equal(sent.status, 303, sent.text.slice(0, 2000));
  const next = await request(app()).get(sent.headers.location!).expect(200);
  return { location: sent.headers.location!, page: next.text };
}
const factSetOf = (location: string) => {
  const d = decodeFactSet(new URL(location, "http://x").searchParams.get("f"));
  assert.ok(d.ok);
  return d.value as Record<string, unknown>;
};
/** The outcome so far, as the page's summary says it: one word per conclusion. */
// French pages keep French spacing (a no-break space before a colon): the summary reads past it.
const summaryOf = (page: string) => Object.fromEntries([...page.matchAll(/<strong>([^<]*)<\/strong>[\u00a0 ]?: <span class="word">([^<]*)<\/span>/g)].map((m) => [unescape(m[1]!), m[2]!]));

test("a blank start asks what happened first, says nothing is stored, and runs no inline script or style", async () => {
  const start = await request(app()).get("/build?lang=en").expect(200);
  assert.match(start.headers["content-security-policy"]!, /script-src 'self'; style-src 'self'/);
  assert.doesNotMatch(start.text, /<script>|<script [^>]*>[^<]|\sstyle="/, "no inline script or style");
  assert.match(start.text, /Nothing is stored on the server/);
  const blank = unescape(/<a href="([^"]*)">A blank fact set<\/a>/.exec(start.text)![1]!);
  const page = await request(app()).get(blank).expect(200);
  const form = answerForm(page.text);
  assert.equal(form?.step, "incident");
  assert.match(page.text, /<legend>What happened: which acts, where, when and by whom\?<\/legend>/, "the engine's own question for /incidents");
  assert.ok(form.controls.some((c) => c.name === "f/incidents/0/act" && c.kind === "select" && c.options.includes("deportation") && c.options.includes("other-inhumane-act")));
  // Every control has its label: a select or an input by <label for>, a radio by its fieldset's legend.
  for (const m of page.text.matchAll(/<(?:select|input) [^>]*id="([^"]+)"/g)) assert.match(page.text, new RegExp(`<label for="${m[1]}">`), m[1]);
  assert.equal(summaryOf(page.text)["Trigger (Arts. 13–15)"], "not triggered");
});

test("a scenario or a template starts the interview at its own URL; a link that cannot be read says which field", async () => {
  const sc = await request(app()).get("/build?lang=en&start=scenario:xinjiang").expect(303);
  assert.deepEqual(factSetOf(sc.headers.location!), scenario("xinjiang"));
  const act = await request(app()).get("/build?lang=fr&start=act:torture").expect(303);
  assert.deepEqual(factSetOf(act.headers.location!), { factSetVersion: 1, incidents: [{ id: "torture-1", act: "torture" }] });
  const page = await request(app()).get(act.headers.location!).expect(200);
  assert.equal(answerForm(page.text)?.step, "record", "the engine takes the record as given: the page asks for it");
  const bad = await request(app()).get("/build?lang=en&f=!!!").expect(400);
  assert.match(bad.text, /<code>\/f<\/code>/);
  await request(app()).get("/build?lang=en&start=act:nothing").expect(400);
});

test("answering a yes / no moves to another question; 'unknown' or skip leaves it unknown and moves on too", async () => {
  const facts = {
    factSetVersion: 1,
    incidents: [{ id: "a", act: "deportation", start: "2021-06-01", end: "2024-06-30", situations: ["pe-lithuania-belarus"], territories: [{ state: "BLR", part: "conduct" }, { state: "LTU", part: "element" }], perpetrators: [{ id: "p1", nationalities: ["BLR"], adult: true }] }],
    referrals: { states: [{ by: ["LTU"], date: "2024-09-30" }] },
  };
  const url = buildHref({ lang: "en", factSet: facts as typeof BLANK, skip: [], rec: true });
  const first = await request(app()).get(url).expect(200);
  const asked = answerForm(first.text)!;
  assert.match(asked.step, /^\/attack\//);
  assert.deepEqual(asked.controls.filter((c) => c.kind === "radio").map((c) => c.value), ["yes", "no", "unknown"]);
  const yes = await answer(first.text, [[/^f\//, "yes"]]);
  const fs = factSetOf(yes.location) as { attack: Record<string, unknown> };
  assert.equal(fs.attack[asked.step.slice("/attack/".length)], true, "the answer is in the fact set the link carries");
  const second = answerForm(yes.page)!;
  assert.notEqual(second.step, asked.step);
  const unknown = await answer(yes.page, [[/^f\//, "unknown"]]);
  assert.notEqual(answerForm(unknown.page)!.step, second.step);
  assert.deepEqual(new URL(unknown.location, "http://x").searchParams.getAll("skip"), [second.step]);
  const skipped = await answer(unknown.page, [], "skip");
  assert.equal(new URL(skipped.location, "http://x").searchParams.getAll("skip").length, 2);
  assert.match(skipped.page, /<h3>Skipped<\/h3>/);
  // With htmx: the page itself, and the URL to push.
  const form = answerForm(first.text)!;
  const hx = await request(app()).get(`${form.action}?${fill(form, [[/^f\//, "yes"]]).query.toString()}`).set("HX-Request", "true").expect(200);
  assert.equal(hx.headers["hx-push-url"], yes.location);
});

test("an answer the schema refuses is shown at its field, with its pointer, and nothing is lost", async () => {
  const url = buildHref({ lang: "en", factSet: BLANK, skip: [], rec: false });
  const page = await request(app()).get(url).expect(200);
  const form = answerForm(page.text)!;
  const { query } = fill(form, [[/\/act$/, "murder"], [/\/id$/, "Not An Id"]]);
  const res = await request(app()).get(`${form.action}?${query.toString()}`).expect(422);
  assert.match(res.text, /<code>\/incidents\/0\/id<\/code>/);
  assert.match(res.text, /<strong class="field-error" id="f-incidents-0-id-err">/);
  assert.match(res.text, /name="f\/incidents\/0\/id" value="Not An Id"/);
});

test("a pasted fact set with errors shows each error's pointer, and a control beside it where one can put it right", async () => {
  const bad = { factSetVersion: 1, attack: { widespread: "yes" }, incidents: [{ id: "A b", act: "deportation", start: "2024-13-01", territories: [{ state: "ltu" }] }] };
  const v = validateFactSet(bad);
  assert.ok(!v.ok);
  const res = await request(app()).post("/build").type("form").send({ lang: "en", json: JSON.stringify(bad) }).expect(422);
  for (const e of v.errors) assert.ok(res.text.includes(`<code>${e.pointer}</code>`), e.pointer);
  for (const p of ["/attack/widespread", "/incidents/0/id", "/incidents/0/territories/0/state"]) assert.ok(res.text.includes(`name="f${p}"`), p);
  const fixed = await request(app()).post("/build").type("form")
    .send({ lang: "en", json: JSON.stringify(bad), "f/attack/widespread": "yes", "f/incidents/0/id": "a-b", "f/incidents/0/start": "2024-12-01", "f/incidents/0/territories/0/state": "LTU" }).expect(303);
  assert.deepEqual(factSetOf(fixed.headers.location!), { factSetVersion: 1, attack: { widespread: true }, incidents: [{ id: "a-b", act: "deportation", start: "2024-12-01", territories: [{ state: "LTU" }] }] });
  const notJson = await request(app()).post("/build").type("form").send({ lang: "fr", json: "{nope" }).expect(422);
  assert.match(notJson.text, /Ce n&#x27;est pas du JSON/);
  assert.match(notJson.text, /\{nope<\/textarea>/, "what was pasted is kept");
});

test("in French, a pasted fact set's errors and an answer's are in French, at the same pointers", async () => {
  const bad = { factSetVersion: 1, attack: { widespread: "yes", policy: "State" }, incidentz: [], incidents: [{ id: "a", act: "deportation", start: "2024-13-01", end: "2020-01-01", territories: [{ state: "ltu" }] }] };
  const items = (html: string) => [...(/<ul class="errors">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "").matchAll(/<li><code>([^<]*)<\/code> ([^<]*)/g)].map((m) => ({ pointer: m[1]!, message: unescape(m[2]!).trim() }));
  const fr = items((await request(app()).post("/build").type("form").send({ lang: "fr", json: JSON.stringify(bad) }).expect(422)).text);
  const en = items((await request(app()).post("/build").type("form").send({ lang: "en", json: JSON.stringify(bad) }).expect(422)).text);
  assert.ok(fr.length >= 4, JSON.stringify(fr));
  assert.deepEqual(fr.map((e) => e.pointer), en.map((e) => e.pointer));
  for (const e of fr) assertFrench(e.message, e.pointer);
  assert.ok(fr.some((e) => e.message === "n'est pas un champ de cet objet\u202f; vouliez-vous dire «\u00a0incidents\u00a0»\u202f?"), JSON.stringify(fr));
  // Past the schema, the facts that do not fit together: also in French.
  const late = items((await request(app()).post("/build").type("form").send({ lang: "fr", json: JSON.stringify({ factSetVersion: 1, incidents: [{ id: "a", act: "murder", start: "2024-01-01", end: "2020-01-01" }] }) }).expect(422)).text);
  assert.deepEqual(late, [{ pointer: "/incidents/0/end", message: "la fin du comportement (2020-01-01) est antérieure à son début (2024-01-01)" }]);
  // An answer the schema refuses, on the French interview: at its field and in the list, in French.
  const form = answerForm((await request(app()).get(buildHref({ lang: "fr", factSet: BLANK, skip: [], rec: false })).expect(200)).text)!;
  const refused = await request(app()).get(`${form.action}?${fill(form, [[/\/act$/, "murder"], [/\/id$/, "Not An Id"]]).query.toString()}`).expect(422);
  const atField = unescape(/<strong class="field-error" id="f-incidents-0-id-err">([^<]*)</.exec(refused.text)?.[1] ?? "");
  assert.match(atField, /^ne doit comporter que des lettres minuscules, chiffres et traits d'union .*par exemple «\u00a0not-an-id\u00a0»$/);
  assertFrench(atField);
});

test("the downloads are POST /v1/memos's memo, byte for byte, and the fact set itself", async () => {
  const facts = scenario("bangladesh-myanmar");
  for (const lang of ["en", "fr"] as const) {
    const href = (path: string) => buildHref({ lang, factSet: facts as unknown as typeof BLANK, skip: [], rec: true }, path);
    for (const format of ["md", "html"] as const) {
      const page = await request(app()).get(href(`/build/memo.${format}`)).expect(200);
      const api = await request(app()).post(`/v1/memos?format=${format}&lang=${lang}`).send(facts).expect(200);
      assert.equal(page.text, api.text, `${format} ${lang}`);
    }
    const docx = await request(app()).get(href("/build/memo.docx")).buffer(true).parse(binary).expect(200);
    const apiDocx = await request(app()).post(`/v1/memos?format=docx&lang=${lang}`).send(facts).buffer(true).parse(binary).expect(200);
    assert.ok(Buffer.compare(docx.body as Buffer, apiDocx.body as Buffer) === 0, `docx ${lang}`);
    assert.equal(docx.headers["content-disposition"], apiDocx.headers["content-disposition"]);
    const json = await request(app()).get(href("/build/facts.json")).expect(200);
    assert.deepEqual(JSON.parse(json.text), facts);
  }
});

/** From the start page to the end of the interview, by the page's own link and forms; every page seen is returned. */
async function interview(lang: "en" | "fr", answers: Answers, limit = 40) {
  const start = await request(app()).get(`/build?lang=${lang}`).expect(200);
  const blank = unescape(/<li><a href="([^"]*)">[^<]*<\/a><\/li>/.exec(start.text)![1]!);
  let page = (await request(app()).get(blank).expect(200)).text;
  let location = blank;
  const pages = [start.text, page];
  const steps: string[] = [];
  for (let k = 0; k < limit; k++) {
    const form = answerForm(page);
    if (!form) return { page, location, pages, steps };
    steps.push(form.step);
    // The question read, its answer looked up by pointer; a question the table has no answer for is skipped.
    const { answered } = fill(form, answers);
    ({ page, location } = await answer(page, answers, answered.length ? "answer" : "skip"));
    pages.push(page);
  }
  assert.fail(`the interview did not end within ${limit} steps: ${steps.join(", ")}`);
}

test("the acceptance path: the Belarus–Lithuania deportation, built from a blank page by answering its questions, is within jurisdiction and triggered", async () => {
  const { page, location, steps } = await interview("en", belarus("en"));
  const outcome = summaryOf(page);
  assert.equal(outcome["Jurisdiction"], "established");
  assert.equal(outcome["Trigger (Arts. 13–15)"], "triggered");
  assert.equal(steps[0], "incident", "what happened, first");
  assert.equal(steps[1], "record", "then the record, which the engine does not ask for");
  assert.ok(steps.includes("/incidents/0/situations"), "the referral's situation is one defined by the kind of conduct: the engine asks, the page answers");
  const fs = factSetOf(location) as { incidents: { territories: unknown[]; perpetrators: { nationalities: string[] }[] }[]; referrals: unknown };
  assert.deepEqual(fs.incidents[0]!.territories, [{ state: "BLR", part: "conduct" }, { state: "LTU", part: "element" }]);
  assert.deepEqual(fs.incidents[0]!.perpetrators[0]!.nationalities, ["BLR"]);
  assert.deepEqual(fs.referrals, { states: [{ by: ["LTU"], date: "2024-09-30" }] });
  assert.ok(validateFactSet(fs).ok);
  assert.ok(location.length < 2048, `a link of ${location.length} characters`);
});

/** Not words: the language codes, and the link to the other language (the French page names English in English). */
const NOT_WORDS = new Set(["lang", "other", "otherName"]);

/** Every string of the English page words that the French ones change, cut at its placeholders. */
function englishOnly(en: unknown, fr: unknown, out: string[] = []): string[] {
  if (typeof en === "string") {
    if (en !== fr) for (const part of en.split(/\{[a-z]+\}/)) if (/\p{L}{2}/u.test(part)) out.push(part.trim());
  } else if (en && typeof en === "object") for (const [k, v] of Object.entries(en)) if (!NOT_WORDS.has(k)) englishOnly(v, (fr as Record<string, unknown> | undefined)?.[k], out);
  return out;
}

test("the French interview reaches the same outcome, and no page of it shows a word of the English page strings", async () => {
  const en = JSON.parse(readFileSync(join(root, "templates", "web", "en", "strings.json"), "utf8")) as unknown;
  const fr = JSON.parse(readFileSync(join(root, "templates", "web", "fr", "strings.json"), "utf8")) as unknown;
  const words = englishOnly(en, fr);
  assert.ok(words.length > 100);
  const { page, pages } = await interview("fr", belarus("fr"));
  assert.equal(summaryOf(page)["Compétence"], "établie");
  assert.equal(summaryOf(page)["Déclenchement (art. 13 à 15)"], "déclenché");
  const record = buildHref({ lang: "fr", factSet: { factSetVersion: 1, incidents: [{ id: "a", act: "persecution" }] }, skip: [], rec: true, step: "record" });
  pages.push((await request(app()).get(record).expect(200)).text);
  pages.push((await request(app()).post("/build").type("form").send({ lang: "fr", json: '{"factSetVersion":1,"attack":{"widespread":"oui"}}' }).expect(422)).text);
  for (const html of pages) {
    // What a reader sees: text, and the words of buttons, options and labels (the errors' too); not pointers or the JSON itself, nor the
    // scenarios' titles (the scenarios', in one language, as on the home page),
    // nor the provisions the tree cites (as the rules cite them: "EoC art. 7(1)(d), element 1 (no permitted grounds)"), nor a
    // value quoted as the fact set spells it (the engine's question on the policy: répondez « state », « organization » ou « none »).
    const text = unescape(html.replace(/<code>[\s\S]*?<\/code>|<pre>[\s\S]*?<\/pre>|<textarea[\s\S]*?<\/textarea>|<select id="start-scenario"[\s\S]*?<\/select>|<p class="cite">[\s\S]*?<\/p>/g, " ").replace(/<[^>]+>/g, " ")).replace(/«\s*[a-z-]+\s*»/g, " ");
    for (const w of words) {
      const re = new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u");
      const m = re.exec(text);
      assert.ok(!m, `English on the French page: “${w}” in “${m ? text.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, " ") : ""}”`);
    }
  }
});
