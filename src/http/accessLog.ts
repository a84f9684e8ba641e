/**
 * The access log: one JSON line per request — time, method, path (never the query string, never
 * the body, so never any fact), status, duration in milliseconds.
 */
import type { RequestHandler } from "express";

export type LogSink = (line: string) => void;

/** The path of a URL without its query string (which is never logged), at most 256 characters. */
export function pathOf(url: string): string {
  const q = url.indexOf("?");
  const p = q < 0 ? url : url.slice(0, q);
  return p.length > 256 ? p.slice(0, 256) + "…" : p;
}

export function accessLog(sink: LogSink): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    const url = req.originalUrl;
    res.once("close", () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      sink(JSON.stringify({
        time: new Date().toISOString(),
        method: req.method,
        path: pathOf(url),
        status: res.statusCode,
        ms: Math.round(ms * 1000) / 1000,
        ...(res.writableFinished ? {} : { aborted: true }),
      }) + "\n");
    });
    next();
  };
}
