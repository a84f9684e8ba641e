/**
 * The Markdown memo is inert in whatever renders it (issue: reliability): each golden memo, and a
 * memo of every hostile string in both languages, rendered by marked and commonmark.js with their
 * defaults and by markdown-it with raw HTML and linkify on, then loaded in Chromium with
 * JavaScript enabled. No script element, no event-handler attribute, no dialog opened, and every
 * link or embedded resource is http(s) or an in-page anchor.
 */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as commonmark from "commonmark";
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { marked } from "marked";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { renderMemo } from "../../src/memo/renderMemo";
import { HOSTILE, hostileFactSet } from "../memo/hostile";
import { browserSuite, root } from "./harness";

const web = browserSuite();

const RENDERERS: Record<string, (md: string) => string> = {
  marked: (md) => marked.parse(md, { async: false }),
  commonmark: (md) => new commonmark.HtmlRenderer().render(new commonmark.Parser().parse(md)),
  "markdown-it (html, linkify, footnotes)": (md) => new MarkdownIt({ html: true, linkify: true }).use(footnote).render(md),
};

/** What in the page could run or lead elsewhere than the web: scripts, handlers, other schemes. */
async function activeParts(html: string, page: import("playwright-core").Page): Promise<string[]> {
  await page.setContent(html, { waitUntil: "load" });
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = (globalThis as any).document;
    for (const s of doc.querySelectorAll("script")) found.push(`script: ${s.outerHTML.slice(0, 80)}`);
    for (const el of doc.querySelectorAll("*")) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`handler: <${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`);
        if (["href", "src", "action", "formaction", "data", "srcdoc", "xlink:href"].includes(a.name.toLowerCase())) {
          const v = a.value.trim();
          if (v !== "" && !/^https?:\/\//i.test(v) && !v.startsWith("#")) found.push(`${a.name}: <${el.tagName.toLowerCase()} ${a.name}="${v.slice(0, 60)}">`);
        }
      }
    }
    for (const el of doc.querySelectorAll("iframe, object, embed, svg, math, form, base, meta, link, style")) found.push(`element: <${el.tagName.toLowerCase()}>`);
    return found;
  });
}

async function memosToCheck(): Promise<[string, string][]> {
  const golden = join(root, "tests", "golden", "memos");
  const memos: [string, string][] = readdirSync(golden).filter((f) => f.endsWith(".md")).map((f) => [f, readFileSync(join(golden, f), "utf8")]);
  for (const s of HOSTILE) for (const lang of ["en", "fr"] as const) {
    const fs = hostileFactSet(s);
    const r = await assess(fs, { lang });
    assert.ok(r.ok, `the hostile fact set assesses: ${JSON.stringify(!r.ok && r.errors)}`);
    memos.push([`hostile ${JSON.stringify(s).slice(0, 50)} (${lang})`, renderMemo(r.assessment, { format: "md", lang, factSet: fs as FactSet })]);
  }
  return memos;
}

web.test("every golden memo and every hostile one is inert in marked, commonmark.js and markdown-it, loaded in Chromium", async () => {
  const memos = await memosToCheck();
  assert.ok(memos.length > 80, `${memos.length} memos`);
  const context = await web.browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const problems: string[] = [];
  for (const [name, md] of memos) {
    for (const [renderer, render] of Object.entries(RENDERERS)) {
      for (const p of await activeParts(render(md), page)) problems.push(`${name}, ${renderer}: ${p}`);
    }
  }
  await context.close();
  assert.deepEqual(dialogs, [], "no dialog was opened");
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} active parts`);
});

web.test("the check finds what it looks for: a script, a handler, a javascript: link and a bare-scheme link definition", async () => {
  const context = await web.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const found = await activeParts(RENDERERS.marked!("<script>x</script>\n\nhttps://e.example/\\<img src=x onerror=alert(1)//>\n\n[a](javascript:alert(1))\n\n[^s]: javascript:alert(1)\n\nsee [^s]"), page);
  await context.close();
  for (const re of [/^script/, /^handler: <img onerror/, /^href: <a href="javascript:alert\(1\)"/]) assert.ok(found.some((f) => re.test(f)), `${re} in ${JSON.stringify(found)}`);
  assert.equal(found.filter((f) => f.startsWith("href: <a href=\"javascript:")).length, 2, "both the inline link and the one from the definition");
});
