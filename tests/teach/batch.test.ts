/** Batch: one result a line, in order; bad lines reported with their numbers; workers give the same output. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import { runBatch, splitLines } from "../../src/batch/runBatch";
import { projectRoot } from "../../src/runtime";

const root = projectRoot();
const facts = ["darfur", "bangladesh-myanmar", "xinjiang"].map((id) => JSON.stringify(JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8"))));
const input = [facts[0], "{not json", "", facts[1], JSON.stringify({ factSetVersion: 2 }), facts[2]].join("\n");

async function collect(workers: number) {
  let text = "";
  const r = await runBatch(splitLines(input), { lang: "en", evaluator: "native", workers, threshold: 0, chunkSize: 1, write: (d) => { text += typeof d === "string" ? d : new TextDecoder().decode(d); } });
  return { ...r, out: text.trim().split("\n").map((l) => JSON.parse(l)) };
}

test("each line gives one result, in input order, bad lines reported with their line numbers", async () => {
  const r = await collect(1);
  assert.deepEqual(r.out.map((x) => [x.line, x.ok]), [[1, true], [2, false], [4, true], [5, false], [6, true]]);
  assert.match(r.out[1].errors[0].message, /^not valid JSON: column 2: /);
  assert.equal(r.out[3].errors[0].pointer, "/factSetVersion");
  assert.equal(r.out[4].assessment.jurisdiction.outcome, "not_established");
  assert.deepEqual([r.ok, r.failed, r.bad], [3, 2, [2, 5]]);
});
test("worker threads give exactly the same output", async () => {
  assert.deepEqual((await collect(2)).out, (await collect(1)).out);
});
test("the command line writes NDJSON and exits 2 when a line was bad", () => {
  const p = join(mkdtempSync(join(tmpdir(), "batch-")), "in.ndjson");
  writeFileSync(p, input);
  const r = spawnSync(process.execPath, [join(root, "bin/rome-assess.js"), "batch", p, "--no-progress"], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.equal(r.stdout.trim().split("\n").length, 5);
  assert.match(r.stderr, /2 of 5 line\(s\) could not be assessed: line\(s\) 2, 5/);
});

test("a line on which the engine fails is that line's error, and the batch goes on", async () => {
  let text = "";
  // The engine failing on one fact set (a fault no known input causes: that is what this guards).
  const failing = (async (input: unknown, options?: Parameters<typeof assess>[1]) => {
    if ((input as { title?: string }).title === "boom") throw new RangeError("the engine failed");
    return assess(input, options);
  }) as typeof assess;
  const lines = splitLines([facts[0], JSON.stringify({ factSetVersion: 1, title: "boom" }), facts[1]].join("\n"));
  const r = await runBatch(lines, { lang: "en", evaluator: "native", workers: 1, assess: failing, write: (d) => { text += String(d); } });
  const out = text.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(out.map((x) => [x.line, x.ok]), [[1, true], [2, false], [3, true]]);
  assert.match(out[1].errors[0].message, /internal error while assessing this line \(RangeError\); the other lines are not affected/);
  assert.doesNotMatch(JSON.stringify(out[1]), /the engine failed|at .*\.js/, "no internal message or stack");
  assert.deepEqual(r.bad, [2]);
});

for (const workers of [1, 2]) {
  test(`backpressure (${workers} thread${workers > 1 ? "s" : ""}): nothing more is written while a write is pending`, async () => {
    let pending = 0, most = 0, writes = 0;
    const lines = splitLines(Array.from({ length: 12 }, (_, i) => facts[i % 3]).join("\n"));
    await runBatch(lines, {
      lang: "en", evaluator: "native", workers, threshold: 0, chunkSize: 2,
      write: () => { writes++; pending++; most = Math.max(most, pending); return new Promise<void>((r) => setTimeout(() => { pending--; r(); }, 5)); },
    });
    assert.equal(most, 1, "at most one write outstanding");
    assert.equal(writes, workers === 1 ? 12 : 6);
  });
}

test("--progress draws the bar when standard error is not a terminal, as its help says; without it, nothing is drawn there", () => {
  const p = join(mkdtempSync(join(tmpdir(), "batch-")), "in.ndjson");
  writeFileSync(p, [facts[0], facts[1]].join("\n"));
  const bin = join(root, "bin/rome-assess.js");
  const drawn = spawnSync(process.execPath, [bin, "batch", p, "--progress", "--out", `${p}.out`], { encoding: "utf8" });
  assert.equal(drawn.status, 0, drawn.stderr);
  assert.match(drawn.stderr, /100% \| 2\/2 fact sets/);
  const quiet = spawnSync(process.execPath, [bin, "batch", p, "--out", `${p}.out2`], { encoding: "utf8" });
  assert.equal(quiet.stderr, "");
});
