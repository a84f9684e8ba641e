/**
 * The one Markdown reader of the memo: the HTML page and the Word document are both made from the
 * tokens it gives, so they cannot read the same Markdown two ways.
 */
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { anchors } from "./anchors";

// Raw HTML off: a string that reached the Markdown escaped stays text in every format.
export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(footnote).use(anchors);

/**
 * How an annex's heading begins ("Annex A — …", "Annexe A — …"): each annex starts a new page.
 * The headings are the templates' own: user text is escaped before it reaches the Markdown, so no
 * heading can come from a fact set.
 */
export const ANNEX_HEADING = /^Annexe? [A-Z] /;
