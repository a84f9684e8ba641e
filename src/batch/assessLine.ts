/** One line of a batch: a fact set in, one result line out — never a throw for bad input. */
import { assess } from "../assess/assess";
import type { Lang } from "../i18n/format";

export interface BatchOptions { lang: Lang; evaluator: "native" | "reference"; today?: string }
export type LineResult =
  | { line: number; ok: true; assessment: unknown }
  | { line: number; ok: false; errors: { pointer: string; message: string }[] };

export async function assessLine(line: number, text: string, opts: BatchOptions): Promise<LineResult> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { line, ok: false, errors: [{ pointer: "", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const r = await assess(input, { lang: opts.lang, evaluator: opts.evaluator, ...(opts.today ? { today: opts.today } : {}) });
  return r.ok ? { line, ok: true, assessment: r.assessment } : { line, ok: false, errors: r.errors };
}
