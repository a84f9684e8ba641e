/**
 * The charset a JSON body may declare. RFC 8259 (section 8.1) requires UTF-8 for JSON exchanged
 * between systems, so any other declared charset is refused by name; "utf8", the common spelling
 * of the same encoding, is taken as UTF-8 (body-parser's own check knows only "utf-8").
 */
import contentType from "content-type";

export type Charset = { ok: true; header?: string } | { ok: false; detail: string };

/** `header`: the Content-Type to pass on, when it had to be rewritten. */
export function checkCharset(header: string | undefined): Charset {
  if (!header) return { ok: true };
  let parsed: contentType.ParsedMediaType;
  try {
    parsed = contentType.parse(header);
  } catch {
    return { ok: false, detail: `The Content-Type "${header.slice(0, 100)}" cannot be read; send Content-Type: application/json.` };
  }
  const charset = parsed.parameters.charset?.toLowerCase();
  if (charset === undefined || charset === "utf-8") return { ok: true };
  if (charset === "utf8") return { ok: true, header: contentType.format({ type: parsed.type, parameters: { ...parsed.parameters, charset: "utf-8" } }) };
  return { ok: false, detail: `The body must be encoded in UTF-8 (RFC 8259), not ${charset.slice(0, 40)}: send it as UTF-8, with charset=utf-8 or no charset.` };
}

/**
 * body-parser's `verify`: a body sent as UTF-16 without saying so (a byte-order mark, or the NUL
 * bytes of its ASCII) is refused as an encoding, not reported as malformed JSON. A NUL byte is
 * never valid in UTF-8 JSON text, where it must be escaped.
 */
export function refuseUtf16(_req: unknown, _res: unknown, buf: Buffer): void {
  const bom = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
  if (bom || buf.includes(0)) throw Object.assign(new Error("the body is not UTF-8"), { status: 415, type: "charset.unsupported" });
}
