/**
 * A diagnostic, not a target: bare express 5 that parses the same JSON body and replies with the
 * assessment of that fact set computed once at start-up. Its distance from the echo is the cost
 * of moving a 40–70 KB reply; its distance from POST /v1/assessments is the engine's cost.
 * Prints {"port": N} on stdout once listening; stops on SIGTERM.
 */
import express from "express";
import { assess } from "../src/assess/assess";

async function main() {
  const replies = new Map<string, string>();
  for (const id of ["xinjiang", "bangladesh-myanmar"]) {
    const r = await assess(require(`../../scenarios/${id}.json`));
    if (!r.ok) throw new Error(`${id} is invalid`);
    replies.set(id, JSON.stringify(r.assessment));
  }
  const app = express();
  app.disable("x-powered-by");
  app.post("/canned", express.json({ limit: "1mb" }), (req, res) => {
    res.type("application/json").send(replies.get((req.body as { id: string }).id));
  });
  const server = app.listen(0, "127.0.0.1", () => {
    const addr = server.address();
    process.stdout.write(JSON.stringify({ port: typeof addr === "object" && addr ? addr.port : 0 }) + "\n");
  });
  process.once("SIGTERM", () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
void main();
