/**
 * Everything is loaded at start-up: a request does no file I/O. The access log: one JSON line per
 * request, without the query string and without any fact.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import request from "supertest";
import { makeApp, scenario, scenarioIds } from "./helpers";

const FS_CALLS = ["readFileSync", "readFile", "openSync", "open", "readdirSync", "readdir", "statSync", "stat", "existsSync", "createReadStream", "accessSync", "lstatSync"] as const;

test("once the app is created, no request reads a file", async () => {
  const app = makeApp();
  const inputs = new Map(scenarioIds.map((id) => [id, scenario(id)]));
  const calls: string[] = [];
  const fsAny = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
  const promisesAny = fs.promises as unknown as Record<string, (...a: unknown[]) => unknown>;
  const saved = new Map<string, (...a: unknown[]) => unknown>();
  for (const name of FS_CALLS) {
    const orig = fsAny[name]!;
    saved.set(name, orig);
    fsAny[name] = function (this: unknown, ...args: unknown[]) { calls.push(`${name}(${String(args[0])})`); return orig.apply(this, args); };
  }
  const savedPromise = promisesAny.readFile!;
  promisesAny.readFile = (...args: unknown[]) => { calls.push(`promises.readFile(${String(args[0])})`); return savedPromise(...args); };
  try {
    for (const path of ["/healthz", "/v1/rules", "/v1/scenarios", "/v1/schema/fact-set", "/openapi.json", ...scenarioIds.map((id) => `/v1/scenarios/${id}`), "/nope"]) {
      await request(app).get(path);
    }
    for (const input of inputs.values()) {
      assert.equal((await request(app).post("/v1/assessments").send(input)).status, 200);
      assert.equal((await request(app).post("/v1/assessments?engine=reference&lang=fr").send(input)).status, 200);
      assert.equal((await request(app).post("/v1/memos?format=html&lang=fr").send(input)).status, 200);
      assert.equal((await request(app).post("/v1/memos").send(input)).status, 200);
    }
    // The teaching routes: a scenario's assessment is computed on first use, from what is loaded.
    for (const id of scenarioIds) {
      for (const lang of ["en", "fr"]) {
        assert.equal((await request(app).get(`/v1/scenarios/${id}/quiz?lang=${lang}`)).status, 200);
        assert.equal((await request(app).post(`/v1/scenarios/${id}/answers?lang=${lang}`).send({ answers: { jurisdiction: "established" } })).status, 200);
      }
    }
    const before = inputs.get("bangladesh-myanmar")!;
    assert.equal((await request(app).post("/v1/compare").send({ before, after: inputs.get("darfur") })).status, 200);
    assert.equal((await request(app).post("/v1/compare?lang=fr").send({ before, patch: [{ op: "replace", path: "/incidents/0/territories/1/part", value: "effects" }] })).status, 200);
    await request(app).post("/v1/assessments").set("Content-Type", "application/json").send("{ not json");
    await request(app).post("/v1/assessments").send({ factSetVersion: 7 });
  } finally {
    for (const [name, orig] of saved) fsAny[name] = orig;
    promisesAny.readFile = savedPromise;
  }
  assert.deepEqual(calls, []);
});

test("access log: one JSON line per request — time, method, path, status, ms — never the query or the body", async () => {
  const lines: string[] = [];
  const app = makeApp({ log: (l) => void lines.push(l) });
  const marker = "Unique-Fact-Marker-42";
  await request(app).get("/healthz");
  await request(app).post(`/v1/assessments?engine=reference`).send({ ...scenario("darfur"), title: marker });
  // A query parameter the route does not take is refused by name (400): the log still never shows it.
  await request(app).post(`/v1/assessments?secret=${marker}`).send(scenario("darfur"));
  await request(app).post("/v1/assessments").send({ factSetVersion: 1, colour: marker });
  await request(app).post("/v1/memos").set("Content-Type", "application/json").send(`{"title": "${marker}"`);
  await request(app).delete(`/v1/rules?x=${marker}`);
  assert.equal(lines.length, 6);
  for (const l of lines) {
    assert.ok(l.endsWith("\n"));
    assert.ok(!l.includes(marker), l);
  }
  const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(entries.map((e) => [e.method, e.path, e.status]), [
    ["GET", "/healthz", 200],
    ["POST", "/v1/assessments", 200],
    ["POST", "/v1/assessments", 400],
    ["POST", "/v1/assessments", 422],
    ["POST", "/v1/memos", 400],
    ["DELETE", "/v1/rules", 405],
  ]);
  for (const e of entries) {
    assert.deepEqual(Object.keys(e).sort(), ["method", "ms", "path", "status", "time"]);
    assert.ok(typeof e.ms === "number" && e.ms >= 0);
    assert.ok(!Number.isNaN(Date.parse(String(e.time))));
  }
});

test("the tests' app is quiet: no access log unless one is asked for", async () => {
  const writes: string[] = [];
  const orig = process.stderr.write.bind(process.stderr);
  (process.stderr as { write: unknown }).write = (chunk: unknown) => { writes.push(String(chunk)); return true; };
  try {
    await request(makeApp()).get("/healthz");
  } finally {
    (process.stderr as { write: unknown }).write = orig;
  }
  assert.deepEqual(writes, []);
});
