/**
 * A worker thread of the job pool (jobPool.ts): loads the rules, reference data and templates
 * once, then runs the jobs it is sent (jobs.ts) one at a time. Bytes go back transferred, not
 * copied; a fault goes back as its error's name only (the facts never leave in a message).
 */
import { parentPort } from "node:worker_threads";
import { loadTemplates } from "../memo/renderMemo";
import { runtime } from "../runtime";
import { Jobs, localJobs } from "./jobs";

loadTemplates(runtime().root);
const jobs = localJobs();

export interface JobMessage { id: number; job: keyof Jobs; args: unknown[] }
export type JobReply = { id: number; value: unknown } | { id: number; fault: string };

parentPort!.on("message", async (m: JobMessage) => {
  try {
    const value = await (jobs[m.job] as (...args: unknown[]) => Promise<unknown>)(...m.args);
    const body = (value as { body?: unknown }).body;
    parentPort!.postMessage({ id: m.id, value } satisfies JobReply, body instanceof Uint8Array ? [body.buffer as ArrayBuffer] : []);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, fault: e instanceof Error ? e.name : typeof e } satisfies JobReply);
  }
});
parentPort!.postMessage({ ready: true });
