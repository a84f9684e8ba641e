/**
 * No request under the body limit holds the event loop (issue: reliability). The probe's worst
 * bodies — 100,000 empty incidents (300 KB: 65 s), 200 KB of zeros in an array (107 s), a patch
 * that copies the document into itself 26 times (71 s, 3.5 GiB), nesting 10,000 deep — must be
 * refused by the linear guards that run before the schema and before the patch is applied in
 * full, not by the work they would have cost. Which guard refused is deterministic, so that is
 * what this test asserts; what the refusal costs is measured by `npm run bench:bounds`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { app, scenario } from "./helpers";
import { WORST_BODIES } from "../../bench/worstBodies";
import { startServer } from "../../src/http/server";

async function refusesTheWorst(server: Parameters<typeof request>[0]) {
  for (const body of WORST_BODIES(scenario("darfur"))) {
    const text = typeof body.body === "string" ? body.body : JSON.stringify(body.body);
    const res = await request(server).post(body.path).set("Content-Type", "application/json").send(text);
    assert.equal(res.status, 422, `${body.name}: ${res.status} ${res.text.slice(0, 200)}`);
    assert.deepEqual(res.body.errors.length, 1, `${body.name}: one error, the guard's: ${res.text.slice(0, 300)}`);
    const [error] = res.body.errors;
    if (typeof body.refusedAt === "string") assert.equal(error.pointer, body.refusedAt, `${body.name}: refused at ${error.pointer}: ${error.message}`);
    else assert.match(error.pointer, body.refusedAt, `${body.name}: refused at ${error.pointer}: ${error.message}`);
    assert.match(error.message, body.refusedBecause, `${body.name}: ${error.message}`);
  }
}

test("the worst bodies found are refused by the guards before the work they would cost", () => refusesTheWorst(app()));

// As served, the work is on worker threads; copying 10,000 levels of nesting to one overflowed
// this thread's stack and killed the process. The same guards refuse them, in the same words.
test("as served (worker threads), the worst bodies are refused the same way, and the server lives", async (t) => {
  const s = await startServer({ port: 0, host: "127.0.0.1", log: false, workers: 1 });
  t.after(() => s.close());
  await refusesTheWorst(s.url);
  assert.equal((await request(s.url).get("/healthz")).status, 200);
});
