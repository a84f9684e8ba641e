/**
 * Content negotiation for memos. The format comes from `?format=md|html|docx`, else from the
 * Accept header (text/markdown, text/html, the Word media type); the language from `?lang=en|fr`,
 * else from Accept-Language; Markdown and English by default. A client that prefers
 * application/json gets a text memo wrapped: {memo, format, lang}. A Word memo is binary: it is
 * sent as itself, never wrapped.
 */
import type { Request } from "express";
import { DOCX_MEDIA_TYPE } from "../memo/renderDocx";

export type MemoFormat = "md" | "html" | "docx";
export type MemoLang = "en" | "fr";

const MEDIA: Record<MemoFormat, string> = { md: "text/markdown", html: "text/html", docx: DOCX_MEDIA_TYPE };
const FORMATS: readonly MemoFormat[] = ["md", "html", "docx"];
const LANGS: readonly MemoLang[] = ["en", "fr"];

export type Negotiated = { ok: true; format: MemoFormat; lang: MemoLang; media: string } | { ok: false; status: 400 | 406; detail: string };

function choice<T extends string>(req: Request, name: string, allowed: readonly T[]): T | undefined | Error {
  const raw = (req.query as Record<string, unknown>)[name];
  if (raw === undefined) return undefined;
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return raw as T;
  return new Error(`query parameter "${name}" must be one of ${allowed.join(", ")} (given once)`);
}

export function negotiateMemo(req: Request): Negotiated {
  const format = choice(req, "format", FORMATS);
  if (format instanceof Error) return { ok: false, status: 400, detail: format.message };
  const lang = choice(req, "lang", LANGS);
  if (lang instanceof Error) return { ok: false, status: 400, detail: lang.message };

  // JSON before Word: a client that accepts application/* has always had the JSON wrapper.
  const offered = format === "docx" ? [MEDIA.docx] : format ? [MEDIA[format], "application/json"] : [MEDIA.md, MEDIA.html, "application/json", MEDIA.docx];
  const media = req.accepts(offered);
  if (!media) {
    const binary = format === "docx" ? " A Word memo is a file of its own: it is not wrapped in JSON." : "";
    return { ok: false, status: 406, detail: `This memo can be sent as ${offered.join(" or ")}; the Accept header allows none of them.${binary}` };
  }
  const chosenFormat: MemoFormat = format ?? (media === MEDIA.html ? "html" : media === MEDIA.docx ? "docx" : "md");
  const chosenLang: MemoLang = lang ?? ((req.headers["accept-language"] ? req.acceptsLanguages(...LANGS) : undefined) || "en") as MemoLang;
  return { ok: true, format: chosenFormat, lang: chosenLang, media };
}
