/** rome-assess validate FILE|-: the fact set's errors, each with its JSON Pointer, without assessing it. */
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { validateFactSet } from "../facts/validate";
import { InputError, Io } from "./io";

/** Where a JSON syntax error is, as line and column (1-based), from the parser's message or its end. */
export function syntaxPosition(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

export function registerValidate(program: Command, io: Io, setCode: (c: number) => void): void {
  program.command("validate")
    .description("Check a fact set against the schema and its own consistency, without assessing it: exit 0 and \"valid\" on stdout, or exit 2 with each error as `pointer: message` on stderr.")
    .argument("<file>", "the fact set: a JSON file, or - for standard input")
    .action((file: string) => {
      const name = file === "-" ? "standard input" : file;
      let text: string;
      try { text = file === "-" ? (io.stdin ? io.stdin() : readFileSync(0, "utf8")) : readFileSync(file, "utf8"); }
      catch (e) { throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
      let input: unknown;
      try { input = JSON.parse(text); }
      catch (e) {
        const msg = (e as Error).message;
        const { line, column } = syntaxPosition(text, msg);
        const shown = text.split("\n")[line - 1] ?? "";
        throw new InputError(`${name}:${line}:${column}: not valid JSON: ${msg}\n  ${shown}\n  ${" ".repeat(Math.max(0, column - 1))}^`);
      }
      const v = validateFactSet(input);
      if (v.ok) return io.out("valid\n");
      for (const e of v.errors) io.err(`${e.pointer || "/"}: ${e.message}\n`);
      setCode(2);
    });
}
