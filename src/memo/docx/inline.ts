/**
 * A Markdown paragraph's inline tokens as Word runs: bold, italic, struck and code text, links,
 * and footnote references. Text goes into runs as text (the docx library escapes it for XML), so
 * nothing in it can become Word markup.
 */
import { BookmarkEnd, BookmarkStart, ExternalHyperlink, FootnoteReferenceRun, ParagraphChild, SimpleField, TextRun } from "docx";
import type MarkdownIt from "markdown-it";

export type Token = MarkdownIt.Token;

/** The character style of inline code (defined in ./styles.ts). */
export const CODE_STYLE = "MemoCode";

/**
 * Footnote references. Word accepts one reference per footnote (two references to the same one
 * make it report a damaged file), so a note is a real footnote where it is first referred to, and
 * each later reference repeats its number as Word's own cross-reference does: a NOTEREF field to a
 * bookmark around the first reference.
 */
export class NoteRefs {
  private readonly seen = new Set<number>();

  /** markdown-it-footnote numbers notes from 0 in the order of their first reference; Word from 1 (0 and -1 are its separators). */
  static wordId(markdownId: number): number { return markdownId + 1; }

  reference(markdownId: number): ParagraphChild[] {
    const id = NoteRefs.wordId(markdownId);
    const bookmark = `_RefNote${id}`; // a leading underscore keeps it out of Word's list of bookmarks
    if (this.seen.has(id)) return [new NoteNumber(bookmark, String(id))];
    this.seen.add(id);
    // BookmarkStart/End rather than Bookmark: Bookmark numbers its ids from a counter shared by every
    // document the process writes, and the same memo must give the same bytes. The note's id is
    // unique in the document, so it serves as the bookmark's.
    return [new BookmarkStart(bookmark, id) as unknown as ParagraphChild, new FootnoteReferenceRun(id), new BookmarkEnd(id) as unknown as ParagraphChild];
  }
}

/**
 * A later reference to a footnote: its number, formatted as a footnote reference (\f) and linked
 * to it (\h). The number shown until the field is updated is the note's id, which is its number:
 * the ids follow the order of first reference, and Word numbers footnotes in that order.
 */
class NoteNumber extends SimpleField {
  constructor(bookmark: string, number: string) {
    super(` NOTEREF ${bookmark} \\f \\h `);
    this.root.push(new TextRun({ text: number, style: "FootnoteReference" }));
  }
}

/** Plain text of inline tokens (a heading's text, a table cell's width). */
export function plainText(children: readonly Token[]): string {
  return children.map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" || t.type === "hardbreak" ? " " : t.type === "image" ? t.content : "")).join("");
}

/** A web address Word may link to; anything else (mailto:, javascript:, relative) stays text. */
const WEB = /^https?:\/\//i;

export function inlineRuns(children: readonly Token[], notes: NoteRefs, base: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const depth = { strong: 0, em: 0, s: 0 };
  let link: { href: string; runs: TextRun[] } | undefined;
  const run = (text: string, code = false) => {
    if (text === "") return; // markdown-it leaves empty text tokens around emphasis
    const r = new TextRun({
      text,
      bold: base.bold || depth.strong > 0 || undefined,
      italics: depth.em > 0 || undefined,
      strike: depth.s > 0 || undefined,
      style: code ? CODE_STYLE : link ? "Hyperlink" : undefined,
      size: base.size,
    });
    if (link) link.runs.push(r);
    else out.push(r);
  };
  for (const t of children) {
    switch (t.type) {
      case "text": run(t.content); break;
      case "code_inline": run(t.content, true); break;
      // As a browser shows it: a line break inside a paragraph is a space.
      case "softbreak": run(" "); break;
      case "hardbreak": out.push(new TextRun({ break: 1 })); break;
      case "strong_open": depth.strong++; break;
      case "strong_close": depth.strong--; break;
      case "em_open": depth.em++; break;
      case "em_close": depth.em--; break;
      case "s_open": depth.s++; break;
      case "s_close": depth.s--; break;
      case "link_open": {
        const href = String(t.attrGet("href") ?? "");
        if (WEB.test(href)) link = { href, runs: [] };
        break;
      }
      case "link_close":
        if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
        link = undefined;
        break;
      // An image is not fetched: its description stands in its place.
      case "image": run(t.content); break;
      case "footnote_ref": out.push(...notes.reference((t.meta as { id: number }).id)); break;
      default: if (t.content) run(t.content);
    }
  }
  return out;
}
