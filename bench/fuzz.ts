/**
 * `npm run fuzz`: the long fuzz run (issue: reliability). The fuzzed requests of the suite in
 * `npm test` (tests/fuzz/requests.ts), 100,000 by default, against the real server in a child
 * process, four in flight; every reply checked as the suite checks it (tests/fuzz/check.ts), one
 * in four sent twice. A crash of the server is counted and the server restarted. Meanwhile
 * GET /healthz is asked every 50 ms, and its worst wait reported.
 *
 * Options: --runs N (100000), --seed S (a new one each run, printed), --concurrency C (4).
 * Exit code 1 if any crash, 5xx, schema violation or non-deterministic reply was seen.
 */
import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { openApi } from "../tests/http/helpers";
import { Problem, problemsOf, send } from "../tests/fuzz/check";
import { fuzzRequest } from "../tests/fuzz/requests";
import { projectRoot } from "../src/runtime";

const argv = process.argv.slice(2);
const opt = (name: string, def: number) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? Number(argv[i + 1]) : def; };
const RUNS = opt("runs", 100_000);
const SEED = opt("seed", Date.now() % 2 ** 31);
const CONCURRENCY = opt("concurrency", 4);
const CHUNK = 500;

function startServer(): Promise<{ proc: ChildProcess; base: string }> {
  const proc = spawn(process.execPath, [join(__dirname, "apiServer.js")], { cwd: projectRoot(), stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
      out += c;
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve({ proc, base: `http://127.0.0.1:${m[1]}` });
    });
    proc.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

async function main() {
  const checker = await openApi();
  let server = await startServer();
  let crashes = 0;
  const watchExit = (s: typeof server) => s.proc.once("exit", (code, signal) => { if (!stopping) { crashes++; console.error(`the server stopped (${code ?? signal}); restarting`); } });
  let stopping = false;
  watchExit(server);
  const problems: Problem[] = [];
  const statuses = new Map<number, number>();
  let healthzWorst = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const t = performance.now();
      await fetch(`${server.base}/healthz`).then((r) => r.arrayBuffer()).catch(() => undefined);
      healthzWorst = Math.max(healthzWorst, performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  let done = 0;
  for (let chunk = 0; done < RUNS; chunk++) {
    const batch = fc.sample(fuzzRequest, { numRuns: Math.min(CHUNK, RUNS - done), seed: SEED + chunk });
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < batch.length) {
        const i = next++;
        const r = batch[i]!;
        try {
          const reply = await send(server.base, r);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          const again = (done + i) % 4 === 0 ? await send(server.base, r) : undefined;
          problems.push(...problemsOf(r, reply, checker, again));
        } catch (e) {
          problems.push({ kind: "error", detail: `${r.method} ${r.path.slice(0, 100)}: ${(e as Error).message}` });
        }
      }
    }));
    done += batch.length;
    if (server.proc.exitCode !== null || server.proc.signalCode !== null) { server = await startServer(); watchExit(server); }
    if (chunk % 20 === 19) console.error(`${done} / ${RUNS} …`);
  }
  const seconds = (performance.now() - started) / 1000;
  polling = false;
  await poll;
  stopping = true;
  server.proc.kill("SIGTERM");
  const count = (k: Problem["kind"]) => problems.filter((p) => p.kind === k).length;
  console.log(`fuzz: ${done} requests (seed ${SEED}, ${CONCURRENCY} in flight) in ${seconds.toFixed(0)} s`);
  console.log(`  statuses: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s} × ${n}`).join(", ")}`);
  console.log(`  crashes: ${crashes} · 5xx: ${count("5xx")} · schema violations: ${count("schema")} · non-deterministic: ${count("nondeterministic")} · request errors: ${count("error")}`);
  console.log(`  worst GET /healthz wait meanwhile: ${healthzWorst.toFixed(0)} ms`);
  for (const p of problems.slice(0, 10)) console.log(`  ${p.kind}: ${p.detail}`);
  if (crashes || problems.length) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
