/**
 * The Word memo, read back from its XML: the same outline, tables, lists and footnotes as the
 * Markdown it is made from, in both languages; hostile strings stay text; the same assessment
 * gives the same bytes, in any time zone; and LibreOffice opens it and prints pages.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import type { FactSet } from "../../src/facts/factSet.generated";
import { markdown } from "../../src/memo/markdown";
import { renderMemo } from "../../src/memo/renderMemo";
import { markdownToDocx, renderMemoDocx } from "../../src/memo/renderDocx";
import { projectRoot } from "../../src/runtime";
import { Docx, El, all, child, deep, ownText, readDocx, shownText, styleOf, textOf } from "./docxXml";
import { HOSTILE, hostileFactSet } from "./hostile";

const root = projectRoot();
const scenarios = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
const load = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8"));
async function assessed(input: unknown, lang: "en" | "fr"): Promise<Assessment> {
  const r = await assess(input, { lang });
  if (!r.ok) assert.fail(JSON.stringify(r.errors));
  return r.assessment;
}
async function both(input: unknown, lang: "en" | "fr"): Promise<{ md: string; docx: Docx; bytes: Buffer }> {
  const a = await assessed(input, lang);
  const bytes = await renderMemoDocx(a, { lang, factSet: input as FactSet });
  return { md: renderMemo(a, { format: "md", lang, factSet: input as FactSet }), docx: readDocx(bytes), bytes };
}

type Token = ReturnType<typeof markdown.parse>[number];
const tokens = (md: string) => markdown.parse(md, {});
/** What a Markdown inline token says, as text (footnote marks have none). */
const inlineText = (t: Token | undefined) => (t?.children ?? []).map((c) => (["text", "code_inline", "image"].includes(c.type) ? c.content : c.type === "softbreak" ? " " : "")).join("");
const body = (d: Docx) => child(d.document, "w:body")!;
const core = (d: Docx) => d.xml("docProps/core.xml");
const WORD_STYLE = ["Title", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5"];

/** The outline as [Word style, text]: Markdown's # is the Title, ## Heading 1, and so on. */
function mdOutline(md: string): [string, string][] {
  const ts = tokens(md);
  return ts.flatMap((t, i) => (t.type === "heading_open" ? [[WORD_STYLE[Number(t.tag.slice(1)) - 1]!, inlineText(ts[i + 1])] as [string, string]] : []));
}
const docxOutline = (d: Docx): [string, string][] =>
  all(body(d), "w:p").flatMap((p) => { const s = styleOf(p); return s && WORD_STYLE.includes(s) ? [[s, textOf(p)] as [string, string]] : []; });

/** Each table as rows of cell texts, the header row first. */
function mdTables(md: string): string[][][] {
  const out: string[][][] = [];
  const ts = tokens(md);
  ts.forEach((t, i) => {
    if (t.type === "table_open") out.push([]);
    else if (t.type === "tr_open") out[out.length - 1]!.push([]);
    else if (t.type === "th_open" || t.type === "td_open") out[out.length - 1]!.at(-1)!.push(inlineText(ts[i + 1]));
  });
  return out;
}
const docxTables = (d: Docx) => deep(body(d), "w:tbl").map((tbl) => all(tbl, "w:tr").map((tr) => all(tr, "w:tc").map(textOf)));
const isHeaderRow = (tr: El) => child(child(tr, "w:trPr") ?? tr, "w:tblHeader") !== undefined;

/** The notes Word counts (its separators have a w:type). */
const wordNotes = (d: Docx) => all(d.footnotes, "w:footnote").filter((f) => f.attrs["w:type"] === undefined);

for (const id of ["xinjiang", ...scenarios.filter((s) => s !== "xinjiang")]) {
  for (const lang of ["en", "fr"] as const) {
    test(`Word memo: ${id} (${lang}) has the Markdown's outline, tables, lists and footnotes`, async () => {
      const { md, docx } = await both(load(id), lang);
      const outline = mdOutline(md);
      assert.ok(outline.filter(([s]) => s === "Heading1").length >= 3, "the memo has sections");
      assert.deepEqual(docxOutline(docx), outline, "headings: the same texts at the same levels, in order");
      assert.deepEqual(outline.filter(([s]) => s === "Title").map(([, t]) => t), [ownText(child(core(docx), "dc:title")!)], "the title is the document's title");

      // Each annex starts a page, and nothing else does.
      const breaks = all(body(docx), "w:p").filter((p) => child(child(p, "w:pPr") ?? p, "w:pageBreakBefore")).map(textOf);
      assert.deepEqual(breaks, outline.filter(([s, t]) => s === "Heading1" && /^Annexe? [A-Z] /.test(t)).map(([, t]) => t));
      assert.ok(breaks.length >= 1, "the memo has annexes");

      const tables = mdTables(md);
      assert.ok(tables.length >= 1);
      assert.deepEqual(docxTables(docx), tables, "tables: the same cells in the same rows");
      for (const tbl of deep(body(docx), "w:tbl")) {
        const rows = all(tbl, "w:tr");
        assert.deepEqual(rows.map(isHeaderRow), rows.map((_, i) => i === 0), "the first row, and only it, is the header row");
        assert.ok(child(child(tbl, "w:tblPr")!, "w:tblBorders"), "the table is ruled");
        assert.equal(child(child(tbl, "w:tblPr")!, "w:tblW")?.attrs["w:type"], "pct", "its width is in percent");
      }

      const ts = tokens(md);
      const count = (type: string) => ts.filter((t) => t.type === type).length;
      const numbered = deep(body(docx), "w:numPr").length;
      assert.equal(numbered, count("list_item_open"), "one numbered (or bulleted) paragraph per list item");

      const defs = ts.filter((t) => t.type === "footnote_open");
      const notes = wordNotes(docx);
      assert.equal(notes.length, defs.length, "one Word footnote per footnote definition");
      assert.ok(notes.length >= 1, `${id} has footnotes`);
      // Each note's text is its definition's (the first inline after its footnote_open).
      const defTexts = defs.map((d) => inlineText(ts[ts.indexOf(d) + 2]));
      assert.deepEqual(notes.map((n) => textOf(n).trim()), defTexts);
      // Every reference is there: the first as the footnote's own mark, each later one as a NOTEREF to it.
      const refs = ts.flatMap((t) => t.children ?? []).filter((c) => c.type === "footnote_ref").length;
      const marks = deep(docx.document, "w:footnoteReference");
      assert.deepEqual(marks.map((m) => m.attrs["w:id"]), notes.map((n) => n.attrs["w:id"]), "each footnote is referred to once, in order");
      const noteRefs = deep(docx.document, "w:fldSimple").filter((f) => /^ NOTEREF _RefNote\d+ /.test(f.attrs["w:instr"] ?? ""));
      assert.equal(marks.length + noteRefs.length, refs, "every footnote reference of the Markdown");
      for (const f of noteRefs) {
        const n = /_RefNote(\d+)/.exec(f.attrs["w:instr"]!)![1]!;
        assert.equal(shownText(f), n, "the repeated number is the note's");
        assert.ok(deep(docx.document, "w:bookmarkStart").some((b) => b.attrs["w:name"] === `_RefNote${n}`), "the bookmark it refers to exists");
      }

      // The document's language is the memo's.
      const styles = docx.xml("word/styles.xml");
      assert.equal(deep(child(styles, "w:docDefaults")!, "w:lang")[0]?.attrs["w:val"], lang === "en" ? "en-GB" : "fr-FR");
      assert.equal(ownText(child(core(docx), "dc:creator")!), "rome-assess");
    });
  }
}


/** The document's structure, as counts of what a fact set's text must never add to. */
function shape(d: Docx): Record<string, number> {
  const b = body(d);
  const styled = (s: string) => all(b, "w:p").filter((p) => styleOf(p) === s).length;
  return {
    paragraphs: deep(b, "w:p").length, tables: deep(b, "w:tbl").length, rows: deep(b, "w:tr").length, cells: deep(b, "w:tc").length,
    numbered: deep(b, "w:numPr").length, links: deep(d.document, "w:hyperlink").length, notes: wordNotes(d).length,
    fields: deep(d.document, "w:fldSimple").length, title: styled("Title"), h1: styled("Heading1"), h2: styled("Heading2"), h3: styled("Heading3"), h4: styled("Heading4"), quotes: styled("Quote"),
    bold: deep(b, "w:b").length, italic: deep(b, "w:i").length, code: deep(b, "w:rStyle").filter((r) => r.attrs["w:val"] === "MemoCode").length, struck: deep(b, "w:strike").length,
  };
}

for (const s of HOSTILE) {
  test(`Word memo: a hostile string stays text: ${JSON.stringify(s).slice(0, 40)}`, async () => {
    for (const lang of ["en", "fr"] as const) {
      const hostile = await both(hostileFactSet(s), lang);
      const clean = await both(hostileFactSet("plain"), lang);
      // Every part is well-formed XML (readDocx parses strictly), with the same structure as the clean memo's.
      assert.deepEqual(shape(hostile.docx), shape(clean.docx));
      for (const part of ["word/document.xml", "word/footnotes.xml", "docProps/core.xml"]) {
        assert.doesNotMatch(hostile.docx.parts[part]!, /<script|<img|javascript:alert\(1\)"/i, `${part}: no markup from the fact set`);
      }
      // The string itself is there, as the reader's text (one line, as the Markdown has it).
      const said = s.replace(/\s*\n+\s*/g, " ");
      assert.ok(textOf(hostile.docx.document).includes(said), `the text ${JSON.stringify(said)} is in the document`);
      assert.equal(Object.keys(hostile.docx.parts).filter((n) => n.startsWith("word/media/")).length, 0, "no image fetched or embedded");
    }
  });
}

test("Word memo: the same assessment gives the same bytes, in any time zone, dated by the assessment", async () => {
  const input = load("philippines");
  const a = await assessed(input, "fr");
  const first = await renderMemoDocx(a, { factSet: input });
  const second = await renderMemoDocx(await assessed(input, "fr"), { factSet: input });
  assert.ok(first.equals(second), "two renderings, the same bytes");
  const dir = mkdtempSync(join(tmpdir(), "docx-tz-"));
  const out = join(dir, "memo.docx");
  const script = `const { assess } = require(${JSON.stringify(join(root, "dist/src/assess/assess.js"))});
    const { renderMemoDocx } = require(${JSON.stringify(join(root, "dist/src/memo/renderDocx.js"))});
    const input = JSON.parse(require("fs").readFileSync(${JSON.stringify(join(root, "scenarios/philippines.json"))}, "utf8"));
    assess(input, { lang: "fr" }).then((r) => renderMemoDocx(r.assessment, { factSet: input })).then((b) => require("fs").writeFileSync(${JSON.stringify(out)}, b));`;
  for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
    const r = spawnSync(process.execPath, ["-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(readFileSync(out).equals(first), `the same bytes with TZ=${tz}`);
  }
  const coreXml = readDocx(first).parts["docProps/core.xml"]!;
  assert.match(coreXml, new RegExp(`<dcterms:created [^>]*>${a.assessmentDate}T00:00:00Z<`));
  assert.match(coreXml, new RegExp(`<dcterms:modified [^>]*>${a.assessmentDate}T00:00:00Z<`));
  assert.match(coreXml, /<dc:language>fr-FR<\/dc:language>/);
});

test("Word from Markdown: runs, links, quotes, lists and code as Word's own", async () => {
  const md = [
    "# T", "", "**bold** *italic* `code` ~~gone~~ [web](https://example.org/a?b=1&c=2) [script](javascript:alert(1)) [mail](mailto:a@b.c)", "",
    "> quoted", "", "1. one", "1. two", "", "- a", "  - nested", "", "3. three", "4. four", "", "Then:", "", "    indented code", "",
  ].join("\n");
  const bytes = await markdownToDocx(md, { lang: "en", date: "2024-02-29" });
  assert.ok(bytes.equals(await markdownToDocx(md, { lang: "en", date: "2024-02-29" })), "links too are written the same way each time");
  const d = readDocx(bytes);
  const runs = deep(d.document, "w:r");
  const props = (text: string) => { const r = runs.find((x) => textOf(x) === text); assert.ok(r, text); return child(r, "w:rPr"); };
  assert.ok(child(props("bold")!, "w:b"));
  assert.ok(child(props("italic")!, "w:i"));
  assert.equal(child(props("code")!, "w:rStyle")?.attrs["w:val"], "MemoCode");
  assert.ok(child(props("gone")!, "w:strike"));

  const links = deep(d.document, "w:hyperlink");
  assert.deepEqual(links.map(textOf), ["web"], "only the web address is a link");
  const rels = d.xml("word/_rels/document.xml.rels");
  const rel = deep(rels, "Relationship").find((r) => r.attrs.Id === links[0]!.attrs["r:id"]);
  assert.equal(rel?.attrs.Target, "https://example.org/a?b=1&c=2");
  assert.equal(rel?.attrs.TargetMode, "External");
  assert.ok(textOf(d.document).includes("script") && textOf(d.document).includes("mail"), "the others are text");

  const paragraphs = all(child(d.document, "w:body")!, "w:p");
  assert.deepEqual(paragraphs.filter((p) => styleOf(p) === "Quote").map(textOf), ["quoted"]);
  const numIds = (texts: string[]) => texts.map((t) => { const p = paragraphs.find((x) => textOf(x) === t)!; return deep(p, "w:numId")[0]?.attrs["w:val"]; });
  const [one, two, three, four] = numIds(["one", "two", "three", "four"]);
  assert.ok(one && one === two, "one list, numbered on");
  assert.ok(three && three === four && three !== one, "another list starts its own numbering");
  const level = (t: string) => deep(paragraphs.find((x) => textOf(x) === t)!, "w:ilvl")[0]?.attrs["w:val"];
  assert.deepEqual([level("a"), level("nested")], ["0", "1"]);
  // The list that starts at 3 counts from 3.
  const numbering = d.parts["word/numbering.xml"]!;
  assert.match(numbering, /<w:start w:val="3"\/>/);
  assert.equal(styleOf(paragraphs.find((p) => textOf(p) === "indented code")!), "MemoCodeBlock");
});

/** LibreOffice, if this machine has it; in CI (CI set) it must. */
function soffice(): string | undefined {
  const r = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  return r.error || r.status !== 0 ? undefined : "soffice";
}

test("LibreOffice opens the Word memo and prints it to PDF", { timeout: 180_000 }, async (t) => {
  const bin = soffice();
  if (!bin) {
    if (process.env.CI) assert.fail("soffice (LibreOffice) is not on PATH, and CI is set: install libreoffice-writer-nogui");
    t.skip("soffice (LibreOffice) is not on PATH: install libreoffice-writer-nogui to run this test");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "docx-lo-"));
  const files = [];
  for (const lang of ["en", "fr"] as const) {
    const file = join(dir, `xinjiang.${lang}.docx`);
    writeFileSync(file, (await both(load("xinjiang"), lang)).bytes);
    files.push(file);
  }
  // A profile of its own: no other LibreOffice running, and nothing left in the user's.
  const r = spawnSync(bin, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files], { encoding: "utf8", timeout: 170_000 });
  assert.equal(r.status, 0, `soffice failed: ${r.stderr}`);
  for (const file of files) {
    const pdf = file.replace(/\.docx$/, ".pdf");
    assert.ok(existsSync(pdf), `${pdf} was written (soffice said: ${r.stdout.trim()} ${r.stderr.trim()})`);
    const bytes = readFileSync(pdf);
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    const pages = bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    assert.ok(pages.length >= 5, `${pdf} has ${pages.length} pages: the body, then each annex on a page of its own`);
  }
});
