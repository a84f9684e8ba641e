/**
 * How the Word memo looks: its styles and its lists, after the HTML page's stylesheet
 * (templates/memo/page.html.hbs) — a serif body, ruled headings, grey-headed tables, a quote
 * ruled in red. Word's own style names (Title, Heading 1…, Quote, Footnote Text), so that the
 * navigation pane, the outline and a reader's own template all work on it.
 */
import { AlignmentType, BorderStyle, ILevelsOptions, INumberingOptions, IStylesOptions, LevelFormat, LineRuleType, ShadingType } from "docx";
import { CODE_STYLE } from "./inline";

const BODY_FONT = "Georgia";
const CODE_FONT = "DejaVu Sans Mono";
const RULE = "999999";
/** Half-points. */
const pt = (n: number) => n * 2;

export const BULLET = "memo-bullet";
export const ORDERED = "memo-ordered";
/** Nesting that a memo uses, and some. */
const LEVELS = 6;
/** Twips: each level of a list indents by this much. */
export const LIST_INDENT = 360;
/** The quote style's own indent (twips), which a list in a quote adds to. */
export const QUOTE_INDENT = 567;

/** The language of every run (a BCP 47 tag: en-GB, fr-FR), so Word checks the spelling in it. */
export function memoStyles(language: string): IStylesOptions {
  const heading = (size: number, extra: { italics?: boolean; rule?: number } = {}) => ({
    run: { font: BODY_FONT, size: pt(size), bold: true, italics: extra.italics, color: "111111" },
    paragraph: {
      spacing: { before: 240, after: 120 },
      keepNext: true,
      keepLines: true,
      ...(extra.rule ? { border: { bottom: { style: BorderStyle.SINGLE, size: extra.rule, color: extra.rule > 8 ? "111111" : RULE, space: 2 } } } : {}),
    },
  });
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: pt(11), language: { value: language } },
        // lineRule said: LibreOffice reads a line height without it as exact, and a 20 pt title's lines overlap.
        paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
      },
      title: heading(20, { rule: 12 }),
      heading1: heading(15, { rule: 6 }),
      heading2: heading(13),
      heading3: heading(11.5),
      heading4: heading(11, { italics: true }),
      heading5: heading(11, { italics: true }),
    },
    paragraphStyles: [
      {
        id: "Quote", name: "Quote", basedOn: "Normal", next: "Normal", quickFormat: true,
        paragraph: {
          indent: { left: QUOTE_INDENT, right: 284 },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: "BB0000", space: 8 } },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "FBF3F3" },
        },
      },
      { id: "MemoCodeBlock", name: "Code Block", basedOn: "Normal", next: "Normal", run: { font: CODE_FONT, size: pt(9.5) }, paragraph: { spacing: { after: 0 } } },
    ],
    characterStyles: [{ id: CODE_STYLE, name: "Inline Code", basedOn: "DefaultParagraphFont", run: { font: CODE_FONT, size: pt(10) } }],
  };
}

const levels = (format: ILevelsOptions["format"], text: (level: number) => string): ILevelsOptions[] =>
  Array.from({ length: LEVELS }, (_, level) => ({
    level, format, text: text(level), alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
  }));

const MARKS = ["•", "◦", "▪"];
export const bulletLevels = () => levels(LevelFormat.BULLET, (l) => MARKS[l % MARKS.length]!);
/** An ordered list counts from `start` at its top level (Markdown's "3." first item). */
export const orderedLevels = (start = 1) => levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`).map((l) => (l.level === 0 ? { ...l, start } : l));

export const memoNumbering = (): INumberingOptions => ({
  config: [
    { reference: BULLET, levels: bulletLevels() },
    { reference: ORDERED, levels: orderedLevels() },
  ],
});
