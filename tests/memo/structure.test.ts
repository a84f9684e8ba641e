/**
 * The memo's structure as its readers rely on it: the marginal cost of an incident in the body,
 * the body's paragraphs linked to their nodes in Annex A (the same ids in English and French),
 * every deciding node in the body or in Annex A, and Annex B's facts and sources.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { renderMemo } from "../../src/memo/renderMemo";
import { bodyOf, wordsOf } from "./measure";

const root = join(__dirname, "..", "..", "..");
const load = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")) as FactSet;
type Json = Record<string, any>;

async function memo(fs: unknown, lang: "en" | "fr" = "en", format: "md" | "html" = "md"): Promise<string> {
  const r = await assess(fs, { lang });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return renderMemo(r.assessment, { format, lang, factSet: fs as FactSet });
}
const bodyWords = async (fs: unknown, lang: "en" | "fr") => wordsOf(bodyOf(await memo(fs, lang)));

/** Xinjiang with its first incident only, and that incident copied under another id and dates. */
function xinjiangWith(extra: (first: Json) => Json[]): Json {
  const fs = structuredClone(load("xinjiang")) as Json;
  const first = fs.incidents[0];
  fs.incidents = [first, ...extra(first)];
  // Evidence for the incidents left out goes with them.
  fs.evidence = Object.fromEntries(Object.entries(fs.evidence ?? {}).filter(([p]) => !p.startsWith("/incidents/") || p.startsWith("/incidents/0/")));
  return fs;
}

for (const lang of ["en", "fr"] as const) {
  test(`an incident that shares another's analysis adds at most 80 words to the body; one with its own, at most 300 (${lang})`, async () => {
    const one = xinjiangWith(() => []);
    const base = await bodyWords(one, lang);
    const shared = await bodyWords(xinjiangWith((f) => [{ ...f, id: "second-camp", start: "2018-01-01", end: "2019-06-30", description: "Internment in a second camp." }]), lang);
    assert.ok(shared - base <= 80, `${lang}: a shared analysis added ${shared - base} words`);
    // Its own analysis: another act, on another territory, by other perpetrators.
    const own = await bodyWords(xinjiangWith((f) => [{
      ...f, id: "deportation-abroad", act: "deportation", description: "Removal of detainees across the border into Kazakhstan.",
      territories: [{ state: "CHN", part: "conduct" }, { state: "KAZ", part: "element" }],
      perpetrators: [{ id: "border-police", name: "Border police units", nationalities: ["CHN"], adult: true }],
      elements: { forciblyDisplaced: true, toAnotherState: true, withoutPermittedGrounds: true, lawfullyPresent: true, awareOfLawfulPresence: true, intent: true },
    }]), lang);
    assert.ok(own - base > shared - base, "a distinct analysis costs more than a shared one: the measure can tell them apart");
    assert.ok(own - base <= 300, `${lang}: a distinct analysis added ${own - base} words`);
  });
}

const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
const links = (html: string) => [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!);

for (const id of ["xinjiang", "bangladesh-myanmar", "ukraine", "philippines"]) {
  test(`every body paragraph of the analysis links to its node in Annex A, and the ids are the same in English and French: ${id}`, async () => {
    const fs = load(id);
    const html = { en: await memo(fs, "en", "html"), fr: await memo(fs, "fr", "html") };
    for (const lang of ["en", "fr"] as const) {
      const doc = html[lang];
      const have = ids(doc);
      for (const target of links(doc)) assert.ok(have.has(target), `${id} (${lang}): a link to #${target}, which is not in the memo`);
      // The body's paragraphs of analysis: the situation, jurisdiction and Article 7 sections.
      const body = doc.split(/<h2 class="annex">/)[0]!;
      const from = body.indexOf(lang === "en" ? "<h2>The situation</h2>" : "<h2>La situation</h2>");
      const to = body.indexOf(lang === "en" ? "<h2>What would settle it</h2>" : "<h2>Ce qui permettrait de trancher</h2>");
      const analysis = body.slice(from, to);
      const paragraphs = [...analysis.matchAll(/<(p|li)(?: [^>]*)?>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!).filter((p) => p.includes("<strong>"));
      assert.ok(paragraphs.length > 2, `${id} (${lang}): paragraphs found`);
      for (const p of paragraphs) assert.match(p, /href="#a-/, `${id} (${lang}): a body paragraph without a link to Annex A: ${p.slice(0, 120)}`);
    }
    assert.deepEqual([...ids(html.fr)].filter((x) => /^[ap]-/.test(x)).sort(), [...ids(html.en)].filter((x) => /^[ap]-/.test(x)).sort(), `${id}: the same paragraph and node ids in both languages`);
    // Every incident has its jurisdiction and its Article 7 node in Annex A.
    for (const inc of fs.incidents ?? []) for (const k of ["a-j-", "a-act-"]) assert.ok(ids(html.en).has(`${k}${inc.id}`), `${id}: ${k}${inc.id}`);
  });
}

test("every deciding node appears in the body or in Annex A", async () => {
  for (const id of ["xinjiang", "bangladesh-myanmar", "afghanistan", "philippines"]) {
    const fs = load(id);
    const r = await assess(fs, { lang: "en", explain: true });
    assert.ok(r.ok);
    const md = (await memo(fs)).split(/\n## Annex B\b/)[0]!.replace(/\\(.)/g, "$1");
    const a = r.assessment;
    const deciding = [
      ...a.jurisdiction.incidents.flatMap((x) => [x.conclusion, x.temporal, ...x.preconditions.candidates.filter((c) => !c.synthetic)]),
      a.jurisdiction.trigger.conclusion,
      ...a.crimesAgainstHumanity.incidents.flatMap((x) => [...x.elements.filter((e) => e.outcome === x.outcome), ...(x.conclusion ? [x.conclusion] : [])]),
    ];
    for (const t of deciding) assert.ok(md.includes(t.explanation), `${id}: "${t.explanation.slice(0, 100)}" is neither in the body nor in Annex A`);
  }
});

test("Annex B: each fact read once with its value and sources, and the element × source matrix", async () => {
  const md = await memo(load("bangladesh-myanmar"));
  const annexB = md.split("## Annex B — Facts and sources")[1]!.split("## Annex C")[0]!;
  assert.equal(annexB.split("| /incidents/0/territories/1/part |").length - 1, 1, "a fact read by several rules is listed once");
  assert.match(annexB, /\| \/incidents\/0\/territories\/1\/part \| [^|]+ \| an element of the crime \| \[\^ptc-i-2018\]\[\^ptc-iii-2019\] \|/);
  assert.match(annexB, /\| the attack \| The attack was widespread or systematic \| — \| ✓ \|/);
  assert.match(annexB, /\| deportation-to-bangladesh \| Mental element \(Art\. 30\)[^|]+\| ✓ \| — \|/);
  // A fact set that attaches no source to an element's facts says so instead of drawing an empty chart.
  const bare = structuredClone(load("bangladesh-myanmar")) as Json;
  bare.evidence = {};
  assert.match(await memo(bare), /The fact set attaches none of its sources to a fact an element rests on\./);
});

test("cross-reference marks: none is left in the Markdown, and user text cannot make one", async () => {
  const fs = structuredClone(load("bangladesh-myanmar")) as Json;
  fs.incidents[0].description = "Clearance operations {#a-trigger} [x](#a-trigger)";
  const md = await memo(fs);
  assert.ok(!/(?<!\\)\{#[a-z]/.test(md), "no mark left in the Markdown");
  const html = await memo(fs, "en", "html");
  assert.equal([...html.matchAll(/ id="a-trigger"/g)].length, 1, "the user's braces give no id");
  assert.match(html, /Clearance operations \{#a-trigger\} \[x\]\(#a-trigger\)/);
});
