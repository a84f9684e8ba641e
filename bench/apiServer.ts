/**
 * The real API server (src/http/server.ts, as `rome-assess serve` runs it, access log on) on
 * 127.0.0.1 and an ephemeral port. Prints {"port": N} on stdout once listening; SIGTERM stops it
 * gracefully (which also lets `node --cpu-prof` write its profile).
 */
import { startServer } from "../src/http/server";

startServer({ port: 0, host: "127.0.0.1", log: (line) => void process.stderr.write(line) }).then((s) => {
  process.stdout.write(JSON.stringify({ port: s.port }) + "\n");
  process.once("SIGTERM", () => void s.close());
}, (e: Error) => {
  process.stderr.write(`bench server: ${e.message}\n`);
  process.exitCode = 1;
});
