/** rome-assess batch FILE.ndjson: one assessment a line, progress on stderr. */
import { createWriteStream, readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { runBatch, splitLines } from "../batch/runBatch";
import { InputError, Io } from "./io";
import { MAX_YEAR, MIN_YEAR, isCalendarDate } from "../dates";

export function registerBatch(program: Command, io: Io, setCode: (c: number) => void): void {
  program.command("batch").description("Assess many fact sets: NDJSON in (one fact set a line), NDJSON out (one result a line, in order: {line, ok, assessment | errors}). A bad line is reported with its number and the rest still processed; exit 2 if any line was bad.")
    .argument("<file>", "the NDJSON file, or - for standard input")
    .option("--out <file>", "write the results to a file instead of standard output")
    .option("--workers <n>", "worker threads (default: one per core)", (v) => { const n = Number(v); if (!Number.isInteger(n) || n < 1 || n > 64) throw new InputError("--workers takes a whole number from 1 to 64"); return n; })
    .addOption(new Option("--lang <lang>", "language of the explanations").choices(["en", "fr"]).default("en"))
    .addOption(new Option("--engine <name>", "the evaluator").choices(["native", "reference"]).default("native"))
    .option("--today <date>", "the assessment date for fact sets that give none")
    .option("--progress", "show the progress bar even when stderr is not a terminal")
    .option("--no-progress", "never show the progress bar")
    .action(async (file: string, opts: { out?: string; workers?: number; lang: "en" | "fr"; engine: "native" | "reference"; today?: string; progress?: boolean }) => {
      if (opts.today !== undefined && !isCalendarDate(opts.today)) throw new InputError(`--today: expected a date written YYYY-MM-DD, in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(opts.today)}`);
      let text: string;
      try { text = file === "-" ? (io.stdin ? io.stdin() : readFileSync(0, "utf8")) : readFileSync(file, "utf8"); }
      catch (e) { throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
      const lines = splitLines(text);
      const out = opts.out ? createWriteStream(opts.out) : null;
      // A file that cannot be written is the user's error, said once, not an unhandled 'error' event.
      let outError: Error | undefined;
      out?.on("error", (e) => { outError ??= e; });
      const showBar = opts.progress === true ? true : opts.progress === false ? false : process.stderr.isTTY === true;
      // cli-progress draws nothing on a stream that is not a terminal unless told to (noTTYOutput):
      // --progress asks for the bar there too, a line at a time.
      const bar = showBar ? new SingleBar({ stream: process.stderr, format: "{bar} {percentage}% | {value}/{total} fact sets | {eta_formatted} left", hideCursor: true, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 1000 }, Presets.shades_classic) : null;
      bar?.start(lines.length, 0);
      const { failed, bad } = await runBatch(lines, {
        lang: opts.lang, evaluator: opts.engine, ...(opts.today ? { today: opts.today } : {}), ...(opts.workers ? { workers: opts.workers } : {}),
        onProgress: (done) => bar?.update(done),
        write: (data) => {
          // A file stream's buffer is let drain before more is written (10,000 lines peaked near 670 MB without).
          if (out) return out.write(data) ? undefined : new Promise<void>((resolve, reject) => { out.once("drain", () => resolve()); out.once("error", reject); });
          else if (typeof data === "string") io.out(data);
          else io.out(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8"));
        },
      });
      bar?.stop();
      if (out && !outError) await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res()))).catch((e: Error) => { outError ??= e; });
      if (outError) throw new InputError(`cannot write ${opts.out}: ${(outError as NodeJS.ErrnoException).code ?? outError.message}`);
      if (failed) {
        io.err(`${failed} of ${lines.length} line(s) could not be assessed: line(s) ${bad.slice(0, 20).join(", ")}${bad.length > 20 ? ", …" : ""} (see their "errors")\n`);
        setCode(2);
      }
    });
}
