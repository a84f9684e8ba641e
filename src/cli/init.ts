/** rome-assess init: a fact set to start from, every fact of the acts asked present and unknown (null). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { projectRoot } from "../runtime";
import { InputError, Io, writeOutput } from "./io";

type Defs = Record<string, { properties?: Record<string, unknown> }>;

/** The acts of Art. 7(1), in the schema's order, each with its element names (schemas/acts.schema.json). */
export function actElements(root: string = projectRoot()): Map<string, string[]> {
  const acts = JSON.parse(readFileSync(join(root, "schemas/fact-set.schema.json"), "utf8")).$defs.act.enum as string[];
  const defs = JSON.parse(readFileSync(join(root, "schemas/acts.schema.json"), "utf8")).$defs as Defs;
  return new Map(acts.map((a) => [a, Object.keys(defs[a]?.properties ?? {})]));
}

/**
 * A starting fact set: one incident per act given. Every fact is written as null rather than left
 * out, so that the file shows what there is to answer; null and absent mean the same (unknown).
 * The schema forbids unknown keys, "$comment" included, so the guidance goes to stderr instead.
 */
export function starterFactSet(acts: string[], root: string = projectRoot()): Record<string, unknown> {
  const elements = actElements(root);
  const count = new Map<string, number>();
  const incidents = acts.map((act) => {
    const n = (count.get(act) ?? 0) + 1;
    count.set(act, n);
    const names = elements.get(act);
    if (!names) throw new InputError(`--act: no act "${act}"; the acts are ${[...elements.keys()].join(", ")}`);
    return {
      id: `${act}-${n}`, act, description: "",
      elements: Object.fromEntries(names.map((e) => [e, null])),
      partOfAttack: null, knowledgeOfAttack: null, start: null, end: null,
    };
  });
  return {
    factSetVersion: 1, id: "new-situation", title: "New situation",
    attack: { description: "", multipleActs: null, againstCivilianPopulation: null, policy: null, widespread: null, systematic: null, start: null, end: null },
    incidents, sources: [], evidence: {},
  };
}

export function registerInit(program: Command, io: Io): void {
  const acts = [...actElements().keys()];
  program.command("init")
    .description("Write a fact set to start from: the attack and one incident per --act, every fact null (unknown), valid as it stands; `rome-assess assess` on it lists the questions to answer. What each fact means: docs/FACTS.md.")
    .addOption(new Option("--act <act...>", "the act(s) of Art. 7(1), one incident each").choices(acts))
    .option("--out <file>", "write the fact set to a file (refused if it exists, unless --force) instead of standard output")
    .option("--force", "with --out, overwrite an existing file")
    .action((opts: { act?: string[]; out?: string; force?: boolean }) => {
      if (opts.out && !opts.force && existsSync(opts.out)) throw new InputError(`${opts.out} exists: pass --force to overwrite it`);
      const text = JSON.stringify(starterFactSet(opts.act ?? []), null, 2) + "\n";
      if (opts.out) writeOutput(opts.out, text); else io.out(text);
      const where = opts.out ?? "the fact set";
      io.err(`${opts.act?.length ? `${where}: every fact is null (unknown)` : `${where} has no incident yet: add --act <act>`}; what each fact means and the engine's questions: docs/FACTS.md\n`);
    });
}
