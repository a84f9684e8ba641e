/**
 * Errors as RFC 9457 problem details (`application/problem+json`): type, title, status, detail,
 * and for an invalid fact set (or answers, comparison request or patch) the list of errors, each
 * with the JSON Pointer of the field.
 * Nothing internal (stack, file names, library messages) ever reaches a problem's text.
 */
import type { Response } from "express";
import type { FactError } from "../facts/validate";

export const PROBLEM_TYPE = "application/problem+json";
const BASE = "https://rome-assess.invalid/problems/";

export interface ProblemSpec { slug: string; title: string; status: number }

/** Every problem the API can answer with. The `type` URI names the kind, not the instance. */
export const PROBLEMS = {
  malformedJson: { slug: "malformed-json", title: "The request body is not valid JSON", status: 400 },
  missingBody: { slug: "missing-body", title: "The request has no body", status: 400 },
  badRequest: { slug: "bad-request", title: "Bad request", status: 400 },
  badParameter: { slug: "invalid-parameter", title: "A query parameter is invalid", status: 400 },
  notFound: { slug: "not-found", title: "Not found", status: 404 },
  methodNotAllowed: { slug: "method-not-allowed", title: "Method not allowed", status: 405 },
  notAcceptable: { slug: "not-acceptable", title: "None of the representations asked for is available", status: 406 },
  tooLarge: { slug: "body-too-large", title: "The request body is too large", status: 413 },
  unsupportedMediaType: { slug: "unsupported-media-type", title: "Unsupported media type", status: 415 },
  invalidFactSet: { slug: "invalid-fact-set", title: "The fact set is invalid", status: 422 },
  invalidAnswers: { slug: "invalid-answers", title: "The answers are invalid", status: 422 },
  invalidComparison: { slug: "invalid-comparison", title: "The comparison request is invalid", status: 422 },
  invalidImport: { slug: "invalid-import", title: "The sheet cannot be imported", status: 422 },
  invalidPatch: { slug: "invalid-patch", title: "The JSON Patch cannot be applied", status: 422 },
  internal: { slug: "internal-error", title: "Internal server error", status: 500 },
  unavailable: { slug: "unavailable", title: "Service unavailable", status: 503 },
} as const satisfies Record<string, ProblemSpec>;

export interface Problem { type: string; title: string; status: number; detail: string; errors?: FactError[] }

export function problemOf(spec: ProblemSpec, detail: string, errors?: FactError[]): Problem {
  return { type: BASE + spec.slug, title: spec.title, status: spec.status, detail, ...(errors ? { errors } : {}) };
}

export function sendProblem(res: Response, spec: ProblemSpec, detail: string, errors?: FactError[]): void {
  const body = JSON.stringify(problemOf(spec, detail, errors));
  res.status(spec.status).set("Content-Type", `${PROBLEM_TYPE}; charset=utf-8`).set("Cache-Control", "no-store").send(body);
}
