#!/usr/bin/env node
// Entry point: the command line is compiled from src/cli (npm ci runs `prepare`, which builds it).
// Anything that fails before the CLI can report it (a broken build, a bad schema) is still one
// line on stderr and exit 1, never a stack trace.
const fail = (err) => {
  process.stderr.write(`internal error: ${err && err.message ? err.message.split("\n")[0] : String(err)}\n`);
  process.exitCode = 1;
};
// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => { if (err && err.code === "EPIPE") process.exit(process.exitCode || 0); else fail(err); });
}
let cli;
try {
  cli = require("../dist/src/cli/main.js");
} catch (err) {
  fail(err);
}
if (cli) cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, fail);
