/**
 * The fuzz suite at the size CI affords (issue: reliability): 2,000 fuzzed requests against the
 * real app on a port — valid fact sets, broken and hostile ones, patches, answers, raw bodies,
 * the web page's links — each with no 5xx, its reply valid against the published schemas, and
 * (one in four) the same body when sent again. A fixed seed, so that a failure here is a failure
 * every time; `npm run fuzz` runs 100,000 on a new seed. FUZZ_RUNS and FUZZ_SEED override both.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { app, openApi } from "../http/helpers";
import { problemsOf, send } from "./check";
import { fuzzRequest } from "./requests";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let server: Server;
let base = "";
before(async () => {
  server = app().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

test(`${RUNS} fuzzed requests: no 5xx, every reply as documented, the same reply twice`, { timeout: 600_000 }, async () => {
  const checker = await openApi();
  let n = 0;
  const statuses = new Map<number, number>();
  await fc.assert(fc.asyncProperty(fuzzRequest, async (r) => {
    const reply = await send(base, r);
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    const again = n++ % 4 === 0 ? await send(base, r) : undefined;
    const problems = problemsOf(r, reply, checker, again);
    assert.deepEqual(problems, []);
  }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  // The generator must reach both sides: accepted inputs and refused ones.
  assert.ok((statuses.get(200) ?? 0) > RUNS / 10, `200s: ${JSON.stringify([...statuses])}`);
  assert.ok((statuses.get(422) ?? 0) > RUNS / 10, `422s: ${JSON.stringify([...statuses])}`);
});
