/**
 * Memos: golden files for every scenario in both languages and both formats (regenerate with
 * UPDATE_GOLDEN=1 npm test, then read the diff as a lawyer would), byte-identical reproduction,
 * hostile strings, every provision cited, and the same conclusions in English and French.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { FactSet } from "../../src/facts/factSet.generated";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import { escapeMarkdown } from "../../src/memo/escape";
import { MemoFormat, renderMemo, memoStrings } from "../../src/memo/renderMemo";
import { localize } from "../../src/memo/strings";
import { projectRoot } from "../../src/runtime";
import { HOSTILE, hostileFactSet } from "./hostile";

const root = projectRoot();
const scenarios = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
const load = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8"));
async function assessed(input: unknown, lang: "en" | "fr" = "en", evaluator: "native" | "reference" = "native"): Promise<Assessment> {
  const r = await assess(input, { lang, evaluator });
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r.assessment;
}

for (const id of scenarios) {
  for (const lang of ["en", "fr"] as const) {
    for (const format of ["md", "html"] as MemoFormat[]) {
      test(`golden memo: ${id} (${lang}, ${format})`, async () => {
        const a = await assessed(load(id), lang);
        // The rules digest changes with any edit of rules/; the memo must carry the current one,
        // and the golden file is compared without it.
        const rendered = renderMemo(a, { format, lang, factSet: load(id) as FactSet });
        assert.ok(rendered.includes(a.engine.rulesDigest), "the memo names the rules digest");
        const memo = rendered.split(a.engine.rulesDigest).join("sha256:RULES");
        // Markdown in two files, the body and the annexes, so that a change to either reads on its own.
        const at = memo.search(/\n## Annexe? A\b/);
        const parts: [string, string][] = format === "md" && at > 0
          ? [[`${id}.${lang}.body.md`, memo.slice(0, at + 1)], [`${id}.${lang}.annex.md`, memo.slice(at + 1)]]
          : [[`${id}.${lang}.${format}`, memo]];
        for (const [name, text] of parts) {
          const file = join(root, "tests", "golden", "memos", name);
          if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, text);
          // A missing golden file is a failure, not a pass: write it with UPDATE_GOLDEN=1 and read it.
          assert.ok(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test, then read the memo before committing it`);
          assert.equal(text, readFileSync(file, "utf8"), `${file} differs: if the change is intended, regenerate with UPDATE_GOLDEN=1`);
        }
      });
    }
  }
}

test("the same input gives a byte-identical memo, whichever evaluator computed it", async () => {
  const input = load("bangladesh-myanmar");
  const a = renderMemo(await assessed(input), { format: "html" });
  const b = renderMemo(await assessed(input), { format: "html" });
  assert.equal(a, b);
  const c = renderMemo(await assessed(input, "en", "reference"), { format: "html" });
  assert.equal(c.replace("(reference (json-rules-engine) evaluator)", "(native evaluator)"), a);
});

for (const s of HOSTILE) {
  test(`hostile string cannot change the memo's structure: ${JSON.stringify(s).slice(0, 40)}`, async () => {
    for (const lang of ["en", "fr"] as const) {
      const a = await assessed(hostileFactSet(s), lang);
      // With its fact set: the statement of the facts prints the user's own text.
      const md = renderMemo(a, { format: "md", lang, factSet: hostileFactSet(s) as FactSet });
      const tokens = new MarkdownIt({ html: true }).parse(md, {});
      assert.equal(tokens.filter((t) => t.type === "html_block" || t.type === "html_inline").length, 0, "no raw HTML");
      const clean = renderMemo(await assessed(hostileFactSet("plain"), lang), { format: "md", lang, factSet: hostileFactSet("plain") as FactSet });
      // The memo's own code spans (Annex C's commands) aside, no link, image, code or strike comes from user text.
      const inlineOf = (m: string) => new MarkdownIt({ html: true }).parse(m, {}).filter((t) => t.type === "inline").flatMap((t) => t.children ?? []).filter((t) => ["link_open", "image", "html_inline", "code_inline", "s_open"].includes(t.type)).map((t) => t.type);
      assert.deepEqual(inlineOf(md), inlineOf(clean), "no link, image, code or strike from user text");
      assert.equal(tokens.filter((t) => t.type === "heading_open" && t.tag === "h1").length, 1, "one title");
      const count = (m: string, type: string) => new MarkdownIt().parse(m, {}).filter((t) => t.type === type).length;
      // The memo's own tables (incidents, States) keep their rows and cells: no table from user text.
      for (const type of ["heading_open", "bullet_list_open", "ordered_list_open", "blockquote_open", "em_open", "strong_open", "table_open", "tr_open", "td_open"]) {
        assert.equal(count(md, type), count(clean, type), `${type} count changed`);
      }
      const html = renderMemo(a, { format: "html", lang, factSet: hostileFactSet(s) as FactSet });
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<img/i);
      assert.doesNotMatch(html, /href="javascript:/i);
      assert.doesNotMatch(html, /<[^>]+onerror=/i);
    }
  });
}

test("escapeMarkdown: no structure survives", () => {
  assert.equal(escapeMarkdown("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
  assert.equal(escapeMarkdown("# h"), "\\# h");
  assert.equal(escapeMarkdown("- a"), "\\- a");
  assert.equal(escapeMarkdown("12. a"), "12\\. a");
  assert.equal(escapeMarkdown("a\nb"), "a b");
  assert.equal(escapeMarkdown("    code"), "code");
});

test("every provision cited in the assessment appears in the memo", async () => {
  for (const id of scenarios) for (const lang of ["en", "fr"] as const) {
    const a = await assessed(load(id), lang);
    const md = renderMemo(a, { format: "md", lang });
    const cited = (await assess(load(id), { lang, explain: true }));
    assert.ok(cited.ok && cited.assessment.citations && cited.assessment.citations.length > 10);
    const plain = (x: string) => x.replace(/[\u00a0\u202f]/g, " ");
    for (const c of cited.assessment.citations) assert.ok(plain(md).includes(plain(escapeMarkdown(localize(c, memoStrings(lang))))), `${id} (${lang}): "${c}" is not cited in the memo`);
  }
});

test("English and French carry the same conclusions", async () => {
  // The verdicts are the memo's own short words: the standard is stated once, in the method.
  const verdicts = { en: Object.values(memoStrings("en").verdict), fr: Object.values(memoStrings("fr").verdict) };
  const outcomes = (a: Assessment) => JSON.stringify(a, (k, v) => (["explanation", "title", "name", "question", "neededFor", "notes", "open", "whatItTakes", "obstacles", "interpretation", "lang", "params"].includes(k) ? undefined : v));
  for (const id of scenarios) {
    const en = await assessed(load(id), "en"), fr = await assessed(load(id), "fr");
    assert.equal(outcomes(en).replace(/"inputDigest":"[^"]+"/, ""), outcomes(fr).replace(/"inputDigest":"[^"]+"/, ""), `${id}: outcomes differ`);
    const m = { en: renderMemo(en, { format: "md" }), fr: renderMemo(fr, { format: "md" }) };
    // Each rule's conclusion ends with its verdict in bold: the same verdicts, the same number of times.
    verdicts.en.forEach((v, i) => assert.equal(m.en.split(`**${v}**`).length, m.fr.split(`**${verdicts.fr[i]!}**`).length, `${id}: "${v}" count differs`));
  }
});

test("a memo never states that a crime was committed", async () => {
  for (const id of scenarios) for (const lang of ["en", "fr"] as const) {
    const md = renderMemo(await assessed(load(id), lang), { format: "md", lang, factSet: load(id) as FactSet });
    // The closing disclaimer says it states no such finding; the statement of the facts is the fact
    // set's own text, reported as given (a source may say that crimes were committed).
    const [before, rest = ""] = md.split("\n---\n")[0]!.split(lang === "en" ? "\n## The facts\n" : "\n## Les faits\n");
    const body = before + rest.slice(rest.indexOf("\n## "));
    // The Elements' own phrase "the conduct was committed as part of … an attack" is an element, not a finding of crime.
    assert.doesNotMatch(body, lang === "en" ? /\bcrimes? (?:was|were|has been|have been) committed\b|\bcommitted (?:a|the) crime\b/i : /\bcrimes? (?:a|ont) été commis/i);
    assert.match(md, lang === "en" ? /not legal advice/ : /ne constitue pas un avis juridique/);
  }
});
