/**
 * Escaping for each output format. Handlebars escapes for HTML only (ENGINEERING-NOTES §3.3), so
 * the Markdown memo escapes every string that comes from the assessment itself: a description
 * holding `](javascript:`, a `|`, a heading marker or a line break cannot change the memo's
 * structure. The HTML memo is rendered from that Markdown with raw HTML disabled.
 */

/** Characters that can open Markdown structure inline, and the braces of the memo's own cross-reference marks (CommonMark allows escaping any ASCII punctuation). */
const INLINE = /[\\`*_[\]|#~!&{}]/g;

export function escapeMarkdown(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value)
    .replace(/[\r\n\u2028\u2029]+/g, " ") // one line: no new block can start
    .trim() // no indented code block either
    .replace(INLINE, (c) => `\\${c}`)
    // Angle brackets as entities, never raw: a renderer that allows HTML and autolinks (marked,
    // markdown-it with html and linkify) takes the backslash of `\<` into a URL before it and
    // reads the `<` that follows as a tag. An entity is text in every CommonMark renderer.
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  // A line-leading marker (list, setext underline, ordered list) becomes text.
  return text.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
