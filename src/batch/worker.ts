/**
 * A batch worker thread: loads the rules once, then assesses the chunks it is sent. Each chunk
 * goes back as one UTF-8 buffer of NDJSON lines, transferred (not copied) to the main thread,
 * with the numbers of the lines that could not be assessed.
 */
import { parentPort, workerData } from "node:worker_threads";
import { BatchOptions, assessLine } from "./assessLine";

const opts = workerData as BatchOptions;
const encoder = new TextEncoder();
parentPort!.on("message", async (chunk: { id: number; lines: [number, string][] }) => {
  let text = "";
  const bad: number[] = [];
  for (const [n, line] of chunk.lines) {
    const r = await assessLine(n, line, opts);
    if (!r.ok) bad.push(n);
    text += JSON.stringify(r) + "\n";
  }
  const bytes = encoder.encode(text);
  parentPort!.postMessage({ id: chunk.id, bytes, count: chunk.lines.length, bad }, [bytes.buffer]);
});
