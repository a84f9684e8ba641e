/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by function and by source area
 * (the project's own folders, each npm package, node internals, GC, idle).
 * Usage: node dist/bench/profileSummary.js bench/profiles/FILE.cpuprofile [top N]
 */
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const file = process.argv[2];
if (!file) throw new Error("usage: profileSummary FILE.cpuprofile [topN]");
const top = Number(process.argv[3] ?? 25);
const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function area(url: string, fn: string): string {
  if (fn === "(idle)") return "(idle)";
  if (fn === "(garbage collector)") return "(garbage collector)";
  if (fn === "(program)") return "(program: native, not attributed)";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `npm:${nm[1]}`;
  const own = /\/dist\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(url) ?? /\/dist\/(src|bench)\//.exec(url);
  if (own) return own[1]!;
  if (url.startsWith("node:")) return url;
  if (url === "") return `(native: ${fn || "anonymous"})`;
  return url;
}

const fns = new Map<string, number>();
const areas = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const { functionName, url, lineNumber } = n.callFrame;
  const key = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(dist|node_modules)\//, "$1/")}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + t);
  const a = area(url, functionName);
  areas.set(a, (areas.get(a) ?? 0) + t);
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1)}%`;
const busy = total - (areas.get("(idle)") ?? 0);
console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy\n`);
console.log("self time by area (share of all samples)");
for (const [k, t] of [...areas].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
console.log(`\ntop ${top} functions by self time`);
for (const [k, t] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`  ${pct(t).padStart(6)}  ${k}`);
