/**
 * Batch assessment of NDJSON: one fact set a line in, one result a line out, in input order.
 * A bad line is reported with its line number and the rest still processed. Large inputs are
 * spread over worker threads (one per core by default), each loading the rules once.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { BatchOptions, assessLine } from "./assessLine";

export interface RunOptions extends BatchOptions {
  workers?: number;
  /** Below this many lines, one thread is faster than starting workers. */
  threshold?: number;
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * The output, in input order: NDJSON text or UTF-8 bytes, one or more whole lines at a time.
   * A promise returned is waited for before more is written (a file stream's backpressure).
   */
  write: (data: string | Uint8Array) => void | Promise<void>;
  /** The assessment of the one-thread path (a test can give one that fails). */
  assess?: Parameters<typeof assessLine>[3];
}

export interface BatchSummary { ok: number; failed: number; bad: number[] }

export function splitLines(text: string): [number, string][] {
  return text.split(/\r?\n/).map((t, i) => [i + 1, t] as [number, string]).filter(([, t]) => t.trim() !== "");
}

export async function runBatch(lines: [number, string][], opts: RunOptions): Promise<BatchSummary> {
  const workers = Math.max(1, opts.workers ?? availableParallelism());
  const bad: number[] = [];
  if (workers === 1 || lines.length < (opts.threshold ?? 200)) {
    for (const [i, [n, text]] of lines.entries()) {
      const r = await assessLine(n, text, opts, opts.assess);
      if (!r.ok) bad.push(n);
      await opts.write(JSON.stringify(r) + "\n");
      opts.onProgress?.(i + 1, lines.length);
    }
    return { ok: lines.length - bad.length, failed: bad.length, bad };
  }

  const size = opts.chunkSize ?? 50;
  const chunks: [number, string][][] = [];
  for (let i = 0; i < lines.length; i += size) chunks.push(lines.slice(i, i + size));
  const ready = new Map<number, { bytes: Uint8Array; bad: number[] }>();
  let nextToWrite = 0, nextToSend = 0, done = 0;
  const data: BatchOptions = { lang: opts.lang, evaluator: opts.evaluator, ...(opts.today ? { today: opts.today } : {}) };
  const pool = Array.from({ length: Math.min(workers, chunks.length) }, () => new Worker(join(__dirname, "worker.js"), { workerData: data }));
  try {
    // While the output is draining, no new chunk is sent: what waits to be written stays bounded.
    let drained: Promise<void> = Promise.resolve();
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker) => {
        void drained.then(() => {
          if (nextToSend < chunks.length) { const id = nextToSend++; w.postMessage({ id, lines: chunks[id] }); }
        }, reject);
      };
      for (const w of pool) {
        w.on("error", reject);
        w.on("message", (m: { id: number; bytes: Uint8Array; count: number; bad: number[] }) => {
          ready.set(m.id, m);
          done += m.count;
          // Keep the worker busy first; write what is in order after.
          send(w);
          while (ready.has(nextToWrite)) {
            const r = ready.get(nextToWrite)!;
            bad.push(...r.bad);
            // Each write after the one before has drained, in order.
            drained = drained.then(() => opts.write(r.bytes));
            ready.delete(nextToWrite++);
          }
          opts.onProgress?.(done, lines.length);
          if (nextToWrite === chunks.length) drained.then(resolve, reject);
        });
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return { ok: lines.length - bad.length, failed: bad.length, bad };
}
