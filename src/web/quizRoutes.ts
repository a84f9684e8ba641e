/**
 * The quiz tab: predict, then reveal. GET /scenario/:id/quiz asks the questions of the fact set
 * the link gives (the scenario and its changes, read as the facts tab reads them), and shows no
 * outcome; POST to the same address grades the answers. POST /quiz does the same for a pasted
 * fact set, carried between the two steps in a hidden field and stored nowhere. Plain forms that
 * work without JavaScript; with it, htmx swaps the main element.
 */
import express from "express";
import type { Request, RequestHandler, Response } from "express";
import type { FactSet } from "../facts/factSet.generated";
import type { Lang } from "../i18n/format";
import { memoStrings } from "../memo/renderMemo";
import { MAX_ANSWERS } from "../teach/answers";
import { controlId } from "./facts";
import type { Pages } from "./render";
import type { WebKit } from "./routes";
import { linkDigest, scenarioHref, scenarioState, staleNotice } from "./scenarioState";
import type { WebStrings } from "./strings";
import { QuizContext, answersFrom, questionsView, resultView } from "./quizView";
import { patchBetween } from "./urlState";

export const QUIZ_PAGES = ["quiz", "quiz-result", "quiz-facts"];

/** The answers form is small; a pasted fact set may be as large as the API takes one. */
const ANSWERS_LIMIT = 64 * 1024;
const FACTS_LIMIT = 1024 * 1024;

type PageFn = (res: Response, lang: Lang, name: string, title: string, otherLangHref: string, view: Record<string, unknown>, status?: number) => void;
export interface QuizPages { pages: Pages; page: PageFn; notFound: (res: Response, lang: Lang, message: string) => void }

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/**
 * A form body (urlencoded only) within `limit`; a body too large, malformed or of another type is
 * a page that says so (never the API's problem JSON, never a stack trace).
 */
type Failed = (req: Request, res: Response, message: string, status: number) => void;
function formBody(limit: number, strings: Record<Lang, WebStrings>, failed: Failed): RequestHandler {
  const parse = express.urlencoded({ extended: false, limit, parameterLimit: MAX_ANSWERS + 10 });
  return (req, res, next) => {
    const lang = langOf(req);
    const s = strings[lang];
    const type = req.is("application/x-www-form-urlencoded");
    // No body at all is an empty form (nothing answered, nothing pasted); a body of another type is refused.
    if (type === null) { req.body = {}; return next(); }
    if (type === false) return failed(req, res, s.quizPage.badForm, 415);
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { type?: string };
      if (e.type === "entity.too.large") {
        res.setHeader("Connection", "close");
        return failed(req, res, fill(s.quizPage.tooLarge, { limit: new Intl.NumberFormat(lang).format(limit) }), 413);
      }
      failed(req, res, s.quizPage.badForm, 400);
    });
  };
}

const langOf = (req: Request): Lang => (req.query.lang === "fr" ? "fr" : "en");

export function registerQuizRoutes(app: express.Express, kit: WebKit, { pages, page, notFound }: QuizPages): void {
  const { rt } = kit;
  const byId = new Map(kit.scenarios.map((s) => [s.id, s]));
  const digest = linkDigest(rt.book.digest);
  const other = (lang: Lang) => (lang === "en" ? "fr" : "en");
  const isHtmx = (req: Request) => req.headers["hx-request"] === "true";

  /** The scenario a request names, the fact set its link gives, and that fact set assessed; or a page already sent. */
  const scenarioQuiz = async (req: Request, res: Response) => {
    const lang = langOf(req);
    const s = pages.strings[lang];
    const scenario = byId.get(String(req.params.id));
    if (!scenario) { notFound(res, lang, s.notFoundScenario.replace("{id}", String(req.params.id))); return undefined; }
    const st = scenarioState(scenario, req.query.p, lang);
    const r = await kit.assess(st.current, { lang });
    if (!r.ok) { page(res, lang, "error", scenario.words(lang).title, "", { heading: scenario.words(lang).title, message: r.errors.map((e) => `${e.pointer}: ${e.message}`).join("; ") }, 400); return undefined; }
    const link = (view = "") => scenarioHref(scenario.id, lang, digest, view);
    const hrefs = { facts: link()(st.patch), quiz: link("/quiz")(st.patch), memo: link("/memo")(st.patch), json: link("/facts.json")(st.patch) };
    const x: QuizContext = {
      rt, s, ms: memoStrings(lang), lang, current: st.current, assessment: r.assessment,
      factHref: (factSet: FactSet, pointer: string) => `${link()(patchBetween(scenario.factSet, factSet))}#${controlId(pointer)}`,
    };
    const stale = staleNotice(req.query.rd, digest, s);
    const common = { hrefs, ...(st.badLink ? { badLink: s.badLink.replace("{message}", st.badLink) } : {}), ...(stale ? { stale } : {}) };
    return { scenario, st, lang, s, x, hrefs, common, otherLang: scenarioHref(scenario.id, other(lang), digest, "/quiz")(st.patch) };
  };

  app.get("/scenario/:id/quiz", async (req, res) => {
    const q = await scenarioQuiz(req, res);
    if (!q) return;
    page(res, q.lang, "quiz", q.scenario.words(q.lang).title, q.otherLang, { ...q.common, ...questionsView(q.x), action: q.hrefs.quiz });
  });

  // htmx swaps only a 2xx reply: with it, a form's errors come back as a 200 page (without it, a 4xx).
  const statusOf = (req: Request, status: number) => (isHtmx(req) ? 200 : status);
  const answersFailed: Failed = (req, res, message, status) => {
    const lang = langOf(req);
    const s = pages.strings[lang];
    page(res, lang, "error", s.quiz, `/?lang=${other(lang)}`, { heading: s.quizPage.badAnswers, message }, statusOf(req, status));
  };
  app.post("/scenario/:id/quiz", formBody(ANSWERS_LIMIT, pages.strings, answersFailed), async (req, res) => {
    const q = await scenarioQuiz(req, res);
    if (!q) return;
    const read = answersFrom((req.body ?? {}) as Record<string, unknown>, q.s);
    if (!read.ok) return answersFailed(req, res, read.errors.map((e) => `${e.field}: ${e.message}`).join("; "), 400);
    const view = await resultView(q.x, read.answers, kit.assess);
    page(res, q.lang, "quiz-result", q.scenario.words(q.lang).title, q.otherLang, { ...q.common, ...view, againHref: q.hrefs.quiz });
  });

  // -- A quiz on any fact set: pasted, validated by the engine, carried in the form, stored nowhere.

  /** The paste form, with the text sent back and each error at its JSON Pointer (or the form field it concerns). */
  const factsPage = (req: Request, res: Response, facts: string, errors: { where: string; message: string }[], heading = "", status = 422) => {
    const lang = langOf(req);
    const s = pages.strings[lang];
    page(res, lang, "quiz-facts", s.quizPage.ownQuiz, `/quiz?lang=${other(lang)}`, { facts, errors, errorsHeading: heading, action: `/quiz?lang=${lang}` }, errors.length ? statusOf(req, status) : 200);
  };
  const factsFailed: Failed = (req, res, message, status) => factsPage(req, res, "", [{ where: "facts", message }], "", status);

  app.get("/quiz", (req, res) => factsPage(req, res, "", []));

  app.post("/quiz", formBody(FACTS_LIMIT, pages.strings, factsFailed), async (req, res) => {
    const lang = langOf(req);
    const s = pages.strings[lang];
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = typeof body.facts === "string" ? body.facts : "";
    const fieldError = (message: string) => factsPage(req, res, text, [{ where: "facts", message }], fill(s.quizPage.pasteErrors, { n: 1 }));
    if (typeof body.facts !== "string" || text.trim() === "") return fieldError(s.quizPage.noFacts);
    let input: unknown;
    try { input = JSON.parse(text); } catch (e) { return fieldError(fill(s.quizPage.notJson, { message: (e as Error).message })); }
    const r = await kit.assess(input, { lang });
    if (!r.ok) return factsPage(req, res, text, r.errors.map((e) => ({ where: e.pointer || "/", message: e.message })), fill(s.quizPage.pasteErrors, { n: r.errors.length }));
    const current = input as FactSet;
    const x: QuizContext = { rt, s, ms: memoStrings(lang), lang, current, assessment: r.assessment };
    const title = current.title ?? s.quizPage.ownQuiz;
    const action = `/quiz?lang=${lang}`;
    const factsJson = JSON.stringify(current);
    if (body.step !== "grade") return page(res, lang, "quiz", title, `/quiz?lang=${other(lang)}`, { ...questionsView(x), action, factsJson });
    const read = answersFrom(body, s);
    if (!read.ok) return answersFailed(req, res, read.errors.map((e) => `${e.field}: ${e.message}`).join("; "), 400);
    const view = await resultView(x, read.answers, kit.assess);
    page(res, lang, "quiz-result", title, `/quiz?lang=${other(lang)}`, { ...view, againFacts: factsJson, againAction: action });
  });
}
