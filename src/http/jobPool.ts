/**
 * The jobs of jobs.ts on a pool of worker threads, for `serve`: a large fact set is assessed and
 * its memo rendered off the event loop, which stays free for /healthz and everyone else's
 * requests. Each worker runs one job at a time; jobs wait in a bounded queue, and past it the
 * request is told to retry (503). A job that runs past its time, or a worker that dies (out of
 * memory, say), costs that one request — its worker is replaced — never the process.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { Jobs, localJobs } from "./jobs";
import { MAX_ARRAY_ITEMS, MAX_DEPTH } from "../facts/validate";
import { MAX_PATCH_OPERATIONS } from "./teachBodies";
import type { JobMessage, JobReply } from "./jobWorker";

export interface PoolOptions {
  /** Worker threads (default: one per core, at least one). */
  size?: number;
  /** Jobs that may wait for a worker; past this a request gets 503 with Retry-After. */
  maxQueue?: number;
  /** How long one job may run before its worker is stopped and the request gets 503 (ms). */
  timeoutMs?: number;
  /** Each worker's heap (MB): a job past it ends that worker, not the server. */
  heapMb?: number;
}

/** Past every bound of a fact set (MAX_DEPTH, MAX_ARRAY_ITEMS) and of a comparison (its patch's MAX_PATCH_OPERATIONS). */
const DEPTH = 2 * MAX_DEPTH;
const ITEMS = Math.max(MAX_ARRAY_ITEMS, MAX_PATCH_OPERATIONS);

/** Whether `value` nests deeper, or holds a longer array, than any request a job accepts (iterative: it cannot overflow). */
export function beyondAnyRequest(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (depth > DEPTH) return true;
    const items = Array.isArray(v) ? v : Object.values(v as object);
    if (items.length > ITEMS) return true;
    for (const x of items) if (x !== null && typeof x === "object") stack.push([x, depth + 1]);
  }
  return false;
}

/** Why a job did not run: the app answers 503 for these (app.ts, the final error handler). */
export class JobRefused extends Error {
  override name = "JobRefused";
  constructor(readonly reason: "busy" | "timeout" | "stopped") {
    super(reason);
  }
}
/** The worker died (out of memory, a crash): a fault, answered with a 500. */
export class JobFault extends Error {
  override name = "JobFault";
}

interface Task { message: Omit<JobMessage, "id">; resolve(v: unknown): void; reject(e: Error): void }
interface Slot {
  worker: Worker;
  task?: Task & { id: number; timer: NodeJS.Timeout };
  /** Loaded and answering; false while it starts and once it is being stopped. */
  up: boolean;
}

export interface JobPool extends Jobs {
  readonly size: number;
  /** Resolves when every worker has loaded the rules; rejects if one cannot start. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export function createJobPool(options: PoolOptions = {}): JobPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const maxQueue = options.maxQueue ?? 64;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const heapMb = options.heapMb ?? 1024;
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;
  /** A worker could not start: no job would ever run, so each is refused at once rather than left waiting. */
  let broken = false;
  const starting: Promise<void>[] = [];

  const spawn = (index: number): Slot => {
    const worker = new Worker(join(__dirname, "jobWorker.js"), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.unref(); // an idle pool does not keep the process alive
    const slot: Slot = { worker, up: false };
    let wasUp = false;
    starting[index] = new Promise<void>((resolve, reject) => {
      worker.on("message", (m: JobReply | { ready: true }) => {
        if (!("id" in m)) {
          slot.up = wasUp = true;
          resolve();
          return next(slot);
        }
        const t = slot.task;
        if (!t || t.id !== m.id) return;
        clearTimeout(t.timer);
        slot.task = undefined;
        if ("fault" in m) t.reject(new JobFault(m.fault));
        else t.resolve(m.value);
        next(slot);
      });
      worker.on("error", () => undefined); // its exit follows, and says what to do
      worker.on("exit", () => {
        slot.up = false;
        const t = slot.task;
        slot.task = undefined;
        if (t) { clearTimeout(t.timer); t.reject(new JobFault("worker exited")); }
        if (!wasUp) {
          // It could not even start: another would not either. The jobs waiting are refused.
          broken = true;
          reject(new Error("a worker thread of the job pool could not start"));
          for (const q of queue.splice(0)) q.reject(new JobFault("no worker"));
          return;
        }
        if (!closed) slots[index] = spawn(index);
      });
    });
    starting[index]!.catch(() => undefined);
    return slot;
  };

  const next = (slot: Slot) => {
    if (slot.task || !slot.up || closed) return;
    const task = queue.shift();
    if (!task) return;
    const id = nextId++;
    const timer = setTimeout(() => {
      // Stopped, not awaited: its exit replaces it. Only this request is answered 503.
      slot.task = undefined;
      slot.up = false;
      task.reject(new JobRefused("timeout"));
      void slot.worker.terminate();
    }, timeoutMs);
    timer.unref();
    slot.task = { ...task, id, timer };
    try {
      slot.worker.postMessage({ id, ...task.message } satisfies JobMessage);
    } catch {
      // What cannot be copied to a worker is a fault of this code, for this request only.
      clearTimeout(timer);
      slot.task = undefined;
      task.reject(new JobFault("message could not be copied to a worker"));
      next(slot);
    }
  };

  const slots: Slot[] = Array.from({ length: size }, (_, i) => spawn(i));

  const local = localJobs();
  const run = <T>(job: keyof Jobs, args: unknown[]): Promise<T> => new Promise<T>((resolve, reject) => {
    if (closed) return reject(new JobRefused("stopped"));
    // Copying a message to a worker recurses once a level (a body nested thousands deep would
    // overflow this thread's stack) and costs a little per value (100,000 empty incidents: 50 ms).
    // No request the jobs accept goes past these bounds, and the guards that refuse such a body
    // do so at once (outOfBounds in src/facts/validate.ts; the patch's maxItems): made here.
    if (beyondAnyRequest(args)) return void (local[job] as (...a: unknown[]) => Promise<T>)(...args).then(resolve, reject);
    if (broken) return reject(new JobFault("no worker"));
    if (queue.length >= maxQueue) return reject(new JobRefused("busy"));
    queue.push({ message: { job, args }, resolve: resolve as (v: unknown) => void, reject });
    const idle = slots.find((s) => s.up && !s.task);
    if (idle) next(idle);
  });

  return {
    size,
    ready: Promise.all(starting).then(() => undefined),
    assess: (input, opts) => run("assess", [input, opts]),
    assessment: (input, opts) => run("assessment", [input, opts]),
    memo: (input, opts) => run("memo", [input, opts]),
    compare: (body, lang) => run("compare", [body, lang]),
    async close() {
      closed = true;
      for (const t of queue.splice(0)) t.reject(new JobRefused("stopped"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
