/**
 * What every fuzzed reply must be (issue: reliability): no 5xx; a documented route's reply
 * documented for its status and valid against its published schema; the same body for the same
 * request. Problems are returned, not thrown, so that the long run can count them.
 */
import type { Response } from "supertest";
import type { OpenApiChecker } from "../http/helpers";
import type { FuzzRequest } from "./requests";

export interface Reply { status: number; headers: Record<string, string>; text: string }

export async function send(base: string, r: FuzzRequest): Promise<Reply> {
  const res = await fetch(base + r.path, { method: r.method, headers: r.contentType ? { "Content-Type": r.contentType } : {}, body: r.body });
  return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text() };
}

export type Problem = { kind: "5xx" | "schema" | "nondeterministic" | "error"; detail: string };

/** `again`: the same request's second reply, when determinism is checked for this one. */
export function problemsOf(r: FuzzRequest, reply: Reply, checker: OpenApiChecker, again?: Reply): Problem[] {
  const out: Problem[] = [];
  const what = `${r.method} ${r.path.slice(0, 120)}`;
  if (reply.status >= 500) out.push({ kind: "5xx", detail: `${what}: ${reply.status} ${reply.text.slice(0, 300)}` });
  if (r.template) {
    try {
      // The checker reads only status, headers and text: what a supertest Response holds too.
      checker.check({ status: reply.status, headers: reply.headers, text: reply.text } as unknown as Response, r.template, r.method);
    } catch (e) {
      out.push({ kind: "schema", detail: `${what}: ${(e as Error).message.slice(0, 500)}` });
    }
  } else if (reply.status === 200 && !/^text\/html/.test(reply.headers["content-type"] ?? "")) {
    out.push({ kind: "schema", detail: `${what}: a page answered ${reply.headers["content-type"]}` });
  }
  if (again && (again.status !== reply.status || again.text !== reply.text)) out.push({ kind: "nondeterministic", detail: `${what}: ${reply.status} then ${again.status}` });
  return out;
}
