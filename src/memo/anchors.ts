/**
 * Cross-references inside a memo. The templates mark a heading or a paragraph with `{#id}` at its
 * end and link to it with `[text](#id)`; the ids are the assessment's (an incident's id, the
 * trigger, an attack), so the English and the French memo share them. In HTML the mark becomes
 * the element's id; in Markdown, which has no ids, marks go and links keep their text.
 * User text cannot make a mark: escapeMarkdown escapes its braces.
 */
import type MarkdownIt from "markdown-it";

const MARK = /(?<!\\)\s*\{#([a-z][a-z0-9-]*)\}\s*$/;

/** markdown-it plugin: a block whose text ends with `{#id}` gets that id. */
export function anchors(md: InstanceType<typeof MarkdownIt>): void {
  md.core.ruler.push("memo_anchors", (state) => {
    const tokens = state.tokens;
    for (let k = 1; k < tokens.length; k++) {
      const inline = tokens[k]!;
      if (inline.type !== "inline") continue;
      const m = MARK.exec(inline.content);
      if (!m) continue;
      const open = tokens[k - 1]!;
      if (open.type !== "heading_open" && open.type !== "paragraph_open") continue;
      open.attrSet("id", m[1]!);
      inline.content = inline.content.slice(0, m.index);
      // The mark is the end of the last text child.
      const last = [...(inline.children ?? [])].reverse().find((c) => c.type === "text");
      if (last) last.content = last.content.replace(/\s*\{#[a-z][a-z0-9-]*\}\s*$/, "");
    }
  });
}

/** The Markdown memo: marks removed, in-document links reduced to their text. */
export function withoutAnchors(text: string): string {
  return text
    .replace(/(?<!\\)[ \t]*\{#[a-z][a-z0-9-]*\}[ \t]*$/gm, "")
    .replace(/(?<!\\)\[([^\]\n]*)\]\(#[a-z][a-z0-9-]*\)/g, "$1");
}
