/** One line of a batch: a fact set in, one result line out — never a throw, for bad input or an internal fault. */
import { assess } from "../assess/assess";
import { jsonSyntaxError } from "../facts/jsonSyntax";
import type { Lang } from "../i18n/format";

export interface BatchOptions { lang: Lang; evaluator: "native" | "reference"; today?: string }
export type LineResult =
  | { line: number; ok: true; assessment: unknown }
  | { line: number; ok: false; errors: { pointer: string; message: string }[] };

/** `assessFn`: the assessment (a test can give one that fails). */
export async function assessLine(line: number, text: string, opts: BatchOptions, assessFn: typeof assess = assess): Promise<LineResult> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    // A line of NDJSON is one line: its column says where.
    const syntax = jsonSyntaxError(text);
    return { line, ok: false, errors: [{ pointer: "", message: `not valid JSON: ${syntax ? syntax.where.replace(/^line 1, /, "") : (e as Error).message}` }] };
  }
  try {
    const r = await assessFn(input, { lang: opts.lang, evaluator: opts.evaluator, ...(opts.today ? { today: opts.today } : {}) });
    return r.ok ? { line, ok: true, assessment: r.assessment } : { line, ok: false, errors: r.errors };
  } catch (e) {
    // A fault of the engine on one line is that line's error: the rest of the batch goes on.
    return { line, ok: false, errors: [{ pointer: "", message: `internal error while assessing this line (${e instanceof Error ? e.name : typeof e}); the other lines are not affected; please report it with this line` }] };
  }
}
