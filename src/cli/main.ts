/**
 * The command line. Exit codes: 0 for any assessment whatever its outcome, 2 for invalid input
 * (each error on stderr with its JSON Pointer), 1 for an internal error.
 */
import { Command, CommanderError, Option } from "commander";
import { assess } from "../assess/assess";
import { renderMemo } from "../memo/renderMemo";
import { renderMemoDocx } from "../memo/renderDocx";
import { RuleLoadError } from "../engine/loadRules";
import { ruleCatalogue } from "../engine/catalogue";
import { explainAssessment } from "../assess/explainAssessment";
import type { FactSet } from "../facts/factSet.generated";
import { runtime } from "../runtime";
import { renderSummary } from "./summary";
import { InputError, Io, readInput, writeOutput } from "./io";
import { registerBatch } from "./batch";
import { registerImportExport } from "./importExport";
import { registerServe } from "./serve";
import { registerTeaching } from "./teach";
import { registerInit } from "./init";
import { registerValidate } from "./validate";
import { MAX_YEAR, MIN_YEAR, isCalendarDate } from "../dates";

export { InputError, readInput };


export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), bytes: (b) => process.stdout.write(b), tty: process.stdout.isTTY === true }): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("rome-assess")
    .description("Assess whether facts meet the elements of a crime against humanity (Rome Statute, art. 7) and whether the International Criminal Court could exercise jurisdiction. An assessment aid, not legal advice.")
    .version(runtimeVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();

  /** The options every assessing command shares. */
  const assessing = (cmd: Command) => cmd
    .argument("<file>", "the fact set: a JSON file, or - for standard input")
    .addOption(new Option("--engine <name>", "the evaluator: native (compiled) or reference (json-rules-engine)").choices(["native", "reference"]).default("native"))
    .addOption(new Option("--lang <lang>", "English or French, the Court's working languages").choices(["en", "fr"]).default("en"))
    .option("--today <date>", "the assessment date to use when the fact set gives none (default: today)");
  type Shared = { engine: "native" | "reference"; lang: "en" | "fr"; today?: string };
  /** Assess the file; on invalid input, print each error with its pointer and set exit status 2. */
  // The input too: the memo states the facts it was given (an assessment holds only the reasoning).
  let input: unknown;
  const assessFile = async (file: string, opts: Shared) => {
    input = readInput(file, io.stdin);
    if (opts.today !== undefined && !isCalendarDate(opts.today)) throw new InputError(`--today: expected a date written YYYY-MM-DD, in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(opts.today)}`);
    const result = await assess(input, { evaluator: opts.engine, lang: opts.lang, ...(opts.today ? { today: opts.today } : {}) });
    if (result.ok) return result.assessment;
    for (const e of result.errors) io.err(`${e.pointer || "/"}: ${e.message}\n`);
    code = 2;
    return null;
  };

  assessing(program.command("assess")
    .description("Print the assessment of a fact set: as JSON when the output is piped or with --json; in a terminal, a short summary (each question's outcome, the reason, the open questions). Exit 0 on any assessment, 2 on invalid input, 1 on an internal error."))
    .option("--json", "print the assessment as JSON, even in a terminal")
    .option("--explain", "with the JSON, give every trace its rule's title, provision, citations and sentences in --lang")
    .option("--compact", "print the JSON on one line")
    .action(async (file: string, opts: Shared & { compact?: boolean; json?: boolean; explain?: boolean }) => {
      const a = await assessFile(file, opts);
      if (!a) return;
      // A person at a terminal gets the summary; a program (a pipe, a file) gets the data.
      if (io.tty && !opts.json && !opts.explain && !opts.compact) return io.out(renderSummary(a, runtime()));
      io.out(JSON.stringify(opts.explain ? explainAssessment(a, runtime()) : a, null, opts.compact ? 0 : 2) + "\n");
    });

  assessing(program.command("memo")
    .description("Print the memo that explains the assessment of a fact set, provision by provision. Exit 0 on any assessment, 2 on invalid input, 1 on an internal error."))
    .addOption(new Option("--format <format>", "md: Markdown (CommonMark with footnotes); html: a standalone HTML page; docx: a Word document (to --out, or to standard output when it is not a terminal)").choices(["md", "html", "docx"]).default("md"))
    .option("--out <file>", "write the memo to a file instead of standard output")
    .action(async (file: string, opts: Shared & { format: "md" | "html" | "docx"; out?: string }) => {
      // Checked before any work: a Word document is not for a terminal to print.
      if (opts.format === "docx" && !opts.out && io.tty) throw new InputError("a Word document is binary and standard output is a terminal: pass --out memo.docx (or redirect standard output to a file)");
      const a = await assessFile(file, opts);
      if (!a) return;
      const options = { lang: opts.lang, factSet: input as FactSet };
      const memo = opts.format === "docx" ? await renderMemoDocx(a, options) : renderMemo(a, { ...options, format: opts.format });
      if (opts.out) return writeOutput(opts.out, memo);
      if (typeof memo === "string") return io.out(memo);
      if (!io.bytes) throw new Error("this output cannot take binary data");
      io.bytes(memo);
    });

  program.command("rules")
    .description("Print the rule catalogue (JSON): every rule's provision, citations, title, sentences and conditions in English and French — the words a lean assessment names by id (the same as GET /v1/rules)")
    .action(() => { const rt = runtime(); io.out(JSON.stringify(ruleCatalogue(rt.book, rt.root, rt.routes), null, 2) + "\n"); });

  registerTeaching(program, io, (c) => { code = c; });
  registerBatch(program, io, (c) => { code = c; });
  registerImportExport(program, io, (c) => { code = c; });
  registerServe(program, io);
  registerInit(program, io);
  registerValidate(program, io, (c) => { code = c; });

  if (argv.length === 0) argv = ["--help"];
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof InputError) { io.err(`${e.message}\n`); return 2; }
    if (e instanceof RuleLoadError) { io.err(`rules: ${e.message}\n`); return 1; }
    io.err(`internal error: ${(e as Error).message}\n`);
    return 1;
  }
  return code;
}

function runtimeVersion(): string {
  try { return runtime().version; } catch { return "unknown"; }
}
