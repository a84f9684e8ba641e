/** rome-assess validate FILE|-: the fact set's errors, each with its JSON Pointer, without assessing it. */
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { jsonSyntaxError } from "../facts/jsonSyntax";
import { validateFactSet } from "../facts/validate";
import { InputError, Io } from "./io";

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
        // As compilers say it (file:line:column), the line and a caret under the column.
        const syntax = jsonSyntaxError(text);
        if (!syntax) throw new InputError(`${name} is not valid JSON: ${(e as Error).message}`);
        const shown = text.split("\n")[syntax.line - 1]?.replace(/\r$/, "") ?? "";
        throw new InputError(`${name}:${syntax.line}:${syntax.column}: not valid JSON: ${syntax.what}\n  ${shown}\n  ${" ".repeat(Math.max(0, syntax.column - 1))}^`);
      }
      const v = validateFactSet(input);
      if (v.ok) return io.out("valid\n");
      for (const e of v.errors) io.err(`${e.pointer || "/"}: ${e.message}\n`);
      setCode(2);
    });
}
