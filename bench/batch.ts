/**
 * `npm run bench:batch`: batch throughput — 10,000 fact sets (the three real scenarios and
 * generated variants), assessed in process on one thread, then with worker threads. Prints
 * assessments per second for each and the ratio. Ratios, not absolute figures, are comparable
 * between machines.
 *
 * Options: --count N (10000), --workers N (one per core).
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/runBatch";
import { projectRoot } from "../src/runtime";

const argv = process.argv.slice(2);
const opt = (name: string, def: number) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? Number(argv[i + 1]) : def; };
const COUNT = opt("count", 10_000);
const WORKERS = opt("workers", availableParallelism());

const root = projectRoot();
const base = ["darfur", "bangladesh-myanmar", "xinjiang"].map((id) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")));
/** Vary dates and facts so that every line is a different fact set, as in a real batch. */
function factSet(i: number): string {
  const fs = structuredClone(base[i % base.length]);
  fs.id = `${fs.id}-${i}`;
  const year = 2000 + (i % 26);
  for (const inc of fs.incidents) { inc.start = `${year}-0${1 + (i % 9)}-01`; inc.end = `${year + 1}-0${1 + (i % 9)}-28`; }
  if (i % 7 === 0) fs.attack.systematic = null;
  return JSON.stringify(fs);
}
const lines: [number, string][] = Array.from({ length: COUNT }, (_, i) => [i + 1, factSet(i)]);

async function measure(workers: number) {
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  const r = await runBatch(lines, { lang: "en", evaluator: "native", workers, write: (d) => { bytes += typeof d === "string" ? Buffer.byteLength(d) : d.byteLength; } });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.failed) throw new Error(`${r.failed} lines failed`);
  return { workers, seconds: s, perSecond: COUNT / s, mb: bytes / 1e6 };
}

(async () => {
  await measure(1); // warm-up: JIT, rule loading
  const one = await measure(1);
  const many = await measure(WORKERS);
  for (const m of [one, many]) console.log(`${String(m.workers).padStart(2)} worker(s): ${COUNT} fact sets in ${m.seconds.toFixed(2)} s = ${m.perSecond.toFixed(0)} assessments/s (${(1e6 / m.perSecond).toFixed(0)} µs each; ${m.mb.toFixed(0)} MB of NDJSON)`);
  console.log(`speed-up with ${WORKERS} workers: ${(many.perSecond / one.perSecond).toFixed(2)}×`);
})().catch((e) => { console.error(e); process.exitCode = 1; });
