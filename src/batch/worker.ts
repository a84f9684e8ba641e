/** A batch worker thread: loads the rules once, then assesses the chunks it is sent. */
import { parentPort, workerData } from "node:worker_threads";
import { BatchOptions, assessLine } from "./assessLine";

const opts = workerData as BatchOptions;
parentPort!.on("message", async (chunk: { id: number; lines: [number, string][] }) => {
  const results = [];
  for (const [n, text] of chunk.lines) results.push(JSON.stringify(await assessLine(n, text, opts)));
  parentPort!.postMessage({ id: chunk.id, results });
});
