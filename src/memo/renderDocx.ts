/**
 * The memo as a Word document, made from the Markdown memo (one source of the words): the
 * Markdown is read by the same markdown-it as the HTML page's, and its tokens become Word's own
 * structures — headings, numbered lists, tables with a header row, footnotes.
 */
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import type { Lang } from "../i18n/format";
import type { Runtime } from "../runtime";
import { blocks } from "./docx/blocks";
import { docxFile } from "./docx/document";
import { markdown } from "./markdown";
import { renderMemo } from "./renderMemo";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The Word languages of the memo's languages. */
const LANGUAGE: Record<Lang, string> = { en: "en-GB", fr: "fr-FR" };

/** A Markdown memo as a .docx file; `date` (YYYY-MM-DD) is the date the file says it was written. */
export function markdownToDocx(md: string, opts: { lang: Lang; date: string }): Promise<Buffer> {
  return docxFile(blocks(markdown.parse(md, {})), { language: LANGUAGE[opts.lang], date: opts.date });
}

/**
 * The memo of an assessment as a .docx file. The same assessment gives the same bytes: the file
 * is dated by the assessment's date, not by the clock.
 */
export function renderMemoDocx(a: Assessment, opts: { lang?: Lang; runtime?: Runtime; factSet?: FactSet } = {}): Promise<Buffer> {
  const md = renderMemo(a, { ...opts, format: "md" });
  return markdownToDocx(md, { lang: opts.lang ?? a.lang, date: a.assessmentDate });
}
