/**
 * The quiz: a scenario's conclusions put as questions, and a student's answers graded against
 * the engine, each miss explained by the rule, its citation and the facts that decide it.
 */
import type { Assessment } from "../assess/types";
import { Conclusion, conclusionsOf } from "./conclusions";

export interface Question { id: string; prompt: string; options: string[] }
export interface Graded {
  id: string; prompt: string; answer: string | null; expected: string; correct: boolean;
  rule?: string; provision?: string; citations?: string[];
  explanation?: string;
  /** The facts that decide it: what each condition read, and whether it held. */
  facts?: { name: string; pointer?: string; value: unknown; outcome: string }[];
}
export interface Grade { score: { correct: number; total: number; percent: number }; results: Graded[]; unknownAnswers: string[] }

const OPTIONS: Record<string, string[]> = {
  jurisdiction: ["established", "not_established", "undetermined"],
  trigger: ["triggered", "not_triggered", "undetermined"],
  element: ["met", "not_met", "undetermined"],
};

/** Which conclusions are asked: the outcomes a student reasons to, not every candidate subject. */
function asked(c: Conclusion): keyof typeof OPTIONS | null {
  if (c.key === "jurisdiction" || /^incident\/[^/]+\/jurisdiction$/.test(c.key)) return "jurisdiction";
  if (c.key === "trigger") return "trigger";
  if (c.key === "crimesAgainstHumanity" || c.key === "contextual" || c.key.startsWith("contextual/")) return "element";
  if (/^incident\/[^/]+\/jurisdiction\/(art11-1|art12-preconditions)$/.test(c.key)) return "element";
  if (/^incident\/[^/]+\/article7(\/.*)?$/.test(c.key)) return "element";
  return null;
}

export function quizQuestions(a: Assessment): Question[] {
  return conclusionsOf(a).flatMap((c) => {
    const kind = asked(c);
    return kind ? [{ id: c.key, prompt: c.label, options: OPTIONS[kind]! }] : [];
  });
}

export function gradeAnswers(a: Assessment, answers: Record<string, unknown>): Grade {
  const conclusions = new Map(conclusionsOf(a).map((c) => [c.key, c]));
  const questions = quizQuestions(a);
  const results: Graded[] = questions.map((q) => {
    const c = conclusions.get(q.id)!;
    const given = answers[q.id];
    const answer = typeof given === "string" ? given : null;
    const correct = answer === c.value;
    const t = c.trace;
    return {
      id: q.id, prompt: q.prompt, answer, expected: c.value, correct,
      ...(t ? {
        rule: t.id, provision: t.provision, citations: t.citations, explanation: t.explanation,
        ...(correct ? {} : { facts: t.facts.map((f) => ({ name: f.name, ...(f.pointer ? { pointer: f.pointer } : {}), value: f.value, outcome: f.outcome })) }),
      } : {}),
    };
  });
  const correct = results.filter((r) => r.correct).length;
  return {
    score: { correct, total: results.length, percent: results.length ? Math.round((correct / results.length) * 1000) / 10 : 0 },
    results,
    unknownAnswers: Object.keys(answers).filter((k) => !questions.some((q) => q.id === k)),
  };
}
