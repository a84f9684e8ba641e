/**
 * Renders the memo from the assessment alone. Templates and helpers are compiled once, at
 * start-up, on their own Handlebars environments: one that escapes nothing for Markdown (every
 * dynamic string goes through the `md` helper instead), and one that escapes for HTML for the
 * page around the rendered body. Nothing here reads a clock: the same assessment gives the same
 * memo, byte for byte.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import { LANGS, Lang, frenchSpacing } from "../i18n/format";
import { Runtime, projectRoot, runtime } from "../runtime";
import { withoutAnchors } from "./anchors";
import { escapeMarkdown } from "./escape";
import { ANNEX_HEADING, markdown } from "./markdown";
import { MemoStrings, parseStrings } from "./strings";
import { buildViewModel } from "./viewModel";

export type MemoFormat = "md" | "html";
export const FORMATS: MemoFormat[] = ["md", "html"];

interface Compiled { md: Record<Lang, HandlebarsTemplateDelegate>; page: HandlebarsTemplateDelegate; strings: Record<Lang, MemoStrings> }

function compile(root: string): Compiled {
  const dir = join(root, "templates", "memo");
  const read = (...p: string[]) => readFileSync(join(dir, ...p), "utf8");
  const mdEnv = Handlebars.create();
  mdEnv.registerHelper("md", (v: unknown) => escapeMarkdown(v));
  // A cross-reference mark ({#id}, ./anchors.ts) from the assessment's ids; anything else marks nothing.
  mdEnv.registerHelper("mark", (prefix: unknown, id?: unknown) => {
    const full = `${String(prefix)}${typeof id === "string" ? id : ""}`;
    return /^[a-z][a-z0-9-]*$/.test(full) ? `{#${full}}` : "";
  });
  mdEnv.registerHelper("join", (xs: unknown) => (Array.isArray(xs) ? xs.map((x) => `"${escapeMarkdown(x)}"`).join(", ") : ""));
  mdEnv.registerPartial("rule", read("partials", "rule.md.hbs"));
  const options = { noEscape: true, strict: false, knownHelpers: { md: true, join: true, mark: true }, knownHelpersOnly: true } as const;
  const md = {} as Record<Lang, HandlebarsTemplateDelegate>;
  const strings = {} as Record<Lang, MemoStrings>;
  for (const lang of LANGS) {
    md[lang] = mdEnv.compile(read(lang, "memo.md.hbs"), options);
    // A language may write whole citations its own way (English, the rules' own, needs none).
    const citations = existsSync(join(dir, lang, "citations.json")) ? (JSON.parse(read(lang, "citations.json")) as { citations: Record<string, string> }).citations : {};
    strings[lang] = parseStrings(JSON.parse(read(lang, "strings.json")), citations);
  }
  const pageEnv = Handlebars.create();
  const page = pageEnv.compile(read("page.html.hbs"), { strict: true, knownHelpersOnly: true });
  return { md, page, strings };
}

// ANNEX_HEADING as it opens an <h2> of the rendered page.
const ANNEX_H2 = new RegExp(`<h2>(${ANNEX_HEADING.source.slice(1)})`, "g");

let compiled: Compiled | undefined;
/** Compile every template (call at start-up: a broken template then stops start-up, not a request). */
export function loadTemplates(root: string = projectRoot()): void {
  compiled = compile(root);
  // Handlebars compiles lazily: render once so that a syntax error surfaces now.
  for (const lang of LANGS) compiled.md[lang]({ ...emptyView(compiled.strings[lang]) });
}

function emptyView(s: MemoStrings) {
  return { s, lang: s.lang, title: "", summary: { counts: {}, established: [], actsMet: [], actCounts: {} }, incidents: [], trigger: { routes: [], open: [], notes: [], deferral: { traces: [] } }, contextual: { elements: [] }, attackGroups: [], missing: [], paths: [], notes: [], sources: [], engine: {}, body: { bottom: [], standard: "", table: [], facts: { attacks: [], incidents: [] }, states: [], jurisdiction: [], contextual: [], trigger: { steps: [] }, acts: [], settle: [], readings: [] }, annexB: { facts: [], matrix: { sources: [], rows: [] } } };
}

/** The memo's fixed words in a language. */
export function memoStrings(lang: Lang): MemoStrings {
  if (!compiled) loadTemplates();
  return compiled!.strings[lang];
}

/**
 * The memo of an assessment. Give the fact set it was made from (`factSet`) for the statement of
 * the facts: the assessment holds the reasoning, not the descriptions, places and persons.
 */
export function renderMemo(a: Assessment, opts: { format: MemoFormat; lang?: Lang; runtime?: Runtime; factSet?: FactSet }): string {
  if (!compiled) loadTemplates();
  const lang = opts.lang ?? a.lang;
  if (lang !== a.lang) throw new Error(`the assessment is in ${a.lang}; assess again with lang ${lang} to render a ${lang} memo`);
  const view = buildViewModel(a, compiled!.strings[lang], opts.runtime ?? runtime(), opts.factSet);
  const raw = compiled!.md[lang](view).replace(/\n{3,}/g, "\n\n");
  const md = lang === "fr" ? frenchSpacing(raw) : raw;
  if (opts.format === "md") return withoutAnchors(md);
  // Each annex starts a new page in print.
  const body = markdown.render(md).replace(ANNEX_H2, '<h2 class="annex">$1');
  return compiled!.page({ lang, title: view.title, version: a.engine.version, body });
}
