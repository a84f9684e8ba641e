/**
 * One cell's text made into one fact's value: a yes / no / unknown, a date, a State's code, an
 * act, a list. A cell that cannot be read gives the reason in words (its row and column are added
 * by the caller); the validator then checks what could be read.
 */
import { alpha3For } from "../facts/stateCodes";
import { MAX_YEAR, MIN_YEAR, isCalendarDate } from "../dates";
import type { ImportMapping } from "./mapping.generated";

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
export type DateFormat = NonNullable<ImportMapping["dateFormat"]>;
type Words = Record<string, string | boolean | null>;

const DEFAULT_WORDS: Record<string, boolean | null> = { yes: true, no: false, true: true, false: false, unknown: null, "": null };

const key = (s: string) => s.trim().toLowerCase();
/** A word of a column's or the mapping's own list, compared without regard to case or spaces around it. */
export function lookUp(text: string, ...lists: (Words | undefined)[]): { found: boolean; value?: string | boolean | null } {
  for (const list of lists) {
    if (!list) continue;
    for (const [word, value] of Object.entries(list)) if (key(word) === key(text)) return { found: true, value };
  }
  return { found: false };
}

export function toFact(text: string, own: Words | undefined, mapping: Record<string, boolean | null> | undefined): Cell<boolean | null> {
  const w = lookUp(text, own, mapping, DEFAULT_WORDS);
  if (w.found && (typeof w.value === "boolean" || w.value === null)) return { ok: true, value: w.value };
  const known = [...new Set([...Object.keys(own ?? {}), ...Object.keys(mapping ?? {}), "yes", "no", "unknown"])].filter((k) => k !== "").map((k) => JSON.stringify(k));
  return { ok: false, message: `${JSON.stringify(text.trim())} is not yes, no or unknown: write one of ${known.join(", ")} (or leave the cell empty for unknown), or add the sheet's word to the mapping's "values"` };
}

const PATTERNS: Record<DateFormat, { re: RegExp; order: [number, number, number] }> = {
  "YYYY-MM-DD": { re: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, order: [1, 2, 3] },
  "YYYY/MM/DD": { re: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, order: [1, 2, 3] },
  "DD/MM/YYYY": { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 2, 1] },
  "MM/DD/YYYY": { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 1, 2] },
  "DD.MM.YYYY": { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: [3, 2, 1] },
};

/** A date as the mapping's dateFormat writes it, as YYYY-MM-DD; an empty cell is unknown (null). */
export function toDate(text: string, format: DateFormat = "YYYY-MM-DD"): Cell<string | null> {
  const t = text.trim();
  if (t === "") return { ok: true, value: null };
  const p = PATTERNS[format];
  // Excel may add a time to a date ("2003-08-01 00:00:00"): the day is what counts.
  const m = p.re.exec(t.replace(/[ T]00:00(:00)?$/, ""));
  if (m) {
    const [y, mo, d] = p.order.map((i) => m[i]!);
    const iso = `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    if (isCalendarDate(iso)) return { ok: true, value: iso };
  }
  return { ok: false, message: `must be a date written ${format}, a real day in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(t)}${format === "YYYY-MM-DD" ? " (if the sheet writes dates otherwise, say how in the mapping's \"dateFormat\")" : ""}` };
}

/** A State: its ISO 3166-1 alpha-3 or alpha-2 code, or its name in English or French ("Asia::Myanmar" is Uwazi's grouped value). */
export function toState(text: string, own?: Words): Cell<string> {
  const w = lookUp(text, own);
  const t = (w.found && typeof w.value === "string" ? w.value : text).trim().replace(/^.*::/, "").trim();
  const code = alpha3For(t);
  if (code) return { ok: true, value: code };
  return { ok: false, message: `${JSON.stringify(t)} is not a State this tool knows: write its ISO 3166-1 alpha-3 code (such as MMR, or PSE for Palestine) or its English name, or add the sheet's word to the column's "values"` };
}

/** An enumerated word (an act, a ground): the column's own words first, then the word itself, in lower case with hyphens. */
export function toWord(text: string, own?: Words): string {
  const w = lookUp(text, own);
  const t = (w.found && typeof w.value === "string" ? w.value : text).trim().replace(/^.*::/, "");
  return t.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/** An id made of a title: lower case, letters and digits, hyphens between (accents dropped). */
export function slug(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
}

/** The values of a cell that holds several, split where the column says (or one value); empty ones dropped. */
export function parts(text: string, split: string | undefined): string[] {
  return (split ? text.split(split) : [text]).map((s) => s.trim()).filter((s) => s !== "");
}
