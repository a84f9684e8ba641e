/**
 * The HTTP API (express 5). Everything a request needs is loaded and compiled when the app is
 * created: the rules and reference data (runtime()), the fact-set validator, the scenarios, the
 * bundled schema, the OpenAPI document and every static reply, already serialised. A request
 * does no file I/O.
 *
 * Errors are RFC 9457 problem details; a final error handler turns anything unexpected into a
 * 500 that names no internals (whatever NODE_ENV says).
 */
import { STATUS_CODES } from "node:http";
import { Readable } from "node:stream";
import express, { NextFunction, Request, RequestHandler, Response } from "express";
import { assess as assessFactSet } from "../assess/assess";
import { ruleCatalogue } from "../engine/catalogue";
import { actsSchema, factSetSchema } from "../facts/validate";
import { loadTemplates } from "../memo/renderMemo";
import { Runtime, runtime as loadRuntime } from "../runtime";
import { loadScenarios } from "../teach/scenarios";
import { accessLog, LogSink, pathOf } from "./accessLog";
import { assessmentSchema } from "./assessmentSchema";
import { bundleSchema } from "./bundle";
import { MemoFormat, MemoLang, negotiateMemo } from "./negotiate";
import { openApiDocument } from "./openapi";
import { PROBLEMS, ProblemSpec, sendProblem } from "./problem";
import { registerTeachRoutes } from "./teachRoutes";
import { registerImportRoute } from "./importRoute";
import { checkCharset, refuseUtf16 } from "./charset";
import { knownQueryParameters } from "./queryParams";
import { jsonSyntaxError } from "../facts/jsonSyntax";
import { registerWebRoutes } from "../web/routes";
import { DocxRenderer, Jobs, MemoRenderer, localJobs } from "./jobs";
import { JobRefused } from "./jobPool";

export interface AppOptions {
  /** Largest request body: bytes, or "512kb", "1mb"… Default: env BODY_LIMIT, else 1 MiB. */
  bodyLimit?: number | string;
  /** Where the access log goes (one JSON line per request); false for none. Default: stderr. */
  log?: LogSink | false;
  /** The rules and reference data; default: the process-wide runtime(). */
  runtime?: Runtime;
  /**
   * Where the work that grows with the fact set runs (jobs.ts): in this thread by default; `serve`
   * gives a pool of worker threads (jobPool.ts).
   */
  jobs?: Jobs;
  /** Seams for tests (in this thread; ignored when `jobs` is given). */
  assess?: typeof assessFactSet;
  renderMemo?: MemoRenderer;
  renderDocx?: DocxRenderer;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** "1048576", "1mb", "512 KiB" → bytes (1 kb = 1024 bytes, as body-parser reads them). */
export function parseByteSize(value: number | string): number {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value > 0) return value;
  } else {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?\s*$/i.exec(value);
    if (m) {
      const unit = (m[2] ?? "b").toLowerCase();
      const n = Math.floor(Number(m[1]) * (unit.startsWith("k") ? 1024 : unit.startsWith("m") ? 1024 * 1024 : 1));
      if (Number.isSafeInteger(n) && n > 0) return n;
    }
  }
  throw new RangeError(`invalid body limit ${JSON.stringify(value)}: give a number of bytes, or a size such as 512kb or 1mb`);
}

const ENGINES = ["native", "reference"] as const;
const LANGS = ["en", "fr"] as const;

/** A query parameter limited to some values: its value (undefined when absent), or an error message. */
const EXPLAIN = ["true", "false"] as const;
const INCLUDE = ["expected"] as const;

export function queryChoice<T extends string>(req: Request, name: string, allowed: readonly T[]): { value?: T; error?: string } {
  const raw = (req.query as Record<string, unknown>)[name];
  if (raw === undefined) return {};
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return { value: raw as T };
  return { error: `query parameter "${name}" must be one of ${allowed.join(", ")} (given once)` };
}

export function createApp(options: AppOptions = {}): express.Express {
  const rt = options.runtime ?? loadRuntime();
  const jobs = options.jobs ?? localJobs({ assess: options.assess, renderMemo: options.renderMemo, renderDocx: options.renderDocx });
  const assess = jobs.assess;
  loadTemplates(rt.root); // compiled now: a broken template stops start-up, not a request
  const limit = parseByteSize(options.bodyLimit ?? process.env.BODY_LIMIT ?? DEFAULT_BODY_LIMIT);
  const log = options.log === undefined ? (line: string) => void process.stderr.write(line) : options.log;

  // Everything static is serialised once, here.
  const scenarios = loadScenarios(rt.root); // the loader the command line uses (src/teach/scenarios.ts)
  // The expected outcome is the teacher's key: sent only when asked for (?include=expected).
  const scenarioBodies = new Map(scenarios.map((s) => [s.id, JSON.stringify({ id: s.id, title: s.title, factSet: s.factSet })]));
  const scenarioKeys = new Map(scenarios.map((s) => [s.id, JSON.stringify({ id: s.id, title: s.title, factSet: s.factSet, expected: s.expected })]));
  const scenarioList = JSON.stringify({ scenarios: scenarios.map((s) => ({ id: s.id, title: s.title, kind: s.kind, href: `/v1/scenarios/${s.id}` })) });
  const schemaBody = JSON.stringify(bundleSchema(factSetSchema, { acts: actsSchema }));
  const assessmentSchemaBody = JSON.stringify(assessmentSchema(rt.version));
  const openApiBody = JSON.stringify(openApiDocument(rt.version));
  const rulesBody = JSON.stringify(ruleCatalogue(rt.book, rt.root, rt.routes));
  const healthBody = JSON.stringify({ status: "ok", version: rt.version, rulesDigest: rt.book.digest, referenceDataAsOf: rt.ref.asOf });

  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");

  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  if (log) app.use(accessLog(log));
  app.use(knownQueryParameters);

  const sendJson = (res: Response, body: string, type = "application/json") => {
    res.status(200).set("Content-Type", `${type}; charset=utf-8`).send(body);
  };
  /** A body that is not stored or cached anywhere: assessments and memos (text in UTF-8, or a file's bytes). */
  const sendFresh = (res: Response, body: string | Uint8Array, type: string, text = typeof body === "string") => {
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body; // encoded once (not once to count, once to send)
    res.status(200).set("Content-Type", text ? `${type}; charset=utf-8` : type).set("Cache-Control", "no-store");
    res.setHeader("Content-Length", bytes.length);
    res.end(bytes); // no ETag: nothing can revalidate a POST
  };

  // -- POST bodies: JSON only, within the limit; req.body is undefined when there is none.
  const parseJson = express.json({ limit, strict: true, type: "application/json", verify: refuseUtf16 });
  warmUp(parseJson);
  const FACT_SET_BODY = "Send the fact set as the JSON request body (Content-Type: application/json).";
  const requireJson = (missing: string): RequestHandler => (req, res, next) => {
    const length = Number(req.headers["content-length"] ?? 0);
    const hasBody = req.headers["transfer-encoding"] !== undefined || length > 0;
    if (!hasBody) return sendProblem(res, PROBLEMS.missingBody, missing);
    if (!req.is("application/json")) {
      return sendProblem(res, PROBLEMS.unsupportedMediaType, "The request body must be JSON, sent with Content-Type: application/json.");
    }
    const charset = checkCharset(req.headers["content-type"]);
    if (!charset.ok) return sendProblem(res, PROBLEMS.unsupportedMediaType, charset.detail);
    if (charset.header) req.headers["content-type"] = charset.header;
    if (Number.isFinite(length) && length > limit) {
      // Refused before reading it: tell the client we will not read the rest.
      res.setHeader("Connection", "close");
      return sendProblem(res, PROBLEMS.tooLarge, `The request body is ${length} bytes; the limit is ${limit} bytes.`);
    }
    next();
  };
  /** A JSON body, within the limit; `missing` says what to send when there is none. */
  const bodyOf = (missing: string): RequestHandler[] => [requireJson(missing), parseJson, (req, res, next) => {
    if (req.body === undefined) return sendProblem(res, PROBLEMS.missingBody, missing);
    next();
  }];
  const withBody = bodyOf(FACT_SET_BODY);

  const invalid = (res: Response, errors: { pointer: string; message: string }[]) =>
    sendProblem(res, PROBLEMS.invalidFactSet, `The fact set has ${errors.length === 1 ? "1 error" : `${errors.length} errors`}${errors.length >= 100 ? " (only the first 100 are listed)" : ""}; each names the JSON Pointer of the field.`, errors);

  const notAllowed = (allow: string): RequestHandler => (req, res) => {
    res.setHeader("Allow", allow);
    sendProblem(res, PROBLEMS.methodNotAllowed, `${req.method} is not allowed here; allowed: ${allow}.`);
  };

  app.route("/v1/assessments")
    .post(...withBody, async (req, res) => {
      const engine = queryChoice(req, "engine", ENGINES);
      if (engine.error) return sendProblem(res, PROBLEMS.badParameter, engine.error);
      const lang = queryChoice(req, "lang", LANGS);
      if (lang.error) return sendProblem(res, PROBLEMS.badParameter, lang.error);
      const explain = queryChoice(req, "explain", EXPLAIN);
      if (explain.error) return sendProblem(res, PROBLEMS.badParameter, explain.error);
      // Lean by default: words only when asked (the rules' texts are served once by GET /v1/rules).
      const r = await jobs.assessment(req.body, { evaluator: engine.value ?? "native", lang: lang.value ?? "en", explain: explain.value === "true" });
      if (!r.ok) return invalid(res, r.errors);
      sendFresh(res, r.body, "application/json", true);
    })
    .all(notAllowed("POST"));

  app.route("/v1/memos")
    .post((req, res, next) => {
      const n = negotiateMemo(req);
      if (!n.ok) return sendProblem(res, n.status === 406 ? PROBLEMS.notAcceptable : PROBLEMS.badParameter, n.detail);
      res.locals.memo = n;
      next();
    }, ...withBody, async (req, res) => {
      const engine = queryChoice(req, "engine", ENGINES);
      if (engine.error) return sendProblem(res, PROBLEMS.badParameter, engine.error);
      const n = res.locals.memo as { format: MemoFormat; lang: MemoLang; media: string };
      const r = await jobs.memo(req.body, { evaluator: engine.value ?? "native", lang: n.lang, format: n.format });
      if (!r.ok) return invalid(res, r.errors);
      res.setHeader("Vary", "Accept, Accept-Language");
      res.setHeader("Content-Language", n.lang);
      if (n.format === "docx") {
        res.setHeader("Content-Disposition", `attachment; filename="${r.fileName}"`);
        return sendFresh(res, r.body, n.media, false);
      }
      if (n.media === "application/json") {
        // The memo wrapped: {memo, format, lang} (decoded here: the memo is text, and bounded).
        return sendFresh(res, JSON.stringify({ memo: new TextDecoder().decode(r.body), format: n.format, lang: n.lang }), "application/json");
      }
      // An HTML memo is a document of its own: nothing in it may run or load anything.
      if (n.format === "html") res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
      sendFresh(res, r.body, n.media, true);
    })
    .all(notAllowed("POST"));

  const get = (path: string, handler: RequestHandler) => app.route(path).get(handler).all(notAllowed("GET, HEAD"));
  get("/v1/schema/fact-set", (_req, res) => sendJson(res, schemaBody, "application/schema+json"));
  get("/v1/schema/assessment", (_req, res) => sendJson(res, assessmentSchemaBody, "application/schema+json"));
  // The catalogue changes only with the rules: its ETag is their digest, so a client revalidates it for free.
  get("/v1/rules", (_req, res) => { res.setHeader("ETag", `"${rt.book.digest}"`); sendJson(res, rulesBody); });
  get("/v1/scenarios", (_req, res) => sendJson(res, scenarioList));
  get("/v1/scenarios/:id", (req, res) => {
    const include = queryChoice(req, "include", INCLUDE);
    if (include.error) return sendProblem(res, PROBLEMS.badParameter, include.error);
    const body = (include.value === "expected" ? scenarioKeys : scenarioBodies).get(String(req.params.id));
    if (body === undefined) return sendProblem(res, PROBLEMS.notFound, "There is no scenario with this id; GET /v1/scenarios lists them.");
    sendJson(res, body);
  });
  registerTeachRoutes(app, { scenarios, assess, compare: jobs.compare, sendJson: (res, body) => sendJson(res, body), sendFresh, withBody: bodyOf, notAllowed, queryChoice });
  registerImportRoute(app, { limit, sendFresh, withBody: bodyOf, notAllowed, queryChoice });
  // The web page: the same assessments, in HTML (src/web/).
  registerWebRoutes(app, { rt, scenarios, assess, memo: jobs.memo });
  get("/openapi.json", (_req, res) => sendJson(res, openApiBody));
  get("/healthz", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    sendJson(res, healthBody);
  });

  app.use((_req, res) => sendProblem(res, PROBLEMS.notFound, "Nothing is served at this path; /openapi.json lists the routes."));

  // The final error handler: body-parser's errors become 400/413/415; anything else is a 500
  // whose body says nothing about the cause. The cause goes to the log, never to the client.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    void _next;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const e = (err ?? {}) as { type?: string; status?: number; expose?: boolean; length?: number; message?: string; stack?: string };
    if (err instanceof JobRefused) {
      // Not a fault: the work could not be taken now, or ran past its time. Say when to retry.
      res.setHeader("Retry-After", err.reason === "busy" ? "2" : "10");
      return sendProblem(res, PROBLEMS.unavailable, UNAVAILABLE[err.reason]);
    }
    const spec = clientError(e, limit);
    if (spec) {
      if (spec.spec.status === 413) res.setHeader("Connection", "close");
      return sendProblem(res, spec.spec, spec.detail);
    }
    // The log names the error and where it was thrown, not its message: a message may quote the
    // facts it choked on, and facts are never logged.
    if (log) log(JSON.stringify({ time: new Date().toISOString(), level: "error", method: req.method, path: pathOf(req.originalUrl), error: errorName(err), at: stackFrames(e.stack) }) + "\n");
    sendProblem(res, PROBLEMS.internal, "The server could not complete the request. Nothing about the cause is given here; it has been logged.");
  });

  return app;
}

/**
 * body-parser loads its character-set tables (iconv-lite) on the first body it decodes: parse
 * one small body now, so that the first request does not read modules from disk.
 */
function warmUp(parser: RequestHandler): void {
  try {
    const req = Object.assign(Readable.from([Buffer.from("{}")]), {
      headers: { "content-type": "application/json", "content-length": "2" },
      method: "POST",
      url: "/",
    });
    parser(req as unknown as Request, {} as Response, () => {});
  } catch {
    // Only an optimisation: the first request would load the tables itself.
  }
}

const UNAVAILABLE: Record<JobRefused["reason"], string> = {
  busy: "Every worker thread is assessing and the queue of waiting requests is full; retry in a few seconds.",
  timeout: "The assessment ran past the server's time limit and was stopped; split the fact set into smaller ones (by incident, for example) and send each.",
  stopped: "The server is stopping; retry once it is back.",
};

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

/** The frames of a stack trace, without the message line(s) above them. */
function stackFrames(stack: string | undefined): string[] {
  return (stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8).map((l) => l.trim());
}

function clientError(e: { type?: string; status?: number; expose?: boolean; length?: number; body?: unknown }, limit: number): { spec: ProblemSpec; detail: string } | undefined {
  switch (e.type) {
    case "entity.parse.failed": {
      // Where it went wrong, by line and column; JSON that parses was refused for its top level.
      const syntax = typeof e.body === "string" ? jsonSyntaxError(e.body) : null;
      return { spec: PROBLEMS.malformedJson, detail: syntax ? syntax.message() : "The request body could not be parsed as JSON (the top level must be an object)." };
    }
    case "entity.too.large":
      return { spec: PROBLEMS.tooLarge, detail: `The request body is over the limit of ${limit} bytes (counted after decompression).` };
    case "encoding.unsupported":
      return { spec: PROBLEMS.unsupportedMediaType, detail: "The Content-Encoding is not supported: send the body as is, or gzip, deflate or br." };
    case "charset.unsupported":
      return { spec: PROBLEMS.unsupportedMediaType, detail: "The body must be encoded in UTF-8 (RFC 8259); this one is not (UTF-16?). Send it as UTF-8, with charset=utf-8 or no charset." };
    case "request.aborted":
    case "request.size.invalid":
      return { spec: PROBLEMS.badRequest, detail: "The request body ended before its announced length." };
  }
  const status = e.status;
  if (typeof status === "number" && status >= 400 && status < 500 && e.expose !== false) {
    if (status === 404) return { spec: PROBLEMS.notFound, detail: "Nothing is served at this path; /openapi.json lists the routes." };
    return { spec: { slug: status === 400 ? "bad-request" : `client-error-${status}`, title: STATUS_CODES[status] ?? "Client error", status }, detail: "The request could not be processed as sent." };
  }
  return undefined;
}
