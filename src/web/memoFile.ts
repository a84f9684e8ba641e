/**
 * A memo as a file from the web page (/scenario/:id/memo.md, /build/memo.docx…): the same job as
 * POST /v1/memos (src/http/jobs.ts), so the same bytes, and rendered where that job runs.
 * Undefined when the facts do not assess: the caller shows its own page for that.
 */
import type { Response } from "express";
import type { FactError } from "../facts/validate";
import type { Jobs } from "../http/jobs";
import type { Lang } from "../i18n/format";
import { DOCX_MEDIA_TYPE } from "../memo/renderDocx";

export async function sendMemoFile(res: Response, memo: Jobs["memo"], factSet: unknown, lang: Lang, format: "md" | "html" | "docx"): Promise<FactError[] | undefined> {
  const r = await memo(factSet, { lang, format });
  if (!r.ok) return r.errors;
  res.set("Cache-Control", "no-store");
  const body = Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength);
  if (format === "docx") {
    res.setHeader("Content-Disposition", `attachment; filename="${r.fileName}"`);
    res.status(200).type(DOCX_MEDIA_TYPE).send(body);
  } else if (format === "html") {
    // The memo page may be framed by this app's own memo tab, by nothing else.
    res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
    res.status(200).type("text/html; charset=utf-8").send(body);
  } else {
    res.status(200).type("text/markdown; charset=utf-8").send(body);
  }
  return undefined;
}
