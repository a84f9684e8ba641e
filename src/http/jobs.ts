/**
 * The work a request may ask for that grows with the fact set — assess it, serialise the
 * assessment, render a memo, compare two fact sets — as jobs with plain data in and bytes out.
 * In process (tests, the CLI's own calls) they run here; `serve` runs the same functions in a pool
 * of worker threads (jobPool.ts), so that a large fact set being assessed does not hold the event
 * loop that answers everyone else.
 *
 * A job never throws for bad input: an invalid fact set, answers or patch is a result. It throws
 * only for a fault of the engine, which the app turns into a 500.
 */
import { assess as assessFactSet, AssessResult } from "../assess/assess";
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import type { FactError } from "../facts/validate";
import type { Lang } from "../i18n/format";
import { renderMemo as renderMemoDefault } from "../memo/renderMemo";
import { renderMemoDocx } from "../memo/renderDocx";
import { compareJob, CompareOutcome } from "./compareJob";
import type { MemoFormat } from "./negotiate";

export type Evaluator = "native" | "reference";
export interface AssessJobOptions { evaluator?: Evaluator; lang: Lang; explain?: boolean }
export interface MemoJobOptions { evaluator?: Evaluator; lang: Lang; format: MemoFormat }

export type Invalid = { ok: false; errors: FactError[] };
/** Text already encoded as UTF-8: encoded where it was made, and moved, not copied, from a worker. */
export type Bytes = Uint8Array;

export interface Jobs {
  /** The assessment itself, for the routes that read it (the web page, the quiz). */
  assess(input: unknown, opts: AssessJobOptions): Promise<AssessResult>;
  /** The assessment as JSON. */
  assessment(input: unknown, opts: AssessJobOptions): Promise<{ ok: true; body: Bytes } | Invalid>;
  /** The memo (Markdown, HTML or Word) and the Word file's name. */
  memo(input: unknown, opts: MemoJobOptions): Promise<{ ok: true; body: Bytes; fileName: string } | Invalid>;
  /** POST /v1/compare's body in, its reply or the problem out. */
  compare(body: unknown, lang: Lang): Promise<CompareOutcome>;
}

/** An assessment as the routes ask for one. */
export type AssessFn = Jobs["assess"];

export type MemoRenderer = (assessment: Assessment, options: { format: Exclude<MemoFormat, "docx">; lang: Lang; factSet?: FactSet }) => string;
export type DocxRenderer = (assessment: Assessment, options: { lang: Lang; factSet?: FactSet }) => Promise<Buffer>;

/** What a job is made of: the defaults, or a test's seams. */
export interface JobParts {
  assess?: typeof assessFactSet;
  renderMemo?: MemoRenderer;
  renderDocx?: DocxRenderer;
}

const encoder = new TextEncoder();

export function localJobs(parts: JobParts = {}): Jobs {
  const assess = parts.assess ?? assessFactSet;
  const renderMemo = parts.renderMemo ?? renderMemoDefault;
  const renderDocx = parts.renderDocx ?? renderMemoDocx;
  const run = (input: unknown, opts: { evaluator?: Evaluator; lang: Lang; explain?: boolean }) =>
    assess(input, { evaluator: opts.evaluator ?? "native", lang: opts.lang, ...(opts.explain ? { explain: true } : {}) });
  return {
    assess: run,
    async assessment(input, opts) {
      const r = await run(input, opts);
      return r.ok ? { ok: true, body: encoder.encode(JSON.stringify(r.assessment)) } : r;
    },
    async memo(input, opts) {
      const r = await run(input, opts);
      if (!r.ok) return r;
      // Validated by assess: the memo states its facts.
      const factSet = input as FactSet;
      const fileName = docxName(r.assessment, opts.lang);
      if (opts.format === "docx") return { ok: true, body: new Uint8Array(await renderDocx(r.assessment, { lang: opts.lang, factSet })), fileName };
      return { ok: true, body: encoder.encode(renderMemo(r.assessment, { format: opts.format, lang: opts.lang, factSet })), fileName };
    },
    compare: (body, lang) => compareJob(body, lang, (input, l) => run(input, { lang: l })),
  };
}

/**
 * The Word memo's file name: the fact set's id (the schema allows only a-z, 0-9 and hyphens, so it
 * is safe in a header; filtered again all the same), else the start of the input digest, which
 * names the same facts the same way each time.
 */
export function docxName(a: Assessment, lang: Lang): string {
  const id = (a.factSetId ?? "").replace(/[^a-z0-9-]/g, "").slice(0, 80);
  return `memo-${id || a.engine.inputDigest.replace(/^sha256:/, "").slice(0, 12)}-${lang}.docx`;
}
