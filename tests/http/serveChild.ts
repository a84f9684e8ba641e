/**
 * A child process for the server tests: `rome-assess serve` as registerServe sets it up, on a
 * commander program of its own (so the tests do not depend on how src/cli/main.ts wires it).
 */
import { Command } from "commander";
import { registerServe } from "../../src/cli/serve";

const program = new Command().name("rome-assess").exitOverride();
registerServe(program, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
program.parseAsync(process.argv.slice(2), { from: "user" }).then(
  () => { process.exitCode = 0; },
  (e: Error & { exitCode?: number }) => {
    process.stderr.write(`error: ${e.message}\n`);
    process.exitCode = e.exitCode === undefined ? 1 : 2;
  },
);
