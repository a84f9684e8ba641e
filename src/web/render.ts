/**
 * The page's templates and words, compiled once at start-up on their own Handlebars environment,
 * which escapes for HTML: every string from a fact set, a rule or a scenario is text on the page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { Lang, frenchSpacing } from "../i18n/format";
import type { WebStrings } from "./strings";

export interface Pages {
  strings: Record<Lang, WebStrings>;
  render(page: string, view: Record<string, unknown> & { s: WebStrings; title: string; otherLangHref: string }): string;
}

export const PAGES = ["home", "scenario", "memo", "error"] as const;

/** A tag, an element whose text is code or data (kept as it is), or a run of text. */
const PIECES = /<(textarea|pre|code|script|style)\b[^>]*>[\s\S]*?<\/\1>|<[^>]*>|[^<]+/g;

/**
 * A French page in French typography, as the French memo is: a no-break space before a colon
 * (added where the templates' shared punctuation has none), a narrow one before ; ! ?, and « »
 * for “ ”. Only text is touched: tags and their attributes, and code, data and scripts, are not.
 */
export function frenchPage(html: string): string {
  return html.replace(PIECES, (piece) => (piece.startsWith("<") ? piece : frenchSpacing(piece
    .replace(/(^|[^\s\u00a0\u202f:]):(?=\s|$)/g, "$1\u00a0:")
    .replace(/“\s*/g, "«\u00a0").replace(/\s*”/g, "\u00a0»"))));
}

export function loadPages(root: string, extra: string[] = []): Pages {
  const dir = join(root, "templates", "web");
  const read = (...p: string[]) => readFileSync(join(dir, ...p), "utf8");
  const env = Handlebars.create();
  env.registerPartial("node", read("partials", "node.html.hbs"));
  env.registerPartial("build-field", read("partials", "build-field.html.hbs"));
  env.registerPartial("provisions", read("partials", "provisions.html.hbs"));
  const options = { strict: false, knownHelpersOnly: true } as const;
  const layout = env.compile(read("layout.html.hbs"), options);
  const pages = new Map([...PAGES, ...extra].map((p) => [p, env.compile(read(`${p}.html.hbs`), options)]));
  const strings = { en: JSON.parse(read("en", "strings.json")), fr: JSON.parse(read("fr", "strings.json")) } as Record<Lang, WebStrings>;
  // Compile now, so that a broken template stops start-up rather than a request.
  for (const [, p] of pages) p({ s: strings.en });
  layout({ s: strings.en });
  return {
    strings,
    render(page, view) {
      const body = pages.get(page);
      if (!body) throw new Error(`no page template "${page}"`);
      const html = layout({ ...view, content: body(view) });
      return view.s.lang === "fr" ? frenchPage(html) : html;
    },
  };
}
