/**
 * `npm run bench:bounds`: what refusing each of the worst bodies costs the server, in CPU time,
 * against an ordinary assessment (Darfur) measured in the same run. The test
 * (tests/http/bounds.test.ts) asserts which guard refuses each body; this measures the cost, as a
 * ratio, because a machine shared with other work stretches every absolute figure.
 *
 * The app listens on 127.0.0.1 in this process; each body is sent --repeat times (5) after a
 * warm-up, and the process's own CPU time (user + system) per request is what is compared.
 * Meanwhile GET /healthz is asked every 10 ms: the worst wait it saw, and the worst event-loop
 * delay (perf_hooks' histogram), are what another user of the server would have waited.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createApp } from "../src/http/app";
import { projectRoot } from "../src/runtime";
import { WORST_BODIES } from "./worstBodies";

const argv = process.argv.slice(2);
const at = argv.indexOf("--repeat");
const REPEAT = at >= 0 ? Number(argv[at + 1]) : 5;

async function main() {
  const darfur = JSON.parse(readFileSync(join(projectRoot(), "scenarios", "darfur.json"), "utf8")) as Record<string, unknown>;
  const server = createApp({ log: false }).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = (path: string, text: string) => fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body: text }).then(async (r) => ({ status: r.status, size: (await r.arrayBuffer()).byteLength }));
  const cpuPerRequest = async (path: string, text: string) => {
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
    for (let i = 0; i < REPEAT; i++) status = (await send(path, text)).status;
    const used = process.cpuUsage(before);
    loop.disable();
    polling = false;
    await poll;
    return { status, ms: (used.user + used.system) / 1000 / REPEAT, loopMaxMs: loop.max / 1e6, healthzMaxMs: healthz };
  };
  const baseline = await cpuPerRequest("/v1/assessments", JSON.stringify(darfur));
  const rows = [{ name: "baseline: the Darfur assessment", bytes: JSON.stringify(darfur).length, ...baseline, ratio: 1 }];
  for (const w of WORST_BODIES(darfur)) {
    const text = typeof w.body === "string" ? w.body : JSON.stringify(w.body);
    const r = await cpuPerRequest(w.path, text);
    rows.push({ name: w.name, bytes: text.length, ...r, ratio: r.ms / baseline.ms });
  }
  server.close();
  console.log(`CPU per request (this process: parse, guard, reply), ${REPEAT} requests each after a warm-up\n`);
  console.log("| body | size | status | ms CPU | × the Darfur assessment | worst event-loop delay (ms) | worst /healthz wait (ms) |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.status} | ${r.ms.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.loopMaxMs.toFixed(0)} | ${r.healthzMaxMs.toFixed(0)} |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
