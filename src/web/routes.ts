/**
 * The web page, served by the API's own app: the scenarios, each with its facts, its outcome tree,
 * what decides it and what changed; the memo tab. Plain GET forms that return the whole page, so
 * every interaction works without JavaScript; with it, htmx (served from /assets, pinned) swaps
 * the main element only. The state is in the URL (./urlState.ts); nothing is stored.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type express from "express";
import type { Request, Response } from "express";
import type { AssessFn, Jobs } from "../http/jobs";
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import type { Lang } from "../i18n/format";
import { sendMemoFile } from "./memoFile";
import { memoStrings } from "../memo/renderMemo";
import type { Runtime } from "../runtime";
import type { Scenario } from "../teach/scenarios";
import { QUIZ_PAGES, registerQuizRoutes } from "./quizRoutes";
import { registerBuildRoutes } from "./build";
import { Pages, loadPages } from "./render";
import { scenarioView } from "./scenarioView";
import { ScenarioState, linkDigest, scenarioHref, scenarioState, staleNotice } from "./scenarioState";
import { Refusal, applyControls } from "./formApply";
import { Patch, patchBetween } from "./urlState";

export interface WebKit { rt: Runtime; scenarios: Scenario[]; assess: AssessFn; memo: Jobs["memo"] }

/** Scripts only from the app itself, no inline script, no framing by others. */
export const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'";

const ASSETS: Record<string, { file: string[]; type: string }> = {
  "htmx.min.js": { file: ["node_modules", "htmx.org", "dist", "htmx.min.js"], type: "text/javascript" },
  "site.css": { file: ["assets", "site.css"], type: "text/css" },
  "app.js": { file: ["assets", "app.js"], type: "text/javascript" },
  "build.js": { file: ["assets", "build.js"], type: "text/javascript" },
  "build.css": { file: ["assets", "build.css"], type: "text/css" },
};

export function registerWebRoutes(app: express.Express, kit: WebKit, pages: Pages = loadPages(kit.rt.root, QUIZ_PAGES)): void {
  const { rt } = kit;
  const byId = new Map(kit.scenarios.map((s) => [s.id, s]));
  const digest = linkDigest(rt.book.digest);
  const assets = new Map(Object.entries(ASSETS).map(([name, a]) => [name, { body: readFileSync(join(rt.root, ...a.file)), type: a.type }]));
  const baseAssessments = new Map<string, Promise<Assessment>>();

  const langOf = (req: Request): Lang => (req.query.lang === "fr" ? "fr" : "en");
  const send = (res: Response, html: string, status = 200) => {
    res.status(status).set("Content-Type", "text/html; charset=utf-8").set("Content-Security-Policy", PAGE_CSP).set("Cache-Control", "no-store").send(html);
  };
  const page = (res: Response, lang: Lang, name: string, title: string, otherLangHref: string, view: Record<string, unknown>, status = 200) =>
    send(res, pages.render(name, { ...view, s: pages.strings[lang], title, otherLangHref }), status);
  const notFound = (res: Response, lang: Lang, message: string) => page(res, lang, "error", pages.strings[lang].notFound, `/?lang=${lang === "en" ? "fr" : "en"}`, { heading: pages.strings[lang].notFound, message }, 404);

  app.get("/assets/:name", (req, res) => {
    const a = assets.get(String(req.params.name));
    if (!a) return res.status(404).type("text/plain").send("Not found");
    res.status(200).set("Content-Type", `${a.type}; charset=utf-8`).set("Cache-Control", "public, max-age=3600").send(a.body);
  });

  app.get("/", (req, res) => {
    const lang = langOf(req);
    const s = pages.strings[lang];
    const groups = (["real", "classroom"] as const).map((kind) => ({ kind, title: s[kind], scenarios: kit.scenarios.filter((x) => x.kind === kind).map((x) => { const w = x.words(lang); return { id: x.id, title: w.title, description: w.description }; }) }));
    page(res, lang, "home", s.siteName, `/?lang=${s.other}`, { groups });
  });

  /** The scenario, its changes and the language a request names; the fact set those changes give. */
  type Query = Record<string, unknown>;
  const stateOf = (req: Request, query: Query = req.query as Query): { lang: Lang; scenario?: Scenario } & Partial<ScenarioState> => {
    const lang = langOf(req);
    const scenario = byId.get(String(req.params.id));
    if (!scenario) return { lang };
    return { lang, scenario, ...scenarioState(scenario, query.p, lang) };
  };
  const hrefFor = (id: string, lang: Lang, view = "", extra: Record<string, string> = {}) => scenarioHref(id, lang, digest, view, extra);
  const baseOf = (s: Scenario, lang: Lang) => {
    const key = `${s.id}|${lang}`;
    let p = baseAssessments.get(key);
    if (!p) {
      p = kit.assess(s.factSet, { lang }).then((r) => { if (!r.ok) throw new Error(`scenario ${s.id} does not assess`); return r.assessment; });
      baseAssessments.set(key, p);
    }
    return p;
  };

  app.get("/scenario/:id", async (req, res) => {
    const st = stateOf(req);
    if (!st.scenario) return notFound(res, st.lang, pages.strings[st.lang].notFoundScenario.replace("{id}", String(req.params.id)));
    const { scenario, lang } = st;
    const s = pages.strings[lang];
    const words = scenario.words(lang);
    const onlyRead = req.query.read === "1";
    const href = hrefFor(scenario.id, lang, "", onlyRead ? { read: "1" } : {});
    // A form sent: every control's value, applied to the changes so far, then the page at its own URL.
    if (req.query.edit === "1") {
      const next = structuredClone(st.current) as unknown as Record<string, unknown>;
      const refused = applyControls(next, scenario.factSet, req.query as Query);
      const offered = [req.query.hstate ?? []].flat().map(String);
      const checked = new Set([req.query.h ?? []].flat().map(String));
      const h = (next.hypotheticals ?? {}) as { membership?: { state: string; entryIntoForce: string }[] };
      const kept = (h.membership ?? []).filter((m) => !offered.includes(m.state) || checked.has(m.state));
      for (const state of checked) if (offered.includes(state) && !kept.some((m) => m.state === state)) kept.push({ state, entryIntoForce: "2002-07-01" });
      if (kept.length || h.membership) next.hypotheticals = { ...h, membership: kept };
      if (Array.isArray((next.hypotheticals as { membership?: unknown[] } | undefined)?.membership) && kept.length === 0) {
        const { membership: _drop, ...rest } = next.hypotheticals as Record<string, unknown>;
        if (Object.keys(rest).length) next.hypotheticals = rest; else delete next.hypotheticals;
      }
      const url = href(patchBetween(scenario.factSet, next));
      const htmx = req.headers["hx-request"] === "true";
      // A change refused is said on the page itself, with the changes that were made (a redirect would lose the notice).
      if (!htmx && !refused.length) return res.redirect(303, url);
      if (htmx) res.setHeader("HX-Push-Url", url);
      return render(Object.fromEntries(new URL(url, "http://x").searchParams), res, refused, htmx ? 200 : 400);
    }
    return render(req.query as Query, res);

    async function render(query: Query, w: Response, refused: Refusal[] = [], status = 200) {
      const again = stateOf(req, query);
      const current = again.current!;
      const result = await kit.assess(current, { lang });
      if (!result.ok) {
        return page(w, lang, "error", words.title, "", { heading: words.title, message: result.errors.map((e) => `${e.pointer}: ${e.message}`).join("; ") }, 400);
      }
      const view = await scenarioView({
        scenario, base: scenario.factSet, current, patch: again.patch!, lang, baseAssessment: await baseOf(scenario, lang), assessment: result.assessment, onlyRead, href, refused,
      }, rt, s, memoStrings(lang), kit.assess);
      const stale = staleNotice(query.rd, digest, s);
      const memoHref = hrefFor(scenario.id, lang, "/memo");
      page(w, lang, "scenario", words.title, hrefFor(scenario.id, lang === "en" ? "fr" : "en")(again.patch!), {
        ...view, teaching: words.teaching, description: words.description, action: `/scenario/${scenario.id}`, onlyRead, tabFacts: true,
        ...(stale ? { stale } : {}), ...(again.badLink ? { badLink: s.badLink.replace("{message}", again.badLink) } : {}),
        hrefs: hrefsOf(scenario.id, lang, again.patch!, href, memoHref, onlyRead),
      }, status);
    }
  });

  const hrefsOf = (id: string, lang: Lang, patch: Patch, href: ReturnType<typeof hrefFor>, memo: ReturnType<typeof hrefFor>, onlyRead: boolean) => ({
    facts: href(patch), quiz: hrefFor(id, lang, "/quiz")(patch), memo: memo(patch),
    filter: hrefFor(id, lang, "", onlyRead ? {} : { read: "1" })(patch), reset: hrefFor(id, lang)([]),
    json: hrefFor(id, lang, "/facts.json")(patch),
    memoMd: hrefFor(id, lang, "/memo.md")(patch), memoHtml: hrefFor(id, lang, "/memo.html")(patch), memoDocx: hrefFor(id, lang, "/memo.docx")(patch),
  });

  registerQuizRoutes(app, kit, { pages, page, notFound });

  app.get("/scenario/:id/memo", (req, res) => {
    const st = stateOf(req);
    if (!st.scenario) return notFound(res, st.lang, pages.strings[st.lang].notFoundScenario.replace("{id}", String(req.params.id)));
    const href = hrefFor(st.scenario.id, st.lang);
    page(res, st.lang, "memo", st.scenario.words(st.lang).title, hrefFor(st.scenario.id, st.lang === "en" ? "fr" : "en", "/memo")(st.patch!), {
      hrefs: hrefsOf(st.scenario.id, st.lang, st.patch!, href, hrefFor(st.scenario.id, st.lang, "/memo"), false),
    });
  });

  // The memo and the fact set as files: the same renderer as POST /v1/memos, byte for byte.
  app.get(/^\/scenario\/([a-z0-9-]+)\/(memo\.(md|html|docx)|facts\.json)$/, async (req, res) => {
    const id = (req.params as unknown as string[])[0]!;
    (req.params as Record<string, string>).id = id;
    const st = stateOf(req);
    if (!st.scenario) return notFound(res, st.lang, pages.strings[st.lang].notFoundScenario.replace("{id}", id));
    const what = (req.params as unknown as string[])[1]!;
    const factSet = st.current!;
    if (what === "facts.json") {
      res.setHeader("Content-Disposition", `attachment; filename="${st.scenario.id}.json"`);
      return res.status(200).type("application/json").set("Cache-Control", "no-store").send(JSON.stringify(factSet, null, 2));
    }
    const format = (req.params as unknown as string[])[2] as "md" | "html" | "docx";
    const errors = await sendMemoFile(res, kit.memo, factSet, st.lang, format);
    if (errors) return notFound(res, st.lang, errors.map((e) => `${e.pointer}: ${e.message}`).join("; "));
  });

  registerBuildRoutes(app, kit, PAGE_CSP);
}
