/**
 * `npm run bench`: the cost of the HTTP API, in one run, on 127.0.0.1 only.
 *
 * 1. In process: assessments per second and µs per assessment, per memo, per JSON serialisation.
 * 2. Over HTTP (autocannon in this process, each server in a child process, 10 connections,
 *    warm-up then 10 s each), with the xinjiang and bangladesh-myanmar fact sets alternating:
 *    (a) a bare express 5 endpoint that parses and echoes the same body — the floor;
 *    (b) POST /v1/assessments; (c) POST /v1/memos as Markdown.
 *    Prints req/s, p50 and p99 for each, and the ratios b/a and c/a against the targets.
 *
 * A diagnostic (d) — bare express replying with a canned assessment — separates the cost of the
 * reply's size from the engine's.
 *
 * Options: --duration S (10), --warmup S (2), --connections N (10), --skip-inprocess,
 * --only a,b,c,d (which endpoints), --profile (each API server under `node --cpu-prof`, one
 * profile per endpoint in dist/bench/profiles/; summarise with dist/bench/profileSummary.js).
 * The raw figures go to dist/bench/results.json.
 */
import { ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { assess } from "../src/assess/assess";
import type { Assessment } from "../src/assess/types";
import { loadTemplates, renderMemo } from "../src/memo/renderMemo";
import { projectRoot, runtime } from "../src/runtime";

const root = projectRoot();
const argv = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const DURATION = opt("duration", 10);
const WARMUP = opt("warmup", 2);
const CONNECTIONS = opt("connections", 10);
const PROFILE = argv.includes("--profile");
const onlyArg = argv.indexOf("--only");
/** Which endpoints to load: a, b, c (the three measured) and d (a diagnostic); default all. */
const ONLY = onlyArg >= 0 ? String(argv[onlyArg + 1]).split(",") : undefined;
const FACT_SETS = ["xinjiang", "bangladesh-myanmar"];
const bodies = FACT_SETS.map((id) => readFileSync(join(root, "scenarios", `${id}.json`), "utf8"));

// ---------------------------------------------------------------------------------------------
// 1. In process

async function timeLoop(label: string, seconds: number, fn: (i: number) => unknown | Promise<unknown>) {
  for (let i = 0; i < 200; i++) await fn(i); // warm-up (JIT, caches)
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < end) {
    for (let k = 0; k < 20; k++) await fn(n++);
  }
  const us = ((performance.now() - start) * 1000) / n;
  return { label, n, usPer: us, perSecond: 1e6 / us };
}

async function inProcess() {
  runtime();
  loadTemplates();
  const inputs = bodies.map((b) => JSON.parse(b) as unknown);
  const assessments: Assessment[] = [];
  for (const input of inputs) {
    const r = await assess(input);
    if (!r.ok) throw new Error("a bench fact set is invalid");
    assessments.push(r.assessment);
  }
  const rows = [
    await timeLoop("assess (native evaluator)", 3, (i) => assess(inputs[i % 2])),
    await timeLoop("assess (reference evaluator)", 3, (i) => assess(inputs[i % 2], { evaluator: "reference" })),
    await timeLoop("JSON.stringify(assessment)", 2, (i) => JSON.stringify(assessments[i % 2])),
    await timeLoop("renderMemo md", 2, (i) => renderMemo(assessments[i % 2]!, { format: "md", lang: "en" })),
    await timeLoop("renderMemo html", 2, (i) => renderMemo(assessments[i % 2]!, { format: "html", lang: "en" })),
    await timeLoop("assess + renderMemo md", 3, async (i) => {
      const r = await assess(inputs[i % 2]);
      return r.ok ? renderMemo(r.assessment, { format: "md", lang: "en" }) : "";
    }),
  ];
  const sizes = { assessmentBytes: assessments.map((a) => JSON.stringify(a).length), memoBytes: assessments.map((a) => renderMemo(a, { format: "md", lang: "en" }).length), requestBytes: bodies.map((b) => b.length) };
  return { rows, sizes };
}

// ---------------------------------------------------------------------------------------------
// 2. Over HTTP

async function startChild(script: string, extraArgs: string[] = []): Promise<{ proc: ChildProcess; port: number }> {
  const proc = spawn(process.execPath, [...extraArgs, join(__dirname, script)], { cwd: root, stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
      out += c;
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    proc.once("exit", (code) => reject(new Error(`${script} exited ${code}`)));
  });
  return { proc, port };
}

async function stopChild(proc: ChildProcess) {
  const exited = once(proc, "exit");
  proc.kill("SIGTERM");
  const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

interface Run { name: string; reqPerSec: number; p50: number; p90: number; p99: number; max: number; requests: number; errors: number; non2xx: number; timeouts: number; bytesPerReq: number }

async function load(name: string, port: number, path: string, headers: Record<string, string>, seconds: number): Promise<Run> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: bodies.map((body) => ({ method: "POST" as const, path, headers: { "content-type": "application/json", ...headers }, body })),
  });
  return {
    name,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    bytesPerReq: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

async function measure(name: string, port: number, path: string, headers: Record<string, string> = {}): Promise<Run> {
  if (WARMUP > 0) await load(name, port, path, headers, WARMUP);
  const run = await load(name, port, path, headers, DURATION);
  process.stderr.write(`  ${name}: ${run.reqPerSec.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms\n`);
  return run;
}

async function overHttp() {
  const runs: Run[] = [];
  const want = (k: string) => ONLY === undefined || ONLY.includes(k);
  const profileDir = join(__dirname, "profiles"); // dist/bench/profiles: build output, not committed
  if (PROFILE) mkdirSync(profileDir, { recursive: true });
  const profileArgs = PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  if (want("a")) {
    const echo = await startChild("echoServer.js");
    try {
      runs.push(await measure("(a) bare express echo", echo.port, "/echo"));
    } finally {
      await stopChild(echo.proc);
    }
  }
  for (const [key, name, path, headers] of [
    ["b", "(b) POST /v1/assessments", "/v1/assessments", {}],
    ["c", "(c) POST /v1/memos (Markdown)", "/v1/memos", { accept: "text/markdown" }],
  ] as const) {
    if (!want(key)) continue;
    // A server of its own for each endpoint, so that a profile shows one endpoint.
    const api = await startChild("apiServer.js", profileArgs);
    try {
      runs.push(await measure(name, api.port, path, headers));
    } finally {
      await stopChild(api.proc);
    }
  }
  if (want("d")) {
    const canned = await startChild("cannedServer.js");
    try {
      runs.push(await measure("(d) diagnostic: bare express, canned assessment reply", canned.port, "/canned"));
    } finally {
      await stopChild(canned.proc);
    }
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------

function pad(s: string | number, n: number) {
  return String(s).padStart(n);
}

async function main() {
  process.stderr.write(`rome-assess bench — node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "?"}), ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s warm-up\n`);
  const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, connections: CONNECTIONS, durationS: DURATION, factSets: FACT_SETS };

  if (!argv.includes("--skip-inprocess")) {
    process.stderr.write("in process…\n");
    const { rows, sizes } = await inProcess();
    report.inProcess = rows;
    report.sizes = sizes;
    console.log("\nIn process (xinjiang and bangladesh-myanmar alternating)\n");
    console.log("| operation | µs each | per second |\n|---|---:|---:|");
    for (const r of rows) console.log(`| ${r.label} | ${r.usPer.toFixed(1)} | ${r.perSecond.toFixed(0)} |`);
    console.log(`\nsizes: request ${sizes.requestBytes.join(" / ")} B; assessment ${sizes.assessmentBytes.join(" / ")} B; memo (md) ${sizes.memoBytes.join(" / ")} B`);
  }

  process.stderr.write("over HTTP…\n");
  const runs = await overHttp();
  report.http = runs;
  console.log(`\nOver HTTP (127.0.0.1, ${CONNECTIONS} connections, ${DURATION} s each)\n`);
  console.log("| endpoint | req/s | p50 ms | p90 ms | p99 ms | max ms | requests | errors | non-2xx | bytes/resp |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of runs) console.log(`| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.max} | ${r.requests} | ${r.errors} | ${r.non2xx} | ${r.bytesPerReq.toFixed(0)} |`);
  const find = (k: string) => runs.find((r) => r.name.startsWith(`(${k})`));
  const [a, b, c] = [find("a"), find("b"), find("c")];
  const ratios: Record<string, { value: number; target: string; ok: boolean }> = {};
  if (a && b) ratios["b/a (req/s)"] = { value: b.reqPerSec / a.reqPerSec, target: ">= 0.5", ok: b.reqPerSec / a.reqPerSec >= 0.5 };
  if (a && c) ratios["c/a (req/s)"] = { value: c.reqPerSec / a.reqPerSec, target: ">= 0.4", ok: c.reqPerSec / a.reqPerSec >= 0.4 };
  if (a && b) ratios["p99(b)/p99(a)"] = { value: b.p99 / a.p99, target: "<= 2", ok: b.p99 / a.p99 <= 2 };
  const d = find("d");
  if (a && d) ratios["d/a (diagnostic: reply size alone)"] = { value: d.reqPerSec / a.reqPerSec, target: "-", ok: true };
  report.ratios = ratios;
  console.log("\n| ratio | measured | target | met |\n|---|---:|---|---|");
  for (const [k, v] of Object.entries(ratios)) console.log(`| ${k} | ${v.value.toFixed(3)} | ${v.target} | ${v.target === "-" ? "" : v.ok ? "yes" : "**no**"} |`);
  const bad = runs.filter((r) => r.errors || r.non2xx || r.timeouts);
  if (bad.length) console.log(`\nWARNING: errors or non-2xx responses in: ${bad.map((r) => r.name).join(", ")}`);
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(report, null, 2) + "\n");
  process.stderr.write(`results written to dist/bench/results.json${PROFILE ? "; CPU profiles in dist/bench/profiles/" : ""}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`bench failed: ${e.stack ?? e.message}\n`);
  process.exitCode = 1;
});
