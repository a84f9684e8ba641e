/**
 * `npm run soak`: 60 s of load on the real server in a child process (issue: reliability), after
 * a warm-up of 30 s under the same load, with its resident memory sampled every second. The load
 * mixes assessments and memos (Markdown and HTML) of every scenario, in both languages, from 10
 * connections (autocannon). After the warm-up, RSS must stay within 10 % of its first sample —
 * taken as the highest of the first ten seconds, since the collector's sawtooth alone swings RSS
 * by some 10 % within seconds and a single sample may fall in a trough; every reply must be a 200. The warm-up is V8 sizing its heap for the load: in the first 30 s
 * RSS rises by about a fifth and then holds (measured: 191, 204, 215, 218, 220 MB at 10 s steps).
 *
 * Options: --duration S (60, after the warm-up), --warmup S (30), --connections N (10).
 * Exit code 1 if any error, non-200, or RSS past the bound.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "../src/runtime";

const argv = process.argv.slice(2);
const opt = (name: string, def: number) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? Number(argv[i + 1]) : def; };
const DURATION = opt("duration", 60);
const WARMUP = opt("warmup", 30);
const CONNECTIONS = opt("connections", 10);

/** The child's resident set, in MB, as Linux reports it. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;

async function main() {
  const root = projectRoot();
  const bodies = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => readFileSync(join(root, "scenarios", f), "utf8"));
  const paths = ["/v1/assessments?lang=en", "/v1/assessments?lang=fr", "/v1/memos?format=md", "/v1/memos?format=html&lang=fr"];
  const requests = bodies.flatMap((body) => paths.map((path) => ({ method: "POST" as const, path, headers: { "content-type": "application/json" }, body })));
  const proc = spawn(process.execPath, [join(__dirname, "apiServer.js")], { cwd: root, stdio: ["ignore", "pipe", "ignore"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    proc.stdout!.setEncoding("utf8").on("data", (c: string) => { out += c; const m = /\{"port":(\d+)\}/.exec(out); if (m) resolve(Number(m[1])); });
    proc.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
  });
  let crashed = false;
  proc.once("exit", () => { crashed = true; });
  const samples: { t: number; mb: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => { if (!crashed) samples.push({ t: (Date.now() - started) / 1000, mb: rssOf(proc.pid!) }); }, 1000);
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: WARMUP + DURATION, requests });
  clearInterval(sampler);
  proc.kill("SIGTERM");
  const after = samples.filter((s) => s.t >= WARMUP);
  const first = Math.max(...after.slice(0, 10).map((s) => s.mb));
  const max = Math.max(...after.slice(10).map((s) => s.mb));
  const last = after.at(-1)?.mb ?? NaN;
  const growth = (max - first) / first;
  console.log(`soak: ${DURATION} s after ${WARMUP} s of warm-up, ${CONNECTIONS} connections, ${requests.length} distinct requests (${bodies.length} scenarios × assessments and memos, en and fr)`);
  console.log(`  requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s) · 2xx: ${result["2xx"]} · non-2xx: ${result.non2xx} · errors: ${result.errors} · timeouts: ${result.timeouts} · server crashed: ${crashed ? "yes" : "no"}`);
  console.log(`  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  RSS after ${WARMUP} s: first (the highest of its first 10 s) ${first.toFixed(0)} MB, highest after ${max.toFixed(0)} MB, last ${last.toFixed(0)} MB (${(growth * 100).toFixed(1)} % over the first; bound 10 %)`);
  console.log(`  RSS each 10 s: ${samples.filter((s, i) => i % 10 === 9).map((s) => s.mb.toFixed(0)).join(", ")} MB`);
  if (crashed || result.errors || result.non2xx || result.timeouts || !(growth <= 0.1)) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
