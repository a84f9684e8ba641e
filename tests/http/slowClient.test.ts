/**
 * A slow client cannot hold a socket (issue: reliability): one that sends its headers too slowly,
 * or its body too slowly, gets a 408 problem and its connection closed, once the server's limits
 * pass (10 s and 30 s as served; short here, as options of the same server).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:net";
import { startServer } from "../../src/http/server";

/** Writes `parts` to a raw socket, then reads until the server closes it. */
function rawExchange(port: number, parts: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, "127.0.0.1", () => { for (const p of parts) s.write(p); });
    let got = "";
    s.setEncoding("utf8").on("data", (c: string) => (got += c)).on("close", () => resolve(got)).on("error", reject);
  });
}

for (const [what, parts] of [
  ["headers", ["POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: app"]],
  ["body", ["POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"factSetVersion\":"]],
] as const) {
  test(`a client that stops sending its ${what} gets a 408 and its connection closed`, { timeout: 20_000 }, async (t) => {
    const s = await startServer({ port: 0, host: "127.0.0.1", log: () => undefined, headersTimeoutMs: 300, requestTimeoutMs: 600 });
    t.after(() => s.close());
    const reply = await rawExchange(s.port, [...parts]);
    assert.match(reply, /^HTTP\/1\.1 408 /);
    assert.match(reply, /application\/problem\+json/);
    assert.match(reply, /Connection: close/i);
  });
}
