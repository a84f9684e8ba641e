/**
 * The floor: a bare express 5 endpoint that parses the same JSON body and echoes it back.
 * Prints {"port": N} on stdout once listening; stops on SIGTERM.
 */
import express from "express";

const app = express();
app.disable("x-powered-by");
app.post("/echo", express.json({ limit: "1mb" }), (req, res) => {
  res.json(req.body);
});
const server = app.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(JSON.stringify({ port: typeof addr === "object" && addr ? addr.port : 0 }) + "\n");
});
process.once("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
