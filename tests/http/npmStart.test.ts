/**
 * `npm start` passes signals to the server (issue: reliability): npm ran `sh -c "node …"`, and on
 * SIGTERM npm exited while the server kept serving. The start script now `exec`s node.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { root } from "./helpers";

test("SIGTERM to `npm start` stops the server", { timeout: 30_000 }, async () => {
  const npm = spawn("npm", ["start", "--silent"], { cwd: root, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  npm.stdout.on("data", (d) => { log += String(d); });
  npm.stderr.on("data", (d) => { log += String(d); });
  // Wait for the server's own "listening" line, then for its port to answer.
  for (let i = 0; i < 200 && !/"msg":"listening"/.test(log); i++) await new Promise((r) => setTimeout(r, 50));
  const port = Number(/"port":(\d+)/.exec(log)?.[1]);
  assert.ok(port > 0, log);
  assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
  npm.kill("SIGTERM");
  // npm waited on a shell that waited on the server: bounded, so the old start script fails here rather than hangs.
  const exited = await Promise.race([once(npm, "exit").then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
  if (!exited) npm.kill("SIGKILL");
  assert.ok(exited, "npm did not exit on SIGTERM");
  // The server is gone with it: its port no longer answers.
  let refused = false;
  for (let i = 0; i < 100 && !refused; i++) {
    try { await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(500) }); await new Promise((r) => setTimeout(r, 50)); } catch { refused = true; }
  }
  assert.ok(refused, `the server still answers on ${port} after npm exited:\n${log}`);
});
