/**
 * "Build your own fact set" (GET /build): an interview that asks, one at a time, the question the
 * engine needs next, and assesses each answer at once. The fact set travels in the URL
 * (./buildState.ts); nothing is stored. Plain GET forms answer, a POST reads a pasted fact set;
 * with JavaScript, htmx swaps the main element and is told the URL to push.
 */
import express, { Request, Response } from "express";
import type { FactSet } from "../facts/factSet.generated";
import { FactError, validateFactSet } from "../facts/validate";
import type { Lang } from "../i18n/format";
import { sendMemoFile } from "./memoFile";
import { applyAnswer } from "./buildAnswer";
import { controlFor } from "./buildControls";
import { pasteFixes } from "./buildPaste";
import { ACTS, optionsFor } from "./buildOptions";
import { BLANK, BuildState, actTemplate, buildHref, readState } from "./buildState";
import { Step, hasRecord } from "./buildStep";
import { buildView } from "./buildView";
import { loadPages } from "./render";
import type { WebKit } from "./routes";

type Query = Record<string, unknown>;

/** The longest link the page makes: Node reads at most 16 KB of request headers, the request line among them. */
const MAX_LINK = 12 * 1024;

export function registerBuildRoutes(app: express.Express, kit: WebKit, csp: string): void {
  const { rt } = kit;
  const pages = loadPages(rt.root, ["build"]);
  const byId = new Map(kit.scenarios.map((s) => [s.id, s]));
  const langOf = (q: Query): Lang => (q.lang === "fr" ? "fr" : "en");
  const isHtmx = (req: Request) => req.headers["hx-request"] === "true";

  const send = (res: Response, lang: Lang, view: Record<string, unknown>, status = 200, otherLangHref = `/build?lang=${lang === "en" ? "fr" : "en"}`) => {
    const s = pages.strings[lang];
    res.status(status).set("Content-Type", "text/html; charset=utf-8").set("Content-Security-Policy", csp).set("Cache-Control", "no-store")
      .send(pages.render("build", { ...view, s, title: s.builder.title, otherLangHref }));
  };
  // htmx does not swap a 4xx answer by default: to htmx, a refused answer is a page like any other.
  const refused = (req: Request) => (isHtmx(req) ? 200 : 422);
  /** The start: blank, a scenario, a template, or a fact set pasted (shown again with its errors, each beside a control where one can put it right). */
  const start = (res: Response, lang: Lang, extra: { linkErrors?: FactError[]; paste?: { text: string; doc?: unknown; errors: FactError[] } } = {}, status = 200) => {
    const s = pages.strings[lang];
    const { paste, ...rest } = extra;
    send(res, lang, {
      isStart: true,
      blankHref: buildHref({ lang, factSet: BLANK, skip: [], rec: false }),
      scenarios: kit.scenarios.map((x) => ({ id: x.id, title: x.words(lang).title })),
      acts: optionsFor(rt, lang).acts,
      ...(paste ? { pasted: paste.text, fixes: pasteFixes(paste.doc, paste.errors, s, rt) } : {}), ...rest,
    }, status);
  };
  const pasteOf = (doc: unknown, errors: FactError[]) => ({ paste: { text: JSON.stringify(doc, null, 2), doc, errors } });
  /** Go to a state's page: a redirect without JavaScript, the page itself (and its URL) with htmx. */
  const goTo = async (req: Request, res: Response, st: BuildState) => {
    const url = buildHref(st);
    // The link is the only copy: one the server could not read back (its request line is part of its 16 KB of headers) is refused here.
    if (url.length > MAX_LINK) {
      const message = pages.strings[st.lang].builder.tooLarge.replace("{n}", String(Math.ceil(url.length / 1024))).replace("{max}", String(MAX_LINK / 1024));
      return start(res, st.lang, { paste: { text: JSON.stringify(st.factSet, null, 2), errors: [{ pointer: "", message }] } }, refused(req));
    }
    if (!isHtmx(req)) return res.redirect(303, url);
    res.setHeader("HX-Push-Url", url);
    return interview(res, st);
  };
  const interview = async (res: Response, st: BuildState, attempt?: { doc: unknown; errors: FactError[] }, status = 200) => {
    const r = await kit.assess(st.factSet, { lang: st.lang });
    if (!r.ok) return start(res, st.lang, pasteOf(st.factSet, r.errors), 422);
    const view = buildView({ st, a: r.assessment, s: pages.strings[st.lang], rt, ...(attempt ? { attempt } : {}) });
    send(res, st.lang, { ...view, isInterview: true }, status, buildHref({ ...st, lang: st.lang === "en" ? "fr" : "en" }));
  };
  /** The state a query names, its fact set valid; or the start page, saying what is wrong. */
  const stateOf = (req: Request, res: Response): BuildState | undefined => {
    const q = req.query as Query;
    const read = readState(q);
    if (!read.ok) { start(res, read.lang, { linkErrors: read.errors }, 400); return undefined; }
    const v = validateFactSet(read.raw, read.state.lang);
    if (!v.ok) { start(res, read.state.lang, pasteOf(read.raw, v.errors), 422); return undefined; }
    return { ...read.state, factSet: v.factSet };
  };

  app.get("/build", async (req, res) => {
    const q = req.query as Query;
    const lang = langOf(q);
    const from = typeof q.start === "string" ? q.start : undefined;
    if (from !== undefined) {
      const scenario = from.startsWith("scenario:") ? byId.get(from.slice(9)) : undefined;
      const act = from.startsWith("act:") && ACTS.includes(from.slice(4)) ? from.slice(4) : undefined;
      const factSet: FactSet | undefined = from === "blank" ? BLANK : scenario ? structuredClone(scenario.factSet) : act ? actTemplate(act) : undefined;
      if (!factSet) return start(res, lang, { linkErrors: [{ pointer: "/start", message: pages.strings[lang].builder.badStart.replace("{start}", from) }] }, 400);
      return goTo(req, res, { lang, factSet, skip: [], rec: hasRecord(factSet) });
    }
    if (q.f === undefined) return start(res, lang);
    const st = stateOf(req, res);
    if (st) await interview(res, st);
  });

  // An answer: applied to the fact set in the form, validated, then the page at its new URL.
  app.get("/build/answer", async (req, res) => {
    const st = stateOf(req, res);
    if (!st) return;
    const q = req.query as Query;
    const key = typeof q.q === "string" ? q.q : "";
    const step: Step["kind"] = key === "record" ? "record" : key === "incident" ? "incident" : "fact";
    const covers = step === "fact" ? controlFor(key).covers : [];
    const again: BuildState = step === "record" ? { ...st, step: "record" } : step === "incident" ? { ...st, step: "incident" } : { ...st, ask: key };
    if (q.do === "skip") {
      if (step === "record") return goTo(req, res, { ...st, rec: true });
      return goTo(req, res, { ...st, skip: [...new Set([...st.skip, ...(step === "incident" ? ["/incidents"] : covers)])] });
    }
    const form: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(q)) if (k.startsWith("f/") || k.startsWith("r:")) form[k] = [v].flat().map(String);
    const answer = applyAnswer(st.factSet, form);
    const errors: FactError[] = answer.unreadable.map((p) => ({ pointer: p, message: pages.strings[st.lang].builder.unreadable }));
    const v = validateFactSet(answer.factSet, st.lang);
    if (!v.ok || errors.length) return interview(res, again, { doc: answer.factSet, errors: [...errors, ...(v.ok ? [] : v.errors)] }, refused(req));
    const r = await kit.assess(v.factSet, { lang: st.lang });
    const missing = new Set(r.ok ? r.assessment.missingFacts.map((m) => m.pointer) : []);
    // What the answer left unknown is passed over, so the interview moves on; what it settled leaves the list.
    const skip = [...new Set([...st.skip, ...covers])].filter((p) => missing.has(p));
    return goTo(req, res, { lang: st.lang, factSet: v.factSet, skip, rec: st.rec || step === "record" });
  });

  // A fact set pasted (or read from a file into the same box by /assets/build.js), with any fixes typed beside its errors.
  app.post("/build", express.urlencoded({ extended: false, limit: "1mb", parameterLimit: 2000 }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const lang = langOf(body);
    const text = typeof body.json === "string" ? body.json : "";
    let raw: unknown;
    try { raw = JSON.parse(text); } catch (e) {
      const where = e instanceof SyntaxError ? e.message : "";
      return start(res, lang, { paste: { text, errors: [{ pointer: "", message: pages.strings[lang].builder.notJson.replace("{why}", where) }] } }, refused(req));
    }
    const form: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(body)) if (k.startsWith("f/")) form[k] = [v].flat().map(String);
    if (Object.keys(form).length && raw && typeof raw === "object" && !Array.isArray(raw)) raw = applyAnswer(raw as FactSet, form).factSet;
    const v = validateFactSet(raw, lang);
    if (!v.ok) return start(res, lang, pasteOf(raw, v.errors), refused(req));
    return goTo(req, res, { lang, factSet: v.factSet, skip: [], rec: hasRecord(v.factSet) });
  });

  // The fact set and the memo as files: the memo by the renderers of POST /v1/memos, byte for byte.
  app.get(/^\/build\/(facts\.json|memo\.(md|html|docx))$/, async (req, res) => {
    const st = stateOf(req, res);
    if (!st) return;
    const params = req.params as unknown as Record<string, string | undefined>;
    const what = params[0];
    const format = params[1] as "md" | "html" | "docx" | undefined;
    res.set("Cache-Control", "no-store");
    if (what === "facts.json") {
      res.setHeader("Content-Disposition", `attachment; filename="${st.factSet.id ?? "fact-set"}.json"`);
      return res.status(200).type("application/json").send(JSON.stringify(st.factSet, null, 2));
    }
    const errors = await sendMemoFile(res, kit.memo, st.factSet, st.lang, format!);
    if (errors) return start(res, st.lang, pasteOf(st.factSet, errors), 422);
  });

}
