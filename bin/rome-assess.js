#!/usr/bin/env node
// Entry point: the command line is compiled from src/cli (npm ci runs `prepare`, which builds it).
require("../dist/src/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`internal error: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
