/**
 * The memo's body reads as a memo (issue: the memo a lawyer would hand to a colleague): within
 * its word budget, and no sentence said twice. The body is everything before Annex A; the full
 * reasoning, node by node, is in the annex.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { renderMemo } from "../../src/memo/renderMemo";
import { bodyOf, sentencesOf, wordsOf } from "./measure";

const root = join(__dirname, "..", "..", "..");
const scenarios = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
const load = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")) as FactSet;

/** 1,200 words for one incident, 1,800 for four: 200 for each incident after the first, up to four. */
const budget = (incidents: number) => 1200 + 200 * (Math.min(Math.max(incidents, 1), 4) - 1);

for (const id of scenarios) {
  for (const lang of ["en", "fr"] as const) {
    test(`memo body within its budget, no sentence twice: ${id} (${lang})`, async () => {
      const fs = load(id);
      const r = await assess(fs, { lang });
      assert.ok(r.ok);
      const body = bodyOf(renderMemo(r.assessment, { format: "md", lang, factSet: fs }));
      const n = r.assessment.jurisdiction.incidents.length;
      assert.ok(wordsOf(body) <= budget(n), `${id} (${lang}): ${wordsOf(body)} words in the body for ${n} incident(s); the budget is ${budget(n)}`);
      const seen = new Set<string>();
      for (const s of sentencesOf(body, (fs.incidents ?? []).map((i) => i.id))) {
        assert.ok(!seen.has(s), `${id} (${lang}): said twice in the body: "${s}"`);
        seen.add(s);
      }
    });
  }
}

test("the measures can fail: a body of repeated sentences over budget is caught", () => {
  const long = "This sentence has more than five words in it. ".repeat(300);
  assert.ok(wordsOf(long) > budget(1));
  const s = sentencesOf(long);
  assert.notEqual(new Set(s).size, s.length);
  // Two sentences that differ only by an incident's id or a date are the same sentence said twice.
  const masked = sentencesOf("Incident alpha falls within the referral of 1 May 2003. Incident beta falls within the referral of 2 June 2004.", ["alpha", "beta"]);
  assert.equal(new Set(masked).size, 1);
  assert.equal(bodyOf("a\n## Annex A — x\nb"), "a");
});

test("the Xinjiang memo reads as a memo: bottom line, table, facts, one analysis of China for all four incidents, Article 7 by act", async () => {
  const fs = load("xinjiang");
  const r = await assess(fs, { lang: "en" });
  assert.ok(r.ok);
  const body = bodyOf(renderMemo(r.assessment, { format: "md", lang: "en", factSet: fs }));
  const headings = body.split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
  assert.deepEqual(headings.slice(0, 7), ["Bottom line", "The incidents", "The facts", "Method and standard", "The situation", "Jurisdiction", "Crimes against humanity, act by act"]);
  // One paragraph for the four incidents, which China's position decides alike.
  assert.equal(body.split("China has never been a State Party, so it was not a State Party").length - 1, 1);
  assert.match(body, /\*\*Incidents “mass-internment”, “religious-persecution”, “torture-in-camps” and “birth-prevention”\*\* — the Court could not exercise jurisdiction/);
  // The bottom line is at most 150 words.
  const bottom = body.split("## Bottom line")[1]!.split("\n## ")[0]!;
  assert.ok(wordsOf(bottom) <= 150, `${wordsOf(bottom)} words in the bottom line`);
  // Four acts, each under its own heading.
  assert.equal(body.split("\n### ").length - 1, 4);
});
