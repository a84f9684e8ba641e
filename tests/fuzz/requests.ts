/**
 * Fuzzed HTTP requests (issue: reliability), shared by the suite in `npm test`
 * (tests/fuzz/http.test.ts) and the long run (`npm run fuzz`, bench/fuzz.ts): valid generated
 * fact sets, real scenarios with one field broken or made hostile, JSON Patches against a
 * scenario, quiz answers, raw bodies, and the web page's links. Each request names the OpenAPI
 * path template its reply is documented under, if it is documented.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { projectRoot } from "../../src/runtime";
import { factSet } from "../engine/generate";
import { HOSTILE } from "../memo/hostile";

export interface FuzzRequest {
  method: "GET" | "POST";
  path: string;
  /** The OpenAPI path template, or undefined for the web page. */
  template?: string;
  contentType?: string;
  body?: string;
}

const root = projectRoot();
const SCENARIOS = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => ({ id: f.replace(/\.json$/, ""), doc: JSON.parse(readFileSync(join(root, "scenarios", f), "utf8")) as unknown }));

/** Every JSON Pointer in a document, the document's own "" included. */
function pointers(doc: unknown, at = ""): string[] {
  if (doc === null || typeof doc !== "object") return [at];
  const keys = Array.isArray(doc) ? doc.map((_, i) => String(i)) : Object.keys(doc);
  return [at, ...keys.flatMap((k) => pointers((doc as Record<string, unknown>)[k], `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`))];
}
const POINTERS = SCENARIOS.map((s) => pointers(s.doc));

/** An array nested `depth` deep: past the fact set's own depth. */
const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e-308, 2 ** 53 + 1, "", " ", "\u0000", "\ud800", "x".repeat(5000), {}, [], nested(14)),
  fc.constantFrom("1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01", "0000-01-01", "0050-06-15", "9999-12-31", "2024-02-29", "2023-02-29", "2024-13-01", "2024-1-1"),
  fc.constantFrom("BGD", "bgd", "XXX", "PSE", "murder", "persecution", "state", "element", "effects", "conduct", "__proto__", "constructor"),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
const readAt = (doc: unknown, pointer: string): unknown => pointer.slice(1).split("/").filter((_, i, a) => pointer !== "" || a.length > 1).reduce<unknown>((cur, k) => (cur as Record<string, unknown>)?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], doc);

const setAt = (doc: unknown, pointer: string, value: unknown, remove: boolean): unknown => {
  if (pointer === "") return remove ? {} : value;
  const keys = pointer.slice(1).split("/").map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  const copy = structuredClone(doc) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (remove) { if (Array.isArray(cur)) cur.splice(Number(last), 1); else delete cur[last]; }
  else cur[last] = value;
  return copy;
};

/** A scenario with one field replaced, removed, or given a sibling that is no field. */
const mutated = fc.record({ s: fc.nat(SCENARIOS.length - 1), k: fc.nat(), value: hostileValue, how: fc.constantFrom("replace", "replace", "remove", "extra") }).map(({ s, k, value, how }) => {
  const all = POINTERS[s]!;
  const p = all[k % all.length]!;
  if (how === "extra") {
    // A field that is no field, on the nearest object at or above the pointer.
    let at = p;
    while (at !== "" && !isObject(readAt(SCENARIOS[s]!.doc, at))) at = at.slice(0, at.lastIndexOf("/"));
    return setAt(SCENARIOS[s]!.doc, `${at}/zz${k % 7}`, value, false);
  }
  return setAt(SCENARIOS[s]!.doc, p, value, how === "remove");
});

const patchOp = (s: number) => fc.record({
  op: fc.constantFrom("add", "remove", "replace", "move", "copy", "test", "bogus"),
  k: fc.nat(), f: fc.nat(), value: hostileValue, odd: fc.constantFrom(undefined, "", "/", "/-", "/incidents/-", "/__proto__/x", "/incidents/999", "x"),
}).map(({ op, k, f, value, odd }) => {
  const all = POINTERS[s]!;
  return { op, path: odd ?? all[k % all.length]!, from: all[f % all.length]!, value };
});
const patchRequest = fc.nat(SCENARIOS.length - 1).chain((s) => fc.array(patchOp(s), { maxLength: 6 }).map((patch) => ({ before: SCENARIOS[s]!.doc, patch })));

const langQuery = fc.constantFrom("", "?lang=en", "?lang=fr", "?lang=xx", "?lang=");
const json = (path: string, template: string, body: unknown): FuzzRequest => ({ method: "POST", path, template, contentType: "application/json", body: JSON.stringify(body) });

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(factSet, langQuery).map(([f, q]) => json(`/v1/assessments${q}`, "/v1/assessments", f)) },
  { weight: 1, arbitrary: fc.tuple(factSet, fc.constantFrom("md", "html")).map(([f, fmt]) => json(`/v1/memos?format=${fmt}`, "/v1/memos", f)) },
  { weight: 5, arbitrary: fc.tuple(mutated, fc.constantFrom("/v1/assessments", "/v1/assessments", "/v1/assessments", "/v1/memos?format=md")).map(([f, p]) => json(p, p.split("?")[0]!, f)) },
  { weight: 3, arbitrary: patchRequest.map((b) => json("/v1/compare", "/v1/compare", b)) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(SCENARIOS.length - 1), fc.dictionary(fc.constantFrom("jurisdiction", "trigger", "crimesAgainstHumanity", "x", "__proto__"), fc.oneof(fc.constantFrom("established", "not_established", "undetermined", "met", "triggered"), fc.string({ maxLength: 30 })), { maxKeys: 4 }))
    .map(([s, answers]) => json(`/v1/scenarios/${SCENARIOS[s]!.id}/answers`, "/v1/scenarios/{id}/answers", { answers })) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), fc.constantFrom("application/json", "application/json; charset=utf8", "application/json; charset=latin1", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=\"utf-8\""))
    .map(([body, contentType]) => ({ method: "POST" as const, path: "/v1/assessments", template: "/v1/assessments", contentType, body })) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(SCENARIOS.length - 1), fc.oneof(patchOp(0).map((op) => Buffer.from(JSON.stringify([op])).toString("base64url")), fc.string({ maxLength: 60 })), fc.constantFrom("", "/quiz", "/memo"), fc.constantFrom("en", "fr", "de"))
    .map(([s, p, view, lang]) => ({ method: "GET" as const, path: `/scenario/${SCENARIOS[s]!.id}${view}?lang=${lang}&p=${encodeURIComponent(p)}` })) },
);
