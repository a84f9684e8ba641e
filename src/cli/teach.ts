/** Teaching commands: scenarios list|show|run, quiz, compare. */
import { createInterface } from "node:readline/promises";
import { Readable } from "node:stream";
import { Command, Option } from "commander";
import { assess } from "../assess/assess";
import type { Assessment } from "../assess/types";
import { runtime } from "../runtime";
import { compareAssessments } from "../teach/compare";
import { patchFactSet } from "../teach/patch";
import { readAnswers } from "../teach/answers";
import { gradeAnswers, quizQuestions } from "../teach/quiz";
import { Scenario, loadScenarios } from "../teach/scenarios";
import { InputError, Io, readInput } from "./io";
import { renderScenarioFacts } from "./scenarioFacts";

let library: Scenario[] | undefined;
const scenarios = () => (library ??= loadScenarios(runtime().root));
function scenario(id: string): Scenario {
  const s = scenarios().find((x) => x.id === id);
  if (!s) throw new InputError(`no scenario "${id}": rome-assess scenarios list shows them`);
  return s;
}

async function assessOrFail(input: unknown, what: string): Promise<Assessment> {
  const r = await assess(input);
  if (!r.ok) throw new InputError(`${what} is not a valid fact set:\n${r.errors.map((e) => `${e.pointer || "/"}: ${e.message}`).join("\n")}`);
  return r.assessment;
}

export function registerTeaching(program: Command, io: Io, setCode: (c: number) => void): void {
  const sc = program.command("scenarios").description("The teaching scenarios: real situations and classroom cases.");
  sc.command("list").description("List the scenarios.").option("--json", "print JSON").action((opts: { json?: boolean }) => {
    const list = scenarios().map((s) => ({ id: s.id, kind: s.kind, title: s.title }));
    if (opts.json) return io.out(JSON.stringify(list, null, 2) + "\n");
    const w = Math.max(...list.map((s) => s.id.length));
    for (const s of list) io.out(`${s.id.padEnd(w)}  ${s.kind.padEnd(9)}  ${s.title}\n`);
  });
  sc.command("show").description("Show a scenario: its facts, what the engine should conclude, and the teaching notes.").argument("<id>").option("--json", "print the scenario as JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      const s = scenario(id);
      if (opts.json) return io.out(JSON.stringify(s, null, 2) + "\n");
      const t = s.teaching;
      io.out(`${s.title}\n${"=".repeat(Math.min(s.title.length, 80))}\n${s.kind} scenario "${s.id}"\n\n${s.description}\n`);
      if (t) {
        io.out(`\nLearning objectives:\n${t.objectives.map((o) => `  - ${o}`).join("\n")}\n`);
        io.out(`\nQuestions for the class:\n${t.questions.map((q, i) => `  ${i + 1}. ${q}`).join("\n")}\n`);
        io.out(`\nLeading decision: ${t.leadingDecision}\n`);
        io.out(`\nWhat would change the answer:\n${t.whatIf.map((w) => `  - ${w.description}`).join("\n")}\n`);
      }
      // The facts themselves, each with its value and sources, as the rules read them.
      const a = await assessOrFail(s.factSet, `scenario ${id}`);
      io.out(renderScenarioFacts(a, s.factSet, `scenarios/${s.id}.json`, runtime()));
      io.out(`\nAssess it: rome-assess assess scenarios/${s.id}.json; quiz: rome-assess quiz ${s.id}\n`);
    });
  sc.command("run").description("Assess every scenario (or one) and check it against its expected outcome. Exit 1 if any differs.").argument("[id]")
    .action(async (id?: string) => {
      let failed = 0;
      for (const s of id ? [scenario(id)] : scenarios()) {
        const a = await assessOrFail(s.factSet, `scenario ${s.id}`);
        const e = s.expected as { jurisdiction?: string; trigger?: string };
        const ok = a.jurisdiction.outcome === e.jurisdiction && a.jurisdiction.trigger.outcome === e.trigger;
        if (!ok) failed++;
        io.out(`${ok ? "ok  " : "FAIL"}  ${s.id}: jurisdiction ${a.jurisdiction.outcome}, trigger ${a.jurisdiction.trigger.outcome}, Art. 7 ${a.crimesAgainstHumanity.outcome}${ok ? "" : ` (expected ${e.jurisdiction}, ${e.trigger})`}\n`);
      }
      if (failed) setCode(1);
    });

  program.command("quiz").description("Answer a scenario's questions — jurisdiction, trigger, each element — and have them graded against the engine, each miss explained. Interactive, or with --answers.")
    .argument("<id>", "the scenario (rome-assess scenarios list)")
    .option("--answers <file>", "the answers as JSON, {\"<question id>\": \"met\", …} or {\"answers\": {…}} as over HTTP, or - for standard input")
    .option("--questions", "print the questions (JSON) and stop")
    .option("--json", "print the grade as JSON")
    .action(async (id: string, opts: { answers?: string; questions?: boolean; json?: boolean }) => {
      const a = await assessOrFail(scenario(id).factSet, `scenario ${id}`);
      const questions = quizQuestions(a);
      if (opts.questions) return io.out(JSON.stringify(questions, null, 2) + "\n");
      let answers: Record<string, string>;
      if (opts.answers) {
        // The same reader as POST /v1/scenarios/{id}/answers: wrapped or bare, each an option.
        const read = readAnswers(readInput(opts.answers, io.stdin), questions, "en", `rome-assess quiz ${id} --questions`);
        if (!read.ok) throw new InputError(`the answers cannot be graded:\n${read.errors.map((e) => `  ${e.pointer || "(the answers)"}: ${e.message}`).join("\n")}`);
        answers = read.value;
      } else {
        answers = {};
        const input = io.stdin ? Readable.from([io.stdin()]) : process.stdin;
        const rl = createInterface({ input, output: process.stderr, terminal: false });
        const lines = rl[Symbol.asyncIterator]();
        asking: for (const [i, q] of questions.entries()) {
          io.err(`\n${i + 1}/${questions.length}. ${q.prompt}\n${q.options.map((o, k) => `   ${k + 1}) ${o}`).join("\n")}\n> `);
          // Not an option: asked again, not graded wrong. An empty line leaves it unanswered.
          for (;;) {
            const next = await lines.next();
            if (next.done) break asking;
            const v = String(next.value).trim();
            if (v === "") break;
            const answer = /^\d+$/.test(v) ? q.options[Number(v) - 1] : q.options.find((o) => o === v.replace(/[\s-]+/g, "_").toLowerCase());
            if (answer) { answers[q.id] = answer; break; }
            io.err(`"${v}" is not one of the answers: type 1 to ${q.options.length}, or ${q.options.join(", ")}; an empty line skips the question\n> `);
          }
        }
        rl.close();
      }
      const grade = gradeAnswers(a, answers);
      if (opts.json) return io.out(JSON.stringify(grade, null, 2) + "\n");
      for (const r of grade.results) {
        io.out(`${r.correct ? "✓" : "✗"} ${r.prompt}\n    your answer: ${r.answer ?? "(none)"}${r.correct ? "" : `; the engine: ${r.expected}`}\n`);
        if (!r.correct && r.explanation) {
          io.out(`    why: ${r.explanation}\n    rule: ${r.rule} (${r.provision}); ${r.citations?.join("; ")}\n`);
          for (const f of r.facts ?? []) io.out(`      - ${f.name}: ${f.outcome}${f.pointer ? ` [${f.pointer} = ${JSON.stringify(f.value)}]` : ""}\n`);
        }
      }
      io.out(`\nScore: ${grade.score.correct}/${grade.score.total} (${grade.score.percent}%)\n`);
      if (grade.unknownAnswers.length) io.err(`answers to unknown questions were ignored: ${grade.unknownAnswers.join(", ")}\n`);
    });

  program.command("compare").description("What if: assess two fact sets (or one and a JSON Patch) and list every conclusion that changed, and why.")
    .argument("<before>", "the first fact set (JSON file, or - for standard input)")
    .argument("[after]", "the second fact set")
    .addOption(new Option("--patch <file>", "an RFC 6902 JSON Patch to apply to <before> instead of a second fact set"))
    .option("--json", "print the comparison as JSON (with both assessments)")
    .action(async (beforeFile: string, afterFile: string | undefined, opts: { patch?: string; json?: boolean }) => {
      const before = readInput(beforeFile, io.stdin) as object;
      let after: object;
      // Both would leave one unused in silence; POST /v1/compare refuses both too.
      if (opts.patch && afterFile !== undefined) throw new InputError("give a second fact set or --patch FILE, not both: the patch would describe the change the second fact set already is");
      if (opts.patch) {
        const patch = readInput(opts.patch, io.stdin);
        if (!Array.isArray(patch)) throw new InputError("the patch must be a JSON array of RFC 6902 operations");
        const patched = patchFactSet(before, patch);
        if (!patched.ok) throw new InputError(`the patch cannot be applied:\n${patched.errors.map((e) => `${e.pointer}: ${e.message}`).join("\n")}`);
        after = patched.value as object;
      } else if (afterFile) after = readInput(afterFile, io.stdin) as object;
      else throw new InputError("give a second fact set, or --patch FILE");
      const c = compareAssessments(before, after, await assessOrFail(before, "the first fact set"), await assessOrFail(after, "the second fact set"));
      if (opts.json) return io.out(JSON.stringify(c, null, 2) + "\n");
      io.out(`Facts changed (${c.factChanges.length}):\n${c.factChanges.map((f) => `  ${f.op} ${f.pointer}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`).join("\n") || "  none"}\n\n`);
      io.out(`Conclusions changed (${c.changes.length}; ${c.unchanged} unchanged):\n`);
      for (const ch of c.changes) {
        io.out(`  ${ch.label}: ${ch.before ?? "—"} → ${ch.after ?? "—"}\n`);
        if (ch.why) io.out(`    why: ${ch.why}${ch.provision ? ` (${ch.provision})` : ""}\n`);
        if (ch.becauseOf.length) io.out(`    because of: ${ch.becauseOf.join(", ")}\n`);
      }
    });
}
