/**
 * rome-assess import SHEET.csv --mapping M: a fact set from a spreadsheet (src/import/);
 * rome-assess export FACTS.json: its assessment as a sheet, one row per incident (src/export/).
 */
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { assess } from "../assess/assess";
import { exportCsv } from "../export/exportCsv";
import { importCsv } from "../import/importCsv";
import { BUILT_IN_MAPPINGS, builtInMapping, isBuiltIn } from "../import/mapping";
import { delimiterOption } from "../import/sheet";
import { MAX_YEAR, MIN_YEAR, isCalendarDate } from "../dates";
import { InputError, Io, readInput, writeOutput } from "./io";

const delimiter = (v: string) => {
  const d = delimiterOption(v);
  if (d === undefined) throw new InputError(`--delimiter takes one character, such as ";" or "," (or tab); got ${JSON.stringify(v)}`);
  return d;
};

function readText(file: string, io: Io): string {
  try { return file === "-" ? (io.stdin ? io.stdin() : readFileSync(0, "utf8")) : readFileSync(file, "utf8"); }
  catch (e) { throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
}

export function registerImportExport(program: Command, io: Io, setCode: (c: number) => void): void {
  program.command("import")
    .description(`Build a fact set (JSON, on standard output) from a spreadsheet saved as CSV, one incident a row, as a mapping says which column holds which fact (docs/IMPORT.md). Exit 0 with the fact set; 2 with every bad cell on stderr by row and column.`)
    .argument("<file>", "the sheet: a CSV file (UTF-8, with or without a byte order mark; comma, semicolon or tab between cells), or - for standard input")
    .requiredOption("--mapping <file>", `the mapping: a JSON file, or the name of one that comes with the tool (${Object.keys(BUILT_IN_MAPPINGS).join(", ")})`)
    .option("--base <file>", "a fact set to add the incidents to: its attack, record and sources are kept, its incidents come first")
    .option("--delimiter <char>", "the character between cells (default: detected from the header row)", delimiter)
    .option("--out <file>", "write the fact set to a file instead of standard output")
    .option("--compact", "print the JSON on one line")
    .action((file: string, opts: { mapping: string; base?: string; delimiter?: string; out?: string; compact?: boolean }) => {
      const mapping = isBuiltIn(opts.mapping) ? builtInMapping(opts.mapping) : readInput(opts.mapping);
      const base = opts.base === undefined ? undefined : readInput(opts.base);
      const r = importCsv(readText(file, io), mapping, { ...(base !== undefined ? { base } : {}), ...(opts.delimiter ? { delimiter: opts.delimiter } : {}) });
      if (!r.ok) {
        for (const e of r.errors) io.err(`${e.message}\n`);
        io.err(`${r.errors.length === 1 ? "1 error" : `${r.errors.length} errors`}: no fact set was written\n`);
        return setCode(2);
      }
      const json = JSON.stringify(r.factSet, null, opts.compact ? 0 : 2) + "\n";
      if (opts.out) return writeOutput(opts.out, json);
      io.out(json);
    });

  program.command("export")
    .description("Assess a fact set and write one CSV row per incident, keyed by the incident's id: act, jurisdiction and its bases, trigger, Article 7, and the open questions (joined with \" | \"), to import back into your own records. Exit 0 on any assessment, 2 on invalid input.")
    .argument("<file>", "the fact set: a JSON file, or - for standard input")
    .option("--out <file>", "write the sheet to a file instead of standard output")
    .addOption(new Option("--lang <lang>", "the language of the open questions").choices(["en", "fr"]).default("en"))
    .option("--today <date>", "the assessment date to use when the fact set gives none (default: today)")
    .option("--delimiter <char>", "the character between cells (default: a comma)", delimiter)
    .option("--bom", "begin with a byte order mark, for older Excel")
    .action(async (file: string, opts: { out?: string; lang: "en" | "fr"; today?: string; delimiter?: string; bom?: boolean }) => {
      if (opts.today !== undefined && !isCalendarDate(opts.today)) throw new InputError(`--today: expected a date written YYYY-MM-DD, in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(opts.today)}`);
      const r = await assess(readInput(file, io.stdin), { lang: opts.lang, ...(opts.today ? { today: opts.today } : {}) });
      if (!r.ok) {
        for (const e of r.errors) io.err(`${e.pointer || "/"}: ${e.message}\n`);
        return setCode(2);
      }
      const csv = exportCsv(r.assessment, { ...(opts.delimiter ? { delimiter: opts.delimiter } : {}), bom: opts.bom === true });
      if (opts.out) return writeOutput(opts.out, csv);
      io.out(csv);
    });
}
