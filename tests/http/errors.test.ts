/** Every error status, as RFC 9457 problem details, each validated against the OpenAPI document. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import request from "supertest";
import type { Response } from "supertest";
import { DEFAULT_BODY_LIMIT, parseByteSize } from "../../src/http/app";
import { app, assertProblem, makeApp, openApi, scenario, scenarioIds } from "./helpers";

const post = (path = "/v1/assessments") => request(app()).post(path);

test("400: a body that is not valid JSON", async () => {
  const { check } = await openApi();
  for (const body of ["{ nope", "{\"factSetVersion\": 1,}", "123", "\"text\"", "null"]) {
    const res = await post().set("Content-Type", "application/json").send(body);
    const p = assertProblem(res, 400);
    check(res, "/v1/assessments", "POST");
    assert.equal(p.type, "https://rome-assess.invalid/problems/malformed-json");
  }
  // The reply shows the line at fault (at most 120 characters of it), never the rest of the body.
  const res = await post().set("Content-Type", "application/json").send('{\n  "title": "a secret witness",\n  "factSetVersion": one\n}');
  const p = assertProblem(res, 400);
  assert.match(String(p.detail), /line 3, column 21: .*The line: “  "factSetVersion": one”/);
  assert.doesNotMatch(res.text, /secret witness/, "no other line of the body is echoed");
});

test("400: no body at all (req.body is undefined in express 5)", async () => {
  const { check } = await openApi();
  const res = await post();
  const p = assertProblem(res, 400);
  check(res, "/v1/assessments", "POST");
  assert.equal(p.type, "https://rome-assess.invalid/problems/missing-body");
  assertProblem(await request(app()).post("/v1/memos"), 400);
});

test("400: an invalid query parameter", async () => {
  const { check } = await openApi();
  for (const q of ["engine=fast", "engine=native&engine=reference", "lang=de"]) {
    const res = await post(`/v1/assessments?${q}`).send(scenario("darfur"));
    assertProblem(res, 400);
    check(res, "/v1/assessments", "POST");
  }
  for (const q of ["format=pdf", "lang=de", "format=md&format=html", "engine=x"]) {
    const res = await post(`/v1/memos?${q}`).send(scenario("darfur"));
    assertProblem(res, 400);
    check(res, "/v1/memos", "POST");
  }
});

test("415: a body that is not sent as application/json", async () => {
  const { check } = await openApi();
  const text = JSON.stringify(scenario("darfur"));
  const cases: [string | undefined, string | Buffer][] = [
    ["text/plain", text],
    ["application/x-www-form-urlencoded", "factSetVersion=1"],
    ["application/xml", "<factSet/>"],
    ["application/json; charset=latin1", text], // JSON, but not in UTF-8
  ];
  for (const [type, body] of cases) {
    const res = await post().set("Content-Type", type!).send(body);
    assertProblem(res, 415);
    check(res, "/v1/assessments", "POST");
  }
  // A body without any Content-Type.
  const res = await post().serialize((b: unknown) => String(b)).unset("Content-Type").send(text);
  assertProblem(res, 415);
  // An unknown content encoding.
  const enc = await post().set("Content-Type", "application/json").set("Content-Encoding", "compress").send(text);
  assertProblem(enc, 415);
  check(enc, "/v1/assessments", "POST");
});

test("413: a body over the limit (1 MiB by default)", async () => {
  const { check } = await openApi();
  assert.equal(DEFAULT_BODY_LIMIT, 1024 * 1024);
  const big = JSON.stringify({ factSetVersion: 1, title: "x".repeat(DEFAULT_BODY_LIMIT) });
  const res = await post().set("Content-Type", "application/json").send(big);
  const p = assertProblem(res, 413);
  check(res, "/v1/assessments", "POST");
  assert.match(String(p.detail), /1048576/);
  // Just under the limit is read (and here rejected by the schema: the title is too long).
  const under = JSON.stringify({ factSetVersion: 1, title: "x".repeat(DEFAULT_BODY_LIMIT - 200) });
  assertProblem(await post().set("Content-Type", "application/json").send(under), 422);
});

test("413: the limit is counted after decompression (a small gzip of a big body)", async () => {
  const bomb = gzipSync(Buffer.from(JSON.stringify({ factSetVersion: 1, title: " ".repeat(5 * 1024 * 1024) })));
  assert.ok(bomb.length < 20_000);
  const res = await post().set("Content-Type", "application/json").set("Content-Encoding", "gzip").serialize((b: unknown) => b as string).send(bomb);
  assertProblem(res, 413);
  // and a gzip body within the limit is read
  const ok = await post().set("Content-Type", "application/json").set("Content-Encoding", "gzip").serialize((b: unknown) => b as string).send(gzipSync(Buffer.from(JSON.stringify(scenario("darfur")))));
  assert.equal(ok.status, 200);
});

test("413: a chunked body (no Content-Length) over the limit", async () => {
  const server = makeApp({ bodyLimit: "1kb" }).listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/v1/assessments", headers: { "Content-Type": "application/json" } }, (r) => {
        let body = "";
        r.setEncoding("utf8").on("data", (c) => (body += c)).on("end", () => resolve({ status: r.statusCode!, type: String(r.headers["content-type"]), body }));
      });
      req.on("error", reject);
      assert.equal(req.getHeader("content-length"), undefined);
      req.write('{"factSetVersion":1,"title":"');
      for (let i = 0; i < 8; i++) req.write("y".repeat(500));
      req.end('"}');
    });
    assert.equal(res.status, 413);
    assert.match(res.type, /^application\/problem\+json/);
    assert.equal(JSON.parse(res.body).status, 413);
  } finally {
    server.close();
  }
});

test("the body limit is configurable: by option, and by the BODY_LIMIT environment variable", async () => {
  const body = JSON.stringify(scenario("bangladesh-myanmar"));
  assert.ok(body.length > 2048);
  const small = makeApp({ bodyLimit: "2kb" });
  assertProblem(await request(small).post("/v1/assessments").set("Content-Type", "application/json").send(body), 413);
  const saved = process.env.BODY_LIMIT;
  try {
    process.env.BODY_LIMIT = "2048";
    const fromEnv = makeApp();
    const p = assertProblem(await request(fromEnv).post("/v1/assessments").set("Content-Type", "application/json").send(body), 413);
    assert.match(String(p.detail), /2048/);
    process.env.BODY_LIMIT = "8kb";
    assert.equal((await request(makeApp()).post("/v1/assessments").send(JSON.parse(body))).status, 200);
  } finally {
    if (saved === undefined) delete process.env.BODY_LIMIT;
    else process.env.BODY_LIMIT = saved;
  }
  assert.equal(parseByteSize("1mb"), 1048576);
  assert.equal(parseByteSize("512 KiB"), 524288);
  assert.equal(parseByteSize(100), 100);
  for (const bad of ["", "lots", "-1", "0", "1gb", 0, -5, 1.5]) assert.throws(() => parseByteSize(bad), RangeError, String(bad));
  assert.throws(() => makeApp({ bodyLimit: "huge" }), /invalid body limit/);
});

test("422: every schema violation, each with its JSON Pointer", async () => {
  const { check } = await openApi();
  const bad = {
    factSetVersion: 2,
    assessmentDate: "2021-02-30",
    colour: "blue",
    incidents: [{ id: "a", act: "murder", elements: { killed: "yes" }, territories: [{ state: "XXX" }] }],
  };
  const res = await post().send(bad);
  const p = assertProblem(res, 422);
  check(res, "/v1/assessments", "POST");
  assert.equal(p.type, "https://rome-assess.invalid/problems/invalid-fact-set");
  const pointers = (p.errors as { pointer: string; message: string }[]).map((e) => e.pointer);
  for (const ptr of ["/factSetVersion", "/assessmentDate", "/colour", "/incidents/0/elements/killed", "/incidents/0/territories/0/state"]) {
    assert.ok(pointers.includes(ptr), `${ptr} in ${JSON.stringify(pointers)}`);
  }
  for (const e of p.errors as { message: string }[]) assert.ok(e.message.length > 0);
});

test("422: semantic errors (what a schema cannot say) also name their pointer", async () => {
  const res = await post().send({ factSetVersion: 1, incidents: [{ id: "a", act: "murder", start: "2020-05-01", end: "2020-01-01" }, { id: "a", act: "murder" }] });
  const p = assertProblem(res, 422);
  const pointers = (p.errors as { pointer: string }[]).map((e) => e.pointer);
  assert.ok(pointers.includes("/incidents/0/end"));
  assert.ok(pointers.includes("/incidents/1/id"));
});

test("422: a top-level array, and an empty JSON object, are invalid fact sets", async () => {
  const { check } = await openApi();
  for (const body of ["[]", "{}"]) {
    const res = await post().set("Content-Type", "application/json").send(body);
    const p = assertProblem(res, 422);
    check(res, "/v1/assessments", "POST");
    assert.ok((p.errors as unknown[]).length >= 1);
  }
});

test("422: the errors are capped at 100", async () => {
  const { check } = await openApi();
  const incidents = Array.from({ length: 150 }, (_, i) => ({ id: `i${i}`, act: "murder", partOfAttack: "yes" }));
  const res = await post().send({ factSetVersion: 1, incidents });
  const p = assertProblem(res, 422);
  check(res, "/v1/assessments", "POST");
  assert.equal((p.errors as unknown[]).length, 100);
  assert.match(String(p.detail), /first 100/);
});

test("422: __proto__ in a fact set is rejected as an unknown field, and pollutes nothing", async () => {
  const res = await post().set("Content-Type", "application/json").send('{"factSetVersion":1,"__proto__":{"polluted":true}}');
  const p = assertProblem(res, 422);
  assert.ok((p.errors as { pointer: string }[]).some((e) => e.pointer === "/__proto__"));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test("404: an unknown path, and an unknown scenario", async () => {
  const { check } = await openApi();
  // "/" is the web page now (tests/web/).
  for (const path of ["/v2/assessments", "/v1/scenario", "/v1/rules/art7-1-a"]) {
    const res = await request(app()).get(path);
    assert.equal(assertProblem(res, 404).type, "https://rome-assess.invalid/problems/not-found");
  }
  assertProblem(await request(app()).post("/nowhere").send({}), 404);
  const res = await request(app()).get("/v1/scenarios/atlantis");
  assertProblem(res, 404);
  check(res, "/v1/scenarios/{id}", "GET");
});

test("400: a path that is not valid percent-encoding", async () => {
  assertProblem(await request(app()).get("/v1/scenarios/%E0%A4%A"), 400);
});

test("405: a method a route does not have, with an Allow header", async () => {
  const cases: [string, string[], string][] = [
    ["/v1/assessments", ["get", "put", "delete", "patch", "options"], "POST"],
    ["/v1/memos", ["get", "put", "delete"], "POST"],
    ["/v1/schema/fact-set", ["post", "put", "delete"], "GET, HEAD"],
    ["/v1/rules", ["post", "delete"], "GET, HEAD"],
    ["/v1/scenarios", ["post", "patch"], "GET, HEAD"],
    [`/v1/scenarios/${scenarioIds[0]}`, ["post", "delete"], "GET, HEAD"],
    ["/openapi.json", ["post"], "GET, HEAD"],
    ["/healthz", ["post", "delete"], "GET, HEAD"],
  ];
  for (const [path, methods, allow] of cases) {
    for (const m of methods) {
      const res: Response = await (request(app()) as unknown as Record<string, (p: string) => request.Test>)[m]!(path);
      assertProblem(res, 405);
      assert.equal(res.headers.allow, allow, `${m} ${path}`);
    }
  }
});

test("500: an internal error says nothing of its cause, whatever NODE_ENV is", async () => {
  const { check } = await openApi();
  const saved = process.env.NODE_ENV;
  const logged: string[] = [];
  try {
    for (const env of ["development", undefined, "production"]) {
      if (env === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = env;
      const broken = makeApp({ assess: async () => { throw new Error("secret internal detail /srv/app/engine.ts:42"); }, log: (l) => void logged.push(l) });
      const brokenMemo = makeApp({ renderMemo: () => { throw new TypeError("template exploded: secret"); }, log: (l) => void logged.push(l) });
      for (const [target, path] of [[broken, "/v1/assessments"], [broken, "/v1/memos"], [brokenMemo, "/v1/memos"]] as const) {
        const res = await request(target).post(path).send(scenario("darfur"));
        const p = assertProblem(res, 500);
        check(res, path, "POST");
        assert.doesNotMatch(res.text, /secret|engine\.ts|exploded|TypeError|Error:/);
        assert.equal(p.type, "https://rome-assess.invalid/problems/internal-error");
      }
      // A synchronous throw in a handler is caught the same way.
      const syncBroken = makeApp({ assess: () => { throw new Error("secret sync"); }, log: false });
      const res = await request(syncBroken).post("/v1/assessments").send(scenario("darfur"));
      assertProblem(res, 500);
      assert.doesNotMatch(res.text, /secret/);
    }
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
  // The server's log says what was thrown and where — not its message, which could quote facts.
  const errors = logged.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === "error");
  assert.equal(errors.length, 9);
  assert.ok(errors.some((l) => l.error === "Error") && errors.some((l) => l.error === "TypeError"));
  for (const l of errors) {
    assert.ok(Array.isArray(l.at) && (l.at as string[]).every((f) => f.startsWith("at ")));
    assert.doesNotMatch(JSON.stringify(l), /secret|exploded/);
  }
});

test("406: a memo in no media type the client accepts", async () => {
  const { check } = await openApi();
  for (const [q, accept] of [["", "text/plain"], ["", "image/png"], ["?format=html", "text/markdown"], ["?format=md", "text/html"]] as const) {
    const res = await post(`/v1/memos${q}`).set("Accept", accept).send(scenario("darfur"));
    const p = assertProblem(res, 406);
    check(res, "/v1/memos", "POST");
    assert.equal(p.type, "https://rome-assess.invalid/problems/not-acceptable");
  }
});

test("problem responses are never cached", async () => {
  for (const res of [await request(app()).get("/nope"), await post().send({})]) {
    assert.equal(res.headers["cache-control"], "no-store");
  }
});
