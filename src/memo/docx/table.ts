/**
 * A Markdown table as a Word table: ruled, its header row repeated on each page it runs onto
 * (tableHeader) and shaded as the HTML's, its columns given widths in percent of the text's width
 * after how much each holds, so that a long "Act" column does not share evenly with "Dates".
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { NoteRefs, Token, inlineRuns, plainText } from "./inline";

/** Twips between the margins of an A4 page with 2 cm margins (./document.ts). */
export const TEXT_WIDTH = 11906 - 2 * 1134;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "BBBBBB" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const HEAD_FILL = { type: ShadingType.CLEAR, color: "auto", fill: "F1F1F1" } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
/** Half-points: a table's text is a little smaller than the body's, as in the HTML. */
const TABLE_TEXT = 19;

interface Cell { header: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; inline: Token[] }

/** The table that opens at tokens[start] (table_open), and the index after its table_close. */
export function table(tokens: readonly Token[], start: number, notes: NoteRefs): { table: Table; next: number } {
  const rows: Cell[][] = [];
  let i = start + 1;
  for (; i < tokens.length && tokens[i]!.type !== "table_close"; i++) {
    const t = tokens[i]!;
    if (t.type === "tr_open") rows.push([]);
    else if (t.type === "th_open" || t.type === "td_open") {
      const inline = tokens[i + 1]?.type === "inline" ? tokens[i + 1]!.children ?? [] : [];
      rows[rows.length - 1]?.push({ header: t.type === "th_open", align: alignment(String(t.attrGet("style") ?? "")), inline });
    }
  }
  const percents = widths(rows);
  const wordRows = rows.map((cells) => {
    const header = cells.length > 0 && cells.every((c) => c.header);
    return new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      children: cells.map((c, col) => new TableCell({
        width: { size: percents[col] ?? 0, type: WidthType.PERCENTAGE },
        margins: CELL_MARGINS,
        shading: c.header ? HEAD_FILL : undefined,
        children: [new Paragraph({ alignment: c.align, spacing: { after: 0, line: 260, lineRule: LineRuleType.AUTO }, children: inlineRuns(c.inline, notes, { bold: c.header, size: TABLE_TEXT }) })],
      })),
    });
  });
  return {
    table: new Table({
      rows: wordRows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: percents.map((p) => Math.round((p / 100) * TEXT_WIDTH)),
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
    }),
    next: i + 1,
  };
}

/** markdown-it writes a column's alignment as style="text-align:…". */
function alignment(style: string): Cell["align"] {
  const m = /text-align:(left|center|right)/.exec(style);
  return m ? ({ left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const)[m[1] as "left" | "center" | "right"] : undefined;
}

/**
 * In average characters of table text (9.5 pt, in the widest of the serif faces a reader may have
 * in Georgia's place): the width between the margins, a cell's padding, and how much wider than
 * the average a word that must fit on one line may be (capitals, m, w).
 */
const LINE_CHARS = 84;
const PADDING = 1.5;
const WORD = 1.2;

/**
 * Each column's share of the width, in percent, as a browser lays out an automatic table: every
 * column at least as wide as its longest word (a word is not broken), the rest shared after how
 * much more each would take to hold its longest text on one line.
 */
function widths(rows: Cell[][]): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const measure = (col: number, of: (text: string, header: boolean) => number) =>
    PADDING + Math.max(1, ...rows.map((r) => (r[col] ? of(plainText(r[col]!.inline), r[col]!.header) : 0)));
  // A bold header is about a tenth wider.
  // A line may break after a hyphen (religious-persecution), as Word and LibreOffice break it.
  const least = Array.from({ length: columns }, (_, c) => measure(c, (t, h) => Math.max(0, ...t.split(/\s+|(?<=-)/).map((w) => w.length)) * WORD * (h ? 1.1 : 1)));
  const most = Array.from({ length: columns }, (_, c) => Math.max(least[c]!, measure(c, (t, h) => Math.min(t.length, 50) * (h ? 1.1 : 1))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const spare = LINE_CHARS - sum(least);
  const chars = sum(most) <= LINE_CHARS ? most
    : spare <= 0 ? least
    : least.map((l, c) => l + ((most[c]! - l) * spare) / (sum(most) - sum(least)));
  const total = sum(chars);
  return chars.map((w) => Math.round((w / total) * 1000) / 10);
}
