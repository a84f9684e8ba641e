/**
 * A spreadsheet saved as CSV, read with csv-parse: Excel's quoting, UTF-8 with or without a byte
 * order mark, a comma, semicolon or tab between cells (detected from the header row unless given).
 * Rows are numbered as a spreadsheet numbers them: the header is row 1, blank rows count.
 */
import { parse } from "csv-parse/sync";

export interface SheetRow { row: number; cells: Record<string, string> }
export interface Sheet { header: string[]; rows: SheetRow[]; delimiter: string }
export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; message: string; row?: number };

const DELIMITERS = [",", ";", "\t"] as const;
/** The most rows a sheet may have: beyond it the fact set's own bounds would refuse it anyway. */
export const MAX_ROWS = 2000;

/** The delimiter that splits the header row into the most cells (outside quotes). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, "")) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** "tab" and "\t" name the tab; anything else must be one character. */
export function delimiterOption(value: string): string | undefined {
  if (value === "tab" || value === "\\t" || value === "\t") return "\t";
  return [...value].length === 1 && !/["\r\n]/.test(value) ? value : undefined;
}

export function readSheet(text: string, delimiter?: string): SheetResult {
  const used = delimiter ?? detectDelimiter(text);
  let records: string[][];
  try {
    // relax_column_count: a short row is reported below by its row number, in words.
    records = parse(text, { bom: true, delimiter: used, relax_column_count: true, relax_quotes: false, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; code?: string };
    return { ok: false, message: `the file cannot be read as CSV${err.lines ? ` (near line ${err.lines})` : ""}: ${csvProblem(err.code)}`, ...(err.lines ? { row: err.lines } : {}) };
  }
  const [head, ...body] = records;
  if (!head || head.every((c) => c.trim() === "")) return { ok: false, message: "the file has no header row: its first row must name the columns" };
  const header = head.map((c) => c.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== "" && seen.has(h)) return { ok: false, message: `the header names the column "${h}" twice`, row: 1 };
    seen.add(h);
  }
  const rows: SheetRow[] = [];
  for (const [i, record] of body.entries()) {
    const row = i + 2;
    if (record.every((c) => c.trim() === "")) continue; // a blank row is no incident
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== "")) {
      return { ok: false, row, message: `row ${row} has ${record.length} cells but the header names ${header.length} columns${used !== delimiter && delimiter === undefined ? ` (the cells were split at ${JSON.stringify(used)}; give --delimiter if that is wrong)` : ""}` };
    }
    const cells: Record<string, string> = {};
    header.forEach((h, j) => { if (h !== "") cells[h] = record[j] ?? ""; });
    rows.push({ row, cells });
  }
  if (rows.length > MAX_ROWS) return { ok: false, message: `the sheet has ${rows.length} rows; at most ${MAX_ROWS} can be imported at once: split it` };
  return { ok: true, sheet: { header, rows, delimiter: used } };
}

function csvProblem(code: string | undefined): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED": return "a quoted cell is never closed (a \" is missing)";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE": return "a quote mark stands inside a cell that is not quoted, or after a closing quote (write a quote inside a quoted cell as \"\")";
    default: return "it is not well-formed CSV";
  }
}
