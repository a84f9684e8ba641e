/**
 * The server as a real child process: `serve` listens on the port given (or PORT), logs one JSON
 * line per request to stderr, and on SIGTERM lets the requests in flight finish, then exits 0.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { Agent, IncomingMessage, createServer, get, request } from "node:http";
import { AddressInfo, connect } from "node:net";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { registerServe } from "../../src/cli/serve";
import { root, scenario } from "./helpers";

interface Child { proc: ChildProcess; port: number; lines: () => string[]; exited: Promise<number | null> }

/** `env`: added to this process's environment; a variable given as undefined is left out. */
async function startChild(args: string[], env: Record<string, string | undefined> = {}, entry = join(__dirname, "serveChild.js")): Promise<Child> {
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
  const proc = spawn(process.execPath, [entry, ...args], { cwd: root, env: merged, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 15 s: ${stderr}`)), 15_000);
    proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const m = /"msg":"listening".*"port":(\d+)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    proc.once("exit", (code) => { clearTimeout(timer); reject(new Error(`exited ${code} before listening: ${stderr}`)); });
  });
  return { proc, port, lines: () => stderr.split("\n").filter(Boolean), exited };
}

function waitFor(child: Child, pattern: RegExp, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (child.lines().some((l) => pattern.test(l))) { clearInterval(poll); resolve(); }
      else if (Date.now() - started > ms) { clearInterval(poll); reject(new Error(`no line matching ${pattern}: ${child.lines().join("\n")}`)); }
    }, 20);
  });
}

function getJson(port: number, path: string, agent?: Agent): Promise<{ status: number; body: unknown; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c) => (text += c)).on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text), res }));
    }).on("error", reject);
  });
}

async function freePort(): Promise<number> {
  const s = createServer().listen(0, "127.0.0.1");
  await once(s, "listening");
  const { port } = s.address() as AddressInfo;
  s.close();
  await once(s, "close");
  return port;
}

test("serve listens on --port, logs a JSON line per request to stderr, and never the query or the facts", async (t) => {
  const child = await startChild(["serve", "--port", "0", "--host", "127.0.0.1"]);
  t.after(() => { child.proc.kill("SIGKILL"); });
  const health = await getJson(child.port, "/healthz");
  assert.equal(health.status, 200);
  const marker = "Zebra-Marker-1234";
  const body = JSON.stringify({ ...scenario("darfur"), title: marker });
  // A query with the marker too, on the web page (whose links carry their state in the query).
  assert.equal((await fetch(`http://127.0.0.1:${child.port}/scenario/darfur?lang=en&note=${marker}`).then(async (r) => { await r.text(); return r; })).status, 200);
  const res = await new Promise<number>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: child.port, method: "POST", path: `/v1/assessments?engine=native&lang=en`, headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } }, (r) => { r.resume(); r.on("end", () => resolve(r.statusCode!)); });
    req.on("error", reject);
    req.end(body);
  });
  assert.equal(res, 200);
  await waitFor(child, /"path":"\/v1\/assessments"/);
  const access = child.lines().map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => "method" in l);
  assert.deepEqual(access.map((l) => [l.method, l.path, l.status]), [["GET", "/healthz", 200], ["GET", "/scenario/darfur", 200], ["POST", "/v1/assessments", 200]]);
  for (const l of access) {
    assert.deepEqual(Object.keys(l).sort(), ["method", "ms", "path", "status", "time"]);
    assert.equal(typeof l.ms, "number");
  }
  assert.ok(!child.lines().some((l) => l.includes(marker)), "neither the query nor the fact set is logged");
  child.proc.kill("SIGTERM");
  assert.equal(await child.exited, 0);
});

test("SIGTERM: a request in flight finishes, new connections are refused, idle keep-alive connections close, exit 0", async (t) => {
  const child = await startChild(["serve", "--port", "0", "--host", "127.0.0.1", "--quiet"]);
  t.after(() => { child.proc.kill("SIGKILL"); });
  // An idle keep-alive connection must not keep the server up.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.after(() => agent.destroy());
  assert.equal((await getJson(child.port, "/healthz", agent)).status, 200);

  // A request in flight: headers and half the body sent before SIGTERM, the rest after.
  const body = Buffer.from(JSON.stringify(scenario("bangladesh-myanmar")));
  const inFlight = new Promise<{ status: number; connection?: string; text: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: child.port, method: "POST", path: "/v1/assessments", headers: { "Content-Type": "application/json", "Content-Length": body.length } }, (r) => {
      let text = "";
      r.setEncoding("utf8").on("data", (c) => (text += c)).on("end", () => resolve({ status: r.statusCode!, connection: r.headers.connection, text }));
    });
    req.on("error", reject);
    req.write(body.subarray(0, 1000));
    setTimeout(() => {
      child.proc.kill("SIGTERM");
      waitFor(child, /"msg":"stopping"/).then(async () => {
        // The listening socket is closed: a new connection is refused.
        const refused = await new Promise<string>((resolve) => {
          const s = connect(child.port, "127.0.0.1");
          s.on("connect", () => { s.destroy(); resolve("connected"); });
          s.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
        });
        assert.equal(refused, "ECONNREFUSED");
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(child.proc.exitCode, null, "still running while a request is in flight");
        req.end(body.subarray(1000));
      }, reject);
    }, 200);
  });
  const done = await inFlight;
  assert.equal(done.status, 200);
  assert.equal(JSON.parse(done.text).factSetId, "bangladesh-myanmar");
  assert.equal(done.connection, "close");
  const code = await Promise.race([child.exited, new Promise<string>((r) => setTimeout(() => r("timeout"), 5000))]);
  assert.equal(code, 0);
  assert.ok(child.lines().some((l) => l.includes('"msg":"stopped"')));
});

test("PORT chooses the port when --port is not given", async (t) => {
  const port = await freePort();
  const child = await startChild(["serve", "--host", "127.0.0.1"], { PORT: String(port) });
  t.after(() => { child.proc.kill("SIGKILL"); });
  assert.equal(child.port, port);
  assert.equal((await getJson(port, "/healthz")).status, 200);
  child.proc.kill("SIGTERM");
  assert.equal(await child.exited, 0);
});

test("BODY_LIMIT and --body-limit set the body limit of the server", async (t) => {
  const child = await startChild(["serve", "--port", "0", "--host", "127.0.0.1", "--quiet", "--body-limit", "1kb"]);
  t.after(() => { child.proc.kill("SIGKILL"); });
  const body = JSON.stringify(scenario("darfur"));
  assert.ok(body.length > 1024);
  const status = await new Promise<number>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: child.port, method: "POST", path: "/v1/assessments", headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } }, (r) => { r.resume(); resolve(r.statusCode!); });
    req.on("error", reject);
    req.end(body);
  });
  assert.equal(status, 413);
  child.proc.kill("SIGTERM");
  assert.equal(await child.exited, 0);
});

test("a request that is not valid HTTP gets a problem, not a bare reply", async (t) => {
  const child = await startChild(["serve", "--port", "0", "--host", "127.0.0.1", "--quiet"]);
  t.after(() => { child.proc.kill("SIGKILL"); });
  const reply = await new Promise<string>((resolve, reject) => {
    const s = connect(child.port, "127.0.0.1", () => s.write("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"));
    let text = "";
    s.setEncoding("utf8").on("data", (c) => (text += c)).on("end", () => resolve(text)).on("error", reject);
  });
  assert.match(reply, /^HTTP\/1\.1 400 /);
  assert.match(reply, /application\/problem\+json/);
  assert.match(reply, /"status":400/);
  child.proc.kill("SIGTERM");
  assert.equal(await child.exited, 0);
});

test("serve rejects a bad --port or --workers, and a port in use, with a message", async () => {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerServe(program, { out: () => {}, err: () => {} });
  for (const bad of ["x", "-1", "70000", "80.5"]) {
    await assert.rejects(program.parseAsync(["serve", "--port", bad], { from: "user" }), (e: unknown) => e instanceof CommanderError, bad);
  }
  for (const bad of ["x", "-1", "65", "1.5"]) {
    await assert.rejects(program.parseAsync(["serve", "--workers", bad], { from: "user" }), (e: unknown) => e instanceof CommanderError && /worker threads is a whole number from 0 to 64/.test(e.message), bad);
  }
  const busy = createServer().listen(0, "127.0.0.1");
  await once(busy, "listening");
  try {
    const { port } = busy.address() as AddressInfo;
    // The real command: its exit code and message are main.ts's, for an input error.
    const r = spawnSync(process.execPath, [join(root, "bin", "rome-assess.js"), "serve", "--port", String(port), "--host", "127.0.0.1"], { encoding: "utf8", timeout: 15_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`^port ${port} is in use on 127\\.0\\.0\\.1: .*choose another port with --port or PORT \\(EADDRINUSE\\)`));
    assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
  } finally {
    busy.close();
  }
});

test("rome-assess serve (bin) serves, once src/cli/main.ts registers the command", async (t) => {
  const help = spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), "--help"], { encoding: "utf8" });
  if (!/\bserve\b/.test(help.stdout)) {
    t.skip("src/cli/main.ts does not call registerServe(program, io) yet");
    return;
  }
  const child = await startChild(["serve", "--port", "0", "--host", "127.0.0.1", "--quiet"], {}, join(root, "bin/rome-assess.js"));
  t.after(() => { child.proc.kill("SIGKILL"); });
  assert.equal((await getJson(child.port, "/healthz")).status, 200);
  child.proc.kill("SIGTERM");
  assert.equal(await child.exited, 0);
});

test("serve listens on this machine only unless --host or HOST says otherwise (fact sets can be sensitive)", async (t) => {
  const child = await startChild(["serve", "--port", "0", "--quiet"], { HOST: undefined });
  t.after(() => { child.proc.kill("SIGKILL"); });
  assert.ok(child.lines().some((l) => /"msg":"listening","url":"http:\/\/127\.0\.0\.1:\d+"/.test(l)), child.lines().join("\n"));
  const every = await startChild(["serve", "--port", "0", "--quiet"], { HOST: "0.0.0.0" });
  t.after(() => { every.proc.kill("SIGKILL"); });
  assert.ok(every.lines().some((l) => /"url":"http:\/\/0\.0\.0\.0:\d+"/.test(l)), every.lines().join("\n"));
});
