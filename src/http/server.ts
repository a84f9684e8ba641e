/**
 * Runs the app on a port, and stops it gracefully: no new connections, requests in flight
 * finish, idle keep-alive connections are closed, then the server closes. A request that
 * arrives on a kept-alive connection while stopping is answered with Connection: close.
 */
import { AddressInfo } from "node:net";
import { STATUS_CODES, Server, ServerResponse, createServer } from "node:http";
import { AppOptions, createApp } from "./app";
import { JobPool, createJobPool } from "./jobPool";
import { PROBLEMS, ProblemSpec, problemOf } from "./problem";

export interface ServerOptions extends AppOptions {
  port?: number;
  host?: string;
  /** How long to wait for requests in flight before closing their connections (ms). */
  graceMs?: number;
  /** How long a client may take to send its headers, and its whole request (ms; 10 s and 30 s). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /**
   * Worker threads for the work that grows with the fact set (jobPool.ts): default one per core;
   * 0 runs it on the event loop, as createApp alone does.
   */
  workers?: number;
  /** How long one assessment or memo may run before it is stopped with a 503 (ms; 60 s). */
  jobTimeoutMs?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** Stop gracefully; resolves once every connection is closed. */
  close(): Promise<void>;
  /** Resolves when the server has closed, whoever closed it. */
  closed: Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const pool: JobPool | undefined = options.jobs || options.workers === 0 ? undefined : createJobPool({ size: options.workers, timeoutMs: options.jobTimeoutMs });
  // The workers load the rules before the port opens: the first request waits for nothing.
  if (pool) await pool.ready;
  const app = createApp(pool ? { ...options, jobs: pool } : options);
  let stopping = false;
  // Responses not yet sent: when stopping, each is told to close its connection.
  const pending = new Set<ServerResponse>();
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  // Node checks those timeouts every connectionsCheckingInterval (30 s by default), which would let
  // a slow client hold a socket up to 30 s past them: check at a tenth of the shorter, 1 s at most.
  const server = createServer({ connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(Math.min(headersTimeout, requestTimeout) / 10))) }, (req, res) => {
    if (stopping) res.setHeader("Connection", "close");
    else {
      pending.add(res);
      res.once("close", () => pending.delete(res));
    }
    app(req, res);
  });
  // A slow client may not hold a socket for node's default 300 s: ten seconds for the headers,
  // thirty for the whole request (a 1 MiB body at dial-up speed still arrives in that).
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
  // A request that is not even valid HTTP still gets a problem, not node's bare reply.
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === "ECONNRESET") return void socket.destroy();
    const spec: ProblemSpec = err.code === "HPE_HEADER_OVERFLOW" ? { slug: "headers-too-large", title: "Request header fields too large", status: 431 }
      : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? { slug: "request-timeout", title: "Request timeout", status: 408 }
      : PROBLEMS.badRequest;
    const body = JSON.stringify(problemOf(spec, spec.status === 400 ? "The request is not valid HTTP/1.1." : spec.title + "."));
    socket.end(`HTTP/1.1 ${spec.status} ${STATUS_CODES[spec.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  // Once every connection is closed, no request needs a worker.
  const closed = new Promise<void>((resolve) => server.once("close", () => void (pool?.close() ?? Promise.resolve()).then(() => resolve())));
  await new Promise<void>((resolve, reject) => {
    const failed = (e: Error) => void (pool?.close() ?? Promise.resolve()).then(() => reject(e));
    server.once("error", failed);
    server.listen(options.port ?? 3000, options.host, () => {
      server.off("error", failed);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= new Promise<void>((resolve) => {
    stopping = true;
    for (const res of pending) if (!res.headersSent) res.setHeader("Connection", "close");
    server.close(() => resolve());
    // Connections become idle as their requests finish: close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    sweep.unref();
    const hard = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
    hard.unref();
    server.once("close", () => { clearInterval(sweep); clearTimeout(hard); });
    server.closeIdleConnections();
  }));

  return { server, port: addr.port, url: `http://${host}:${addr.port}`, close, closed };
}
