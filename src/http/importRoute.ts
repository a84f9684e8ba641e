/**
 * POST /v1/imports: a sheet (CSV) and a mapping → the fact set, or a 422 whose errors name the row
 * and column of each bad cell. Two ways to send it: `text/csv` with a built-in mapping named in the
 * query (?mapping=plain|uwazi), or JSON {csv, mapping, base?, delimiter?} with any mapping.
 */
import express from "express";
import type { Request, RequestHandler, Response } from "express";
import { importCsv, ImportError } from "../import/importCsv";
import { BUILT_IN_MAPPINGS, BuiltInMapping, builtInMapping, isBuiltIn } from "../import/mapping";
import { delimiterOption } from "../import/sheet";
import { PROBLEMS, sendProblem } from "./problem";

export interface ImportKit {
  limit: number;
  sendFresh(res: Response, body: string, type: string): void;
  withBody(what: string): RequestHandler[];
  notAllowed(allow: string): RequestHandler;
  queryChoice<T extends string>(req: Request, name: string, allowed: readonly T[]): { value?: T; error?: string };
}

const MAPPINGS = Object.keys(BUILT_IN_MAPPINGS) as BuiltInMapping[];
const IMPORT_BODY = `Send the sheet as text/csv with ?mapping=${MAPPINGS.join("|")}, or JSON {"csv": "...", "mapping": {...} or "${MAPPINGS.join("\" or \"")}"} (Content-Type: application/json).`;

export function registerImportRoute(app: express.Express, kit: ImportKit): void {
  const csvText = express.text({ type: "text/csv", limit: kit.limit, defaultCharset: "utf-8" });
  const reply = (res: Response, result: ReturnType<typeof importCsv>) => {
    if (result.ok) return kit.sendFresh(res, JSON.stringify(result.factSet), "application/json");
    invalid(res, result.errors);
  };

  // text/csv: this route; anything else goes on to the JSON one below.
  app.route("/v1/imports").post((req, res, next) => (req.is("text/csv") ? next() : next("route")), csvText, (req, res) => {
    if (typeof req.body !== "string" || req.body === "") return sendProblem(res, PROBLEMS.missingBody, IMPORT_BODY);
    const mapping = kit.queryChoice(req, "mapping", MAPPINGS);
    if (mapping.error || !mapping.value) return sendProblem(res, PROBLEMS.badParameter, mapping.error ?? `A CSV body needs a built-in mapping: ?mapping=${MAPPINGS.join(" or ?mapping=")}; to send your own, post JSON {"csv", "mapping"}.`);
    const raw = (req.query as Record<string, unknown>).delimiter;
    const delimiter = typeof raw === "string" ? delimiterOption(raw) : undefined;
    if (raw !== undefined && delimiter === undefined) return sendProblem(res, PROBLEMS.badParameter, "query parameter \"delimiter\" must be one character, such as ; or , (or tab), given once");
    reply(res, importCsv(req.body, builtInMapping(mapping.value), delimiter ? { delimiter } : {}));
  });
  app.route("/v1/imports").post(...kit.withBody(IMPORT_BODY), (req, res) => {
    const body = req.body as Record<string, unknown>;
    const errors = bodyErrors(body);
    if (errors.length) return invalid(res, errors);
    const mapping = typeof body.mapping === "string" ? builtInMapping(body.mapping as BuiltInMapping) : body.mapping;
    reply(res, importCsv(body.csv as string, mapping, { ...(body.base !== undefined ? { base: body.base } : {}), ...(typeof body.delimiter === "string" ? { delimiter: delimiterOption(body.delimiter)! } : {}) }));
  }).all(kit.notAllowed("POST"));
}

function invalid(res: Response, errors: ImportError[]): void {
  const n = errors.length;
  sendProblem(res, PROBLEMS.invalidImport, `The import has ${n === 1 ? "1 error" : `${n} errors`}${n >= 100 ? " (only the first 100 are listed)" : ""}; a bad cell is named by its row (the header is row 1) and column, and by the JSON Pointer it would have in the fact set.`, errors);
}

function bodyErrors(body: Record<string, unknown>): ImportError[] {
  const errors: ImportError[] = [];
  if (typeof body !== "object" || body === null || Array.isArray(body)) return [{ pointer: "", message: "the body must be a JSON object {\"csv\", \"mapping\"}" }];
  for (const k of Object.keys(body)) if (!["csv", "mapping", "base", "delimiter"].includes(k)) errors.push({ pointer: `/${k}`, message: "is not a field of an import (csv, mapping, base, delimiter)" });
  if (typeof body.csv !== "string" || body.csv === "") errors.push({ pointer: "/csv", message: "is required: the sheet's text, as CSV" });
  const m = body.mapping;
  if (typeof m === "string" ? !isBuiltIn(m) : typeof m !== "object" || m === null || Array.isArray(m)) errors.push({ pointer: "/mapping", message: `is required: a mapping (an object, docs/IMPORT.md) or the name of a built-in one (${MAPPINGS.join(", ")})` });
  if (body.base !== undefined && (typeof body.base !== "object" || body.base === null || Array.isArray(body.base))) errors.push({ pointer: "/base", message: "must be a fact set (an object)" });
  if (body.delimiter !== undefined && (typeof body.delimiter !== "string" || delimiterOption(body.delimiter) === undefined)) errors.push({ pointer: "/delimiter", message: "must be one character, such as \";\" or \",\" (or \"tab\")" });
  return errors;
}
