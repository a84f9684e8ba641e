/**
 * `npm run bench:bounds`: what refusing each of the worst bodies costs the server, in CPU time,
 * against an ordinary assessment (Darfur) measured in the same run. The test
 * (tests/http/bounds.test.ts) asserts which guard refuses each body; this measures the cost, as a
 * ratio, because a machine shared with other work stretches every absolute figure.
 *
 * The server listens on 127.0.0.1 in this process, as served (worker threads); each body is sent --repeat times (5) after a
 * warm-up, and the process's own CPU time (user + system) per request is what is compared.
 * Meanwhile GET /healthz is asked every 10 ms: the worst wait it saw, and the worst event-loop
 * delay (perf_hooks' histogram), are what another user of the server would have waited.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { startServer } from "../src/http/server";
import { projectRoot } from "../src/runtime";
import { WORST_BODIES } from "./worstBodies";
import { LARGE_FACT_SETS } from "./largeFactSets";

const argv = process.argv.slice(2);
const at = argv.indexOf("--repeat");
const REPEAT = at >= 0 ? Number(argv[at + 1]) : 5;

async function main() {
  const darfur = JSON.parse(readFileSync(join(projectRoot(), "scenarios", "darfur.json"), "utf8")) as Record<string, unknown>;
  // As served: assessments and memos on the worker threads (one per core).
  const server = await startServer({ port: 0, host: "127.0.0.1", log: false });
  const base = server.url;
  const send = (path: string, text: string) => fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body: text }).then(async (r) => ({ status: r.status, size: (await r.arrayBuffer()).byteLength }));
  const cpuPerRequest = async (path: string, text: string, repeat = REPEAT) => {
    await send(path, text); // warm-up: the first request compiles what later ones reuse
    const loop = monitorEventLoopDelay({ resolution: 1 });
    let healthz = 0;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const t = performance.now();
        await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
        healthz = Math.max(healthz, performance.now() - t);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    loop.enable();
    const before = process.cpuUsage();
    let status = 0;
    const started = performance.now();
    for (let i = 0; i < repeat; i++) status = (await send(path, text)).status;
    const wallMs = (performance.now() - started) / repeat;
    const used = process.cpuUsage(before);
    loop.disable();
    polling = false;
    await poll;
    return { status, ms: (used.user + used.system) / 1000 / repeat, wallMs, loopMaxMs: loop.max / 1e6, healthzMaxMs: healthz };
  };
  const baseline = await cpuPerRequest("/v1/assessments", JSON.stringify(darfur));
  const rows = [{ name: "baseline: the Darfur assessment", bytes: JSON.stringify(darfur).length, ...baseline, ratio: 1 }];
  for (const w of WORST_BODIES(darfur)) {
    const text = typeof w.body === "string" ? w.body : JSON.stringify(w.body);
    const r = await cpuPerRequest(w.path, text);
    rows.push({ name: w.name, bytes: text.length, ...r, ratio: r.ms / baseline.ms });
  }
  // Valid and large: the work is real, and runs on the workers while the loop answers /healthz.
  for (const l of LARGE_FACT_SETS) {
    const text = JSON.stringify(l.factSet);
    for (const path of ["/v1/assessments", "/v1/memos?format=html"]) {
      const r = await cpuPerRequest(path, text, 1);
      rows.push({ name: `${l.name}, ${path}`, bytes: text.length, ...r, ratio: r.ms / baseline.ms });
    }
  }
  await server.close();
  console.log(`CPU per request (the whole process, its worker threads included), ${REPEAT} requests each after a warm-up (1 for the large fact sets)\n`);
  console.log("| body | size | status | ms CPU | × the Darfur assessment | ms to answer | worst event-loop delay (ms) | worst /healthz wait (ms) |\n|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.status} | ${r.ms.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.wallMs.toFixed(0)} | ${r.loopMaxMs.toFixed(0)} | ${r.healthzMaxMs.toFixed(0)} |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
