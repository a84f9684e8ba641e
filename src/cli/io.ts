/** What the command line reads and writes, so that tests can run it in-process. */
import { readFileSync, writeFileSync } from "node:fs";
import { jsonSyntaxError } from "../facts/jsonSyntax";

export interface Io {
  out: (s: string) => void; err: (s: string) => void; stdin?: () => string;
  /** Binary output (a Word memo) on standard output. */
  bytes?: (b: Uint8Array) => void;
  /** Standard output is a terminal: a person is reading, not a program. */
  tty?: boolean;
}

/** Input the user can fix: exit status 2, one line on stderr, no stack trace. */
export class InputError extends Error {}

/** Write a file the user named (--out): a failure is theirs to fix, not an internal error. */
export function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readInput(file: string, stdin: () => string = () => readFileSync(0, "utf8")): unknown {
  let text: string;
  try {
    text = file === "-" ? stdin() : readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const name = file === "-" ? "standard input" : file;
    const syntax = jsonSyntaxError(text);
    throw new InputError(syntax ? syntax.message(name) : `${name} is not valid JSON: ${(e as Error).message}`);
  }
}
