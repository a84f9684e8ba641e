/**
 * No request under the body limit holds the event loop (issue: reliability). The probe's worst
 * bodies — 100,000 empty incidents (300 KB: 65 s), 200 KB of zeros in an array (107 s), a patch
 * that copies the document into itself 26 times (71 s, 3.5 GiB) — are answered with a 422, and
 * each costs the process under 100 ms of CPU — a bound on the work done, which other processes
 * on the machine cannot inflate the way they stretch the event loop's wall-clock delay (the
 * browser tests run beside this file).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { app } from "./helpers";

const WORST: [string, string, unknown][] = [
  ["100,000 empty incidents", "/v1/assessments", { factSetVersion: 1, incidents: Array.from({ length: 100_000 }, () => ({})) }],
  ["200 KB of zeros", "/v1/assessments", { factSetVersion: 1, sources: Array.from({ length: 100_000 }, () => 0) }],
  ["a memo of 100,000 incidents", "/v1/memos?format=md", { factSetVersion: 1, incidents: Array.from({ length: 100_000 }, () => ({})) }],
  ["26 copies of the document into itself", "/v1/compare", { before: { factSetVersion: 1, incidents: [{ id: "a", description: "x".repeat(2000) }] }, patch: Array.from({ length: 26 }, (_, i) => ({ op: "copy", from: "", path: `/c${i}` })) }],
  ["a move into itself", "/v1/compare", { before: { factSetVersion: 1 }, patch: [{ op: "move", from: "", path: "/x" }] }],
  // As text: JSON.stringify itself cannot nest that deep.
  ["nesting 10,000 deep", "/v1/assessments", `{"factSetVersion":1,"attack":${"[".repeat(10_000)}${"]".repeat(10_000)}}`],
];

test("the worst bodies found are refused at a bounded cost", async () => {
  const server = app();
  // Warm the routes first: the first request compiles and loads what every later one reuses.
  await request(server).post("/v1/assessments").send({ factSetVersion: 1 });
  for (const [name, path, body] of WORST) {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const before = process.cpuUsage();
    const res = await request(server).post(path).set("Content-Type", "application/json").send(text);
    const used = process.cpuUsage(before);
    assert.ok(res.status === 422 || res.status === 413, `${name}: ${res.status} ${res.text.slice(0, 200)}`);
    const cpuMs = (used.user + used.system) / 1000;
    assert.ok(cpuMs < 100, `${name}: ${cpuMs.toFixed(0)} ms of CPU for one request`);
  }
});
