/**
 * The Markdown memo's block tokens as Word paragraphs and tables: headings as Word headings, lists
 * as numbered paragraphs, quotes in the Quote style, a thematic break as a rule, and the footnote
 * definitions as the document's footnotes. One pass over markdown-it's token stream, in order.
 */
import { FileChild, HeadingLevel, IParagraphOptions, NumberingDefinition, Paragraph, TextRun } from "docx";
import { ANNEX_HEADING } from "../markdown";
import { NoteRefs, Token, inlineRuns, plainText } from "./inline";
import { BULLET, LIST_INDENT, ORDERED, QUOTE_INDENT, orderedLevels } from "./styles";
import { table } from "./table";

export interface Blocks {
  body: FileChild[];
  /** Word footnotes by id, in the shape the docx Document takes. */
  footnotes: Record<string, { children: Paragraph[] }>;
  /** The text of the first level-1 heading: the memo's title. */
  title: string;
}

/** Markdown's # is the document's title; ## to ###### are Word's Heading 1 to 5. */
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const;

interface List { numbering: string | NumberingDefinition; instance: number; numberNext: boolean }

export function blocks(tokens: readonly Token[]): Blocks {
  const notes = new NoteRefs();
  const body: FileChild[] = [];
  const footnotes: Blocks["footnotes"] = {};
  let out: FileChild[] = body;
  let title = "";
  const lists: List[] = [];
  let lastInstance = 0; // each list is a list of its own: its numbering starts again
  let quotes = 0;
  let inNote = false;

  /** The paragraph properties that where it stands (a list, a quote, a footnote) gives it. */
  const placed = (): IParagraphOptions => {
    const list = lists[lists.length - 1];
    const quoteIndent = quotes > 0 ? QUOTE_INDENT : 0;
    const style = quotes > 0 ? "Quote" : inNote ? "FootnoteText" : undefined;
    if (!list) return { style };
    const level = lists.length - 1;
    if (list.numberNext) {
      list.numberNext = false;
      // A list in a quote keeps the quote's indent: its own is the level's, from the numbering.
      return { style, numbering: { reference: list.numbering, level, instance: list.instance }, ...(quoteIndent ? { indent: { left: quoteIndent + LIST_INDENT * (level + 1), hanging: LIST_INDENT } } : {}) };
    }
    // A list item's second paragraph: under the first one's text, without a number.
    return { style, indent: { left: quoteIndent + LIST_INDENT * (level + 1) } };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inline = () => tokens[i + 1]?.type === "inline" ? tokens[i + 1]!.children ?? [] : [];
    switch (t.type) {
      case "heading_open": {
        const children = inline();
        const text = plainText(children);
        const depth = Number(t.tag.slice(1));
        if (depth === 1 && !title) title = text;
        out.push(new Paragraph({
          heading: HEADINGS[Math.min(depth, HEADINGS.length) - 1],
          // Each annex starts a new page, as in the HTML page's print style.
          pageBreakBefore: depth === 2 && ANNEX_HEADING.test(text) ? true : undefined,
          children: inlineRuns(children, notes),
        }));
        i += 2; // inline, heading_close
        break;
      }
      case "paragraph_open": {
        const runs = inlineRuns(inline(), notes);
        // Word puts the note's number before its first paragraph; a space, as Word's own notes have, follows it.
        if (inNote && out.length === 0) runs.unshift(new TextRun(" "));
        out.push(new Paragraph({ ...placed(), children: runs }));
        i += 2;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const start = Number(t.attrGet("start") ?? 1);
        const numbering = t.type === "bullet_list_open" ? BULLET : start === 1 ? ORDERED : { reference: `${ORDERED}-${start}`, levels: orderedLevels(start) };
        lists.push({ numbering, instance: ++lastInstance, numberNext: false });
        break;
      }
      case "bullet_list_close":
      case "ordered_list_close": lists.pop(); break;
      case "list_item_open": { const list = lists[lists.length - 1]; if (list) list.numberNext = true; break; }
      case "blockquote_open": quotes++; break;
      case "blockquote_close": quotes--; break;
      case "table_open": {
        const made = table(tokens, i, notes);
        out.push(made.table);
        i = made.next - 1;
        break;
      }
      case "hr": out.push(new Paragraph({ thematicBreak: true, spacing: { before: 240, after: 240 } })); break;
      case "code_block":
      case "fence": {
        const lines = t.content.replace(/\n$/, "").split("\n");
        out.push(new Paragraph({ ...placed(), style: "MemoCodeBlock", children: lines.map((line, n) => new TextRun({ text: line, break: n > 0 ? 1 : undefined })) }));
        break;
      }
      case "footnote_open": {
        const id = NoteRefs.wordId((t.meta as { id: number }).id);
        const children: Paragraph[] = [];
        footnotes[String(id)] = { children };
        out = children as FileChild[];
        inNote = true;
        break;
      }
      case "footnote_close": out = body; inNote = false; break;
      // The HTML's "back to the text" arrow: Word's footnote mark already links both ways.
      case "footnote_anchor": break;
      // Raw HTML is off (./markdown.ts): a block of it can only be text.
      case "html_block": out.push(new Paragraph({ ...placed(), children: [new TextRun(t.content.trim())] })); break;
    }
  }
  return { body, footnotes, title };
}
