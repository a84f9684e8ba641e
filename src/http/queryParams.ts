/**
 * The query parameters each route of the API takes. Any other is refused by name (400), with the
 * one it most likely meant: `?langg=fr` answered in English, or `?explian=true` without the
 * words, would be a silent default that changes what the user receives. Routes not listed here
 * (the web page's, whose links carry their own state) are not checked.
 */
import type { RequestHandler } from "express";
import { nearest } from "../facts/validate";
import { PROBLEMS, sendProblem } from "./problem";

const ROUTES: [RegExp, string[]][] = [
  [/^\/v1\/assessments$/, ["engine", "lang", "explain"]],
  [/^\/v1\/memos$/, ["engine", "format", "lang"]],
  [/^\/v1\/scenarios\/[^/]+$/, ["include"]],
  [/^\/v1\/scenarios\/[^/]+\/(quiz|answers)$/, ["lang"]],
  [/^\/v1\/compare$/, ["lang"]],
  [/^\/v1\/(schema\/[^/]+|rules|scenarios)$|^\/openapi\.json$|^\/healthz$/, []],
];

export const knownQueryParameters: RequestHandler = (req, res, next) => {
  // A method the route does not have is answered 405 by the route, whatever the query.
  const route = ["GET", "HEAD", "POST"].includes(req.method) ? ROUTES.find(([re]) => re.test(req.path)) : undefined;
  if (!route) return next();
  const allowed = route[1];
  const unknown = Object.keys(req.query as Record<string, unknown>).filter((k) => !allowed.includes(k));
  if (!unknown.length) return next();
  const name = unknown[0]!;
  const near = nearest(name, allowed);
  const takes = allowed.length ? `it takes ${allowed.join(", ")}` : "it takes none";
  sendProblem(res, PROBLEMS.badParameter, `query parameter "${name.slice(0, 60)}" is not one this route takes (${takes})${near ? `; did you mean "${near}"?` : "."}`);
};
