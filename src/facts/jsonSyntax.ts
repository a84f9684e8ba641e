/**
 * Where a JSON text goes wrong, for people: the line and column of the first error, what was
 * expected there, and the line itself. JSON.parse gives a character offset at best (and for an
 * unexpected token, none), so the text is read again with jsonc-parser, which reports each error's
 * offset, in strict JSON mode (no comments, no trailing commas).
 */
import { ParseError, parse, printParseErrorCode } from "jsonc-parser";
import words from "../../templates/errors/json-syntax.json";
import type { Lang } from "../i18n/format";

export interface JsonSyntaxError {
  line: number; column: number; text: string;
  /** What was expected there, in words. */
  what: string;
  /** Where and what: "line 3, column 12: … The line: “…”". */
  where: string;
  /** The whole sentence for a request body, or for a file named `file`. */
  message(file?: string): string;
}

/** The first syntax error of `text`, or null when it is JSON. Lines and columns count from 1. */
export function jsonSyntaxError(text: string, lang: Lang = "en"): JsonSyntaxError | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const start = before.lastIndexOf("\n") + 1;
  const end = text.indexOf("\n", first.offset);
  // The line as it stands, cut to 120 characters around the error.
  const whole = text.slice(start, end < 0 ? undefined : end).replace(/\r$/, "");
  const column = first.offset - start + 1;
  const from = Math.max(0, column - 60);
  const shown = `${from > 0 ? "…" : ""}${whole.slice(from, from + 120)}${whole.length > from + 120 ? "…" : ""}`;
  const w = words[lang];
  const what = (w.codes as Record<string, string>)[printParseErrorCode(first.error)] ?? w.other;
  const where = w.where.replace("{line}", String(line)).replace("{column}", String(column)).replace("{what}", what).replace("{text}", shown);
  return { line, column, text: shown, what, where, message: (file) => (file === undefined ? w.body : w.file.replace("{file}", file)).replace("{where}", where) };
}
