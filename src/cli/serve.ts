/**
 * `rome-assess serve [--port N] [--host ADDR] [--body-limit SIZE]`: the HTTP API. The port comes
 * from --port, else PORT, else 3000; the address from --host, else HOST, else 127.0.0.1 — this
 * machine only, since fact sets can be sensitive (HOST=0.0.0.0 serves every interface); the body
 * limit from --body-limit, else BODY_LIMIT, else 1 MiB. Assessments and memos run on --workers
 * worker threads (else WORKERS, else one per core; 0: on the event loop).
 * SIGTERM (or SIGINT) stops it gracefully: requests in flight finish, then it exits 0.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { parseByteSize } from "../http/app";
import { startServer } from "../http/server";
import { InputError } from "./io";

export interface ServeIo { out: (s: string) => void; err: (s: string) => void }

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return Number(value);
}

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 64) throw new InvalidArgumentError("a number of worker threads is a whole number from 0 to 64");
  return Number(value);
}

function parseLimit(value: string): number {
  try {
    return parseByteSize(/^\d+$/.test(value) ? Number(value) : value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

export function registerServe(program: Command, io: ServeIo): Command {
  return program
    .command("serve")
    .description("Serve the HTTP API (POST /v1/assessments, POST /v1/memos, GET /openapi.json, …). SIGTERM stops it after the requests in flight.")
    .addOption(new Option("--port <n>", "the port to listen on").env("PORT").argParser(parsePort).default(3000))
    .addOption(new Option("--host <address>", "the address to listen on (0.0.0.0 or :: for every interface)").env("HOST").default("127.0.0.1"))
    .addOption(new Option("--body-limit <size>", "the largest request body, in bytes or as 512kb, 1mb… (default: 1mb)").env("BODY_LIMIT").argParser(parseLimit))
    .addOption(new Option("--workers <n>", "worker threads that assess and render, so a large fact set does not hold up other requests (0: none; default: one per core)").env("WORKERS").argParser(parseWorkers))
    .option("--quiet", "no access log")
    .action(async (opts: { port: number; host?: string; bodyLimit?: number; workers?: number; quiet?: boolean }) => {
      const log = (line: string) => io.err(line);
      const s = await startServer({ port: opts.port, host: opts.host, ...(opts.bodyLimit ? { bodyLimit: opts.bodyLimit } : {}), ...(opts.workers !== undefined ? { workers: opts.workers } : {}), log: opts.quiet ? false : log }).catch((e: NodeJS.ErrnoException) => {
        // What a user meets first: a port another program holds, or an address this machine does not have.
        if (e.code === "EADDRINUSE") throw new InputError(`port ${opts.port} is in use on ${opts.host}: stop what holds it, or choose another port with --port or PORT (EADDRINUSE)`);
        if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") throw new InputError(`cannot listen on ${opts.host}: this machine has no such address; use --host or HOST (${e.code})`);
        if (e.code === "EACCES") throw new InputError(`port ${opts.port} needs privileges this user does not have; choose a port above 1023 (EACCES)`);
        throw e;
      });
      io.err(JSON.stringify({ time: new Date().toISOString(), msg: "listening", url: s.url, port: s.port }) + "\n");
      const stop = (signal: NodeJS.Signals) => {
        io.err(JSON.stringify({ time: new Date().toISOString(), msg: "stopping", signal }) + "\n");
        void s.close();
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
      await s.closed;
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      io.err(JSON.stringify({ time: new Date().toISOString(), msg: "stopped" }) + "\n");
    });
}
