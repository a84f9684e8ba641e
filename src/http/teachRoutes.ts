/**
 * The teaching routes: a scenario's quiz, a student's answers graded against the engine, and
 * what-if comparisons of two fact sets (or one and an RFC 6902 patch) — the HTTP side of
 * `rome-assess quiz` and `rome-assess compare` (src/cli/teach.ts), on the same src/teach/ code.
 *
 * A scenario's assessment is computed once per (scenario, language), on first use, and kept:
 * the quiz's reply is serialised then, and every later quiz or grading reuses it.
 */
import type express from "express";
import type { Request, RequestHandler, Response } from "express";
import type { AssessFn } from "./jobs";
import type { Assessment } from "../assess/types";
import type { FactError } from "../facts/validate";
import { MAX_ERRORS } from "../facts/validate";
import type { Lang } from "../i18n/format";
import { gradeAnswers, quizQuestions } from "../teach/quiz";
import type { Scenario } from "../teach/scenarios";
import { PROBLEMS, ProblemSpec, sendProblem } from "./problem";
import { readAnswers } from "../teach/answers";
import { errorsDetail } from "./compareJob";
import type { Jobs } from "./jobs";

const LANGS = ["en", "fr"] as const;

export interface TeachKit {
  scenarios: Scenario[];
  assess: AssessFn;
  /** A cacheable 200 (ETag) with a body serialised once. */
  sendJson(res: Response, body: string): void;
  /** A 200 that is stored nowhere (no-store). */
  sendFresh(res: Response, body: string | Uint8Array, type: string): void;
  /** POST /v1/compare's work, in process or in a worker (jobs.ts). */
  compare: Jobs["compare"];
  /** Require a JSON body, within the limit; `what` names it in the problem when it is missing. */
  withBody(what: string): RequestHandler[];
  notAllowed(allow: string): RequestHandler;
  queryChoice<T extends string>(req: Request, name: string, allowed: readonly T[]): { value?: T; error?: string };
}

interface Taught { assessment: Assessment; quizBody: string }

export function registerTeachRoutes(app: express.Express, kit: TeachKit): void {
  const byId = new Map(kit.scenarios.map((s) => [s.id, s]));
  const taught = new Map<string, Promise<Taught>>();

  /** The scenario's assessment in `lang`: computed on first use, then kept (a failure is not). */
  const teachingOf = (s: Scenario, lang: Lang): Promise<Taught> => {
    const key = `${s.id}\u0000${lang}`;
    let entry = taught.get(key);
    if (!entry) {
      entry = (async () => {
        const r = await kit.assess(s.factSet, { lang });
        if (!r.ok) throw new Error("a teaching scenario is not a valid fact set");
        return { assessment: r.assessment, quizBody: JSON.stringify({ scenario: s.id, questions: quizQuestions(r.assessment) }) };
      })();
      taught.set(key, entry);
      entry.catch(() => taught.delete(key));
    }
    return entry;
  };

  /** 404 for an unknown scenario — before any body is read. */
  const knownScenario: RequestHandler = (req, res, next) => {
    const s = byId.get(String(req.params.id));
    if (!s) return sendProblem(res, PROBLEMS.notFound, "There is no scenario with this id; GET /v1/scenarios lists them.");
    res.locals.scenario = s;
    next();
  };
  const langOf = (req: Request, res: Response): Lang | undefined => {
    const lang = kit.queryChoice(req, "lang", LANGS);
    if (lang.error) {
      sendProblem(res, PROBLEMS.badParameter, lang.error);
      return undefined;
    }
    return lang.value ?? "en";
  };
  const invalid = (res: Response, spec: ProblemSpec, detail: string, errors: FactError[]) => sendProblem(res, spec, detail, errors.slice(0, MAX_ERRORS));

  app.route("/v1/scenarios/:id/quiz")
    .get(knownScenario, async (req, res) => {
      const lang = langOf(req, res);
      if (!lang) return;
      const t = await teachingOf(res.locals.scenario as Scenario, lang);
      kit.sendJson(res, t.quizBody);
    })
    .all(kit.notAllowed("GET, HEAD"));

  app.route("/v1/scenarios/:id/answers")
    .post(knownScenario, ...kit.withBody('Send the answers as the JSON request body, {"answers": {"<question id>": "<answer>", …}} or the map alone (Content-Type: application/json).'), async (req, res) => {
      const lang = langOf(req, res);
      if (!lang) return;
      const s = res.locals.scenario as Scenario;
      const t = await teachingOf(s, lang);
      const answers = readAnswers(req.body, quizQuestions(t.assessment), lang, `GET /v1/scenarios/${s.id}/quiz`);
      if (!answers.ok) return invalid(res, PROBLEMS.invalidAnswers, errorsDetail("The answers body has", answers.errors), answers.errors);
      kit.sendFresh(res, JSON.stringify({ scenario: s.id, ...gradeAnswers(t.assessment, answers.value) }), "application/json");
    })
    .all(kit.notAllowed("POST"));

  app.route("/v1/compare")
    .post(...kit.withBody('Send {"before": <fact set>, "after": <fact set>} or {"before": <fact set>, "patch": [<RFC 6902 operations>]} as the JSON request body (Content-Type: application/json).'), async (req, res) => {
      const lang = langOf(req, res);
      if (!lang) return;
      const r = await kit.compare(req.body, lang);
      if (!r.ok) return invalid(res, PROBLEMS[r.problem], r.detail, r.errors);
      kit.sendFresh(res, r.body, "application/json");
    })
    .all(kit.notAllowed("POST"));
}
