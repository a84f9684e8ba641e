/**
 * Test helpers for the HTTP API: one quiet app (no access log), the scenarios, and a checker that
 * validates a real response against the OpenAPI document's response schema for its route,
 * method, status and media type (ajv 2020, with the fact-set schema the API itself serves).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Stream } from "node:stream";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { Express } from "express";
import type { Response } from "supertest";
import request from "supertest";
import { AppOptions, createApp } from "../../src/http/app";
import { projectRoot } from "../../src/runtime";

export const root = projectRoot();

let shared: Express | undefined;
/** The app as served, without the access log (tests are quiet). */
export function app(): Express {
  return (shared ??= createApp({ log: false }));
}
export function makeApp(options: AppOptions = {}): Express {
  return createApp({ log: false, ...options });
}

export const scenarioIds = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
export const scenario = (id: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8"));
export const expectedOf = (id: string): Record<string, unknown> | null => {
  const file = join(root, "scenarios", "expected", `${id}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
};
/** The teacher's key as the API sends it: the expected file without its French words (`fr`, for the web page). */
export const keyOf = (id: string): Record<string, unknown> | null => {
  const e = expectedOf(id);
  return e && Object.fromEntries(Object.entries(e).filter(([k]) => k !== "fr"));
};

type Json = Record<string, unknown>;

export interface OpenApiChecker {
  doc: Json;
  factSetSchema: Json;
  /** Asserts that the response is documented for (path template, method) and matches its schema. */
  check(res: Response, path: string, method: string): void;
}

const BASE = "http://rome-assess.test";
let checker: Promise<OpenApiChecker> | undefined;

const escapeToken = (t: string) => t.replace(/~/g, "~0").replace(/\//g, "~1");

export function openApi(): Promise<OpenApiChecker> {
  return (checker ??= (async () => {
    const doc = (await request(app()).get("/openapi.json").expect(200)).body as Json;
    const factSetSchema = JSON.parse((await request(app()).get("/v1/schema/fact-set").expect(200)).text) as Json;
    // strict: false — the document is an OpenAPI document, not a schema: its other keywords are ignored.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("iso3166-alpha3", /^[A-Z]{3}$/);
    ajv.addSchema(factSetSchema);
    // The document refers to the schema by its path on the server; there, it is the served schema.
    ajv.addSchema({ $id: `${BASE}/v1/schema/fact-set`, $ref: String(factSetSchema.$id) });
    ajv.addSchema({ ...doc, $id: `${BASE}/openapi.json` });
    const cache = new Map<string, ReturnType<typeof ajv.compile>>();

    /** Follow OpenAPI (non-schema) $refs such as #/components/responses/X. */
    const follow = (node: Json, at: string): { node: Json; at: string } => {
      const r = node.$ref;
      if (typeof r !== "string") return { node, at };
      assert.ok(r.startsWith("#/"), `unexpected reference ${r}`);
      let cur: unknown = doc;
      for (const t of r.slice(2).split("/")) cur = (cur as Json)[t.replace(/~1/g, "/").replace(/~0/g, "~")];
      assert.ok(cur, `dangling reference ${r}`);
      return follow(cur as Json, r.slice(1));
    };

    return {
      doc,
      factSetSchema,
      check(res: Response, path: string, method: string) {
        const paths = doc.paths as Record<string, Record<string, Json>>;
        const op = paths[path]?.[method.toLowerCase()];
        assert.ok(op, `${method} ${path} is not in the OpenAPI document`);
        const responses = op.responses as Record<string, Json>;
        const status = String(res.status);
        const key = status in responses ? status : "default" in responses ? "default" : undefined;
        assert.ok(key, `${method} ${path} does not document status ${status}`);
        const resp = follow(responses[key]!, `/paths/${escapeToken(path)}/${method.toLowerCase()}/responses/${key}`);
        const mediaType = String(res.headers["content-type"] ?? "").split(";")[0]!.trim();
        const content = resp.node.content as Record<string, Json> | undefined;
        assert.ok(content && content[mediaType], `${method} ${path} ${status}: ${mediaType} is not documented`);
        for (const [name, h] of Object.entries((resp.node.headers ?? {}) as Record<string, Json>)) {
          if (h.required) assert.ok(res.headers[name.toLowerCase()], `${method} ${path} ${status}: header ${name} is missing`);
        }
        // A binary body (a Word memo) is described by its media type alone: there is no schema to check it against.
        if (!("schema" in content[mediaType]!)) return;
        const pointer = `${resp.at}/content/${escapeToken(mediaType)}/schema`;
        let validate = cache.get(pointer);
        if (!validate) {
          validate = ajv.compile({ $ref: `${BASE}/openapi.json#${pointer}` });
          cache.set(pointer, validate);
        }
        const body = mediaType.startsWith("text/") ? res.text : res.text === "" ? undefined : JSON.parse(res.text);
        if (method.toUpperCase() === "HEAD") return;
        assert.ok(validate(body), `${method} ${path} ${status} (${mediaType}) does not match its documented schema: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
      },
    };
  })());
}

/** Read a binary response body (supertest reads only text and JSON by itself) into res.body as a Buffer. */
export function binary(res: Stream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(c));
  res.on("end", () => done(null, Buffer.concat(chunks)));
  res.on("error", (e: Error) => done(e, Buffer.alloc(0)));
}

/** Every problem: application/problem+json with type, title, status (= the HTTP status) and detail. */
export function assertProblem(res: Response, status: number): Json {
  assert.equal(res.status, status, res.text);
  assert.match(String(res.headers["content-type"]), /^application\/problem\+json/);
  const body = JSON.parse(res.text) as Json;
  assert.equal(body.status, status);
  assert.equal(typeof body.type, "string");
  assert.equal(typeof body.title, "string");
  assert.equal(typeof body.detail, "string");
  assert.doesNotMatch(res.text, /\bat .*\.(js|ts):\d+/, "no stack trace");
  assert.doesNotMatch(res.text, /node_modules|\/dist\/|\/src\//, "no internal paths");
  return body;
}
