/**
 * What the quiz pages show. The questions page: the facts as given and the questions, and no
 * outcome. The result page: the score and each answer graded by gradeAnswers (the grade of
 * POST /v1/scenarios/:id/answers), each miss with its rule, provision, citations, the facts it
 * read, and the smallest change of fact that would have given the student's answer (./flip.ts).
 */
import type { AssessFn } from "../http/jobs";
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import { Lang, stateNameIn } from "../i18n/format";
import { localize } from "../memo/strings";
import type { MemoStrings } from "../memo/strings";
import type { Runtime } from "../runtime";
import { conclusionsOf } from "../teach/conclusions";
import { gradeAnswers } from "../teach/quiz";
import type { Graded } from "../teach/quiz";
import { MAX_ANSWER_LENGTH } from "../teach/answers";
import { factRead } from "./factRead";
import { Control, factsPanel } from "./facts";
import { recordGroups } from "./record";
import { FLIPS_PER_SHEET, FlipBudget, flipBudget, flipCandidates, smallestFlip } from "./flip";
import { groupTitle, pageQuestions } from "./quizPrompts";
import type { WebStrings } from "./strings";
import { patchBetween } from "./urlState";

export interface QuizContext {
  rt: Runtime; s: WebStrings; ms: MemoStrings; lang: Lang;
  current: FactSet;
  /** The assessment of `current`, in `lang`. */
  assessment: Assessment;
  /** A link to a fact's control on the scenario page, with the facts given; none for a pasted fact set. */
  factHref?: (factSet: FactSet, pointer: string) => string;
}

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
const word = (s: WebStrings, v: string | null | undefined) => (v ? s.outcomes[v as keyof WebStrings["outcomes"]] ?? v : s.quizPage.noAnswer);

const controlsOf = (x: QuizContext) => factsPanel(x.current, x.current, new Set(), x.rt.book, x.s, x.lang);

/** The facts as given, read-only: each group's description and each fact's value in words. */
export function factsSummary(x: QuizContext) {
  const described = [
    ...(x.current.attacks ?? [x.current.attack ?? {}]).map((at) => (at as { description?: string }).description),
    ...(x.current.incidents ?? []).map((inc) => inc.description),
  ];
  const titles = [
    ...(x.current.attacks ? x.current.attacks.map((at) => groupTitle(`attack/${at.id}`, x.s)) : [x.s.theAttack]),
    ...(x.current.incidents ?? []).map((inc) => groupTitle(`incident/${inc.id}`, x.s)),
  ];
  const value = (f: Control) => f.date ? f.date.words : f.options.find((o) => o.checked)?.label ?? x.s.values.unknown;
  const facts = controlsOf(x).map((g, k) => ({
    title: titles[k] ?? g.title, description: described[k],
    facts: g.facts.map((f) => ({ label: f.label, pointer: f.pointer, value: value(f) })),
  }));
  // The record — referrals, declarations, the Prosecutor's steps, deferrals, and the Court's own
  // steps — is matter of record, not an outcome: the trigger and Art. 16 questions turn on it.
  const j = x.assessment.jurisdiction;
  const stateName = (code: string) => stateNameIn(code, x.lang, x.rt.ref.states.get(code)?.name);
  const record = recordGroups({ base: x.current, current: x.current, read: () => false, trigger: j.trigger, incidents: j.incidents, ref: x.rt.ref, s: x.s, lang: x.lang, stateName });
  return [...facts, ...record.map((g) => ({ title: g.title, details: g.details ?? [], facts: g.facts.map((f) => ({ label: f.label, pointer: f.pointer, value: value(f) })) }))];
}

/** The questions page's view: the questions in groups, no outcome. */
export function questionsView(x: QuizContext) {
  return { facts: factsSummary(x), factSetText: JSON.stringify(x.current, null, 2), groups: pageQuestions(x.assessment, x.rt, x.s, x.ms) };
}

/** The answers a form sends (fields q/<question id>); each field that is not one answer is named. */
export function answersFrom(body: Record<string, unknown>, s: WebStrings): { ok: true; answers: Record<string, string> } | { ok: false; errors: { field: string; message: string }[] } {
  const answers: Record<string, string> = {};
  const errors: { field: string; message: string }[] = [];
  for (const [field, v] of Object.entries(body)) {
    if (!field.startsWith("q/")) continue;
    if (typeof v !== "string" || v.length > MAX_ANSWER_LENGTH) errors.push({ field, message: fill(s.quizPage.badAnswer, { n: MAX_ANSWER_LENGTH }) });
    else if (v !== "") answers[field.slice(2)] = v;
  }
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, answers };
}

/** A graded answer's facts in words, each linked to its control where the page has one. */
function factsOf(g: Graded, x: QuizContext, controls: Map<string, Control>) {
  return (g.facts ?? []).map((f) => {
    return {
      ...factRead(f, x.s, x.ms, x.lang),
      ...(f.pointer && controls.has(f.pointer) && x.factHref ? { href: x.factHref(x.current, f.pointer) } : {}),
    };
  });
}

/** The result page's view: the score, and each question graded; each miss explained. */
export async function resultView(x: QuizContext, answers: Record<string, string>, assess: AssessFn, budget: FlipBudget = flipBudget()) {
  const grade = gradeAnswers(x.assessment, answers);
  const graded = new Map(grade.results.map((r) => [r.id, r]));
  const conclusions = new Map(conclusionsOf(x.assessment).map((c) => [c.key, c]));
  const controls = new Map(controlsOf(x).flatMap((g) => g.facts.map((f) => [f.pointer, f] as const)));
  const q = x.s.quizPage;
  const conclude = async (factSet: FactSet) => {
    const r = await assess(factSet, { lang: x.lang });
    return r.ok ? new Map(conclusionsOf(r.assessment).map((c) => [c.key, c.value])) : undefined;
  };
  const groups = [];
  for (const group of pageQuestions(x.assessment, x.rt, x.s, x.ms)) {
    const results = [];
    for (const question of group.questions) {
      const g = graded.get(question.id)!;
      results.push({
        id: question.id, prompt: question.prompt, correct: g.correct,
        badge: g.correct ? "✓" : "✗", verdict: g.correct ? q.right : q.wrong,
        answer: word(x.s, g.answer), expected: word(x.s, g.expected),
        ...(g.correct ? {} : { miss: await missOf(g, question.prompt, question.options.some((o) => o.value === g.answer)) }),
      });
    }
    groups.push({ title: group.title, results });
  }
  const percent = new Intl.NumberFormat(x.lang).format(grade.score.percent);
  return {
    grade,
    score: fill(q.score, { correct: grade.score.correct, total: grade.score.total, percent }),
    groups,
    ...(grade.unknownAnswers.length ? { unknownAnswers: fill(q.unknownAnswers, { n: grade.unknownAnswers.length }) } : {}),
  };

  async function missOf(g: Graded, prompt: string, searchable: boolean) {
    const rule = g.rule ? x.rt.book.byId.get(g.rule) : undefined;
    // The situation's outcomes are the incidents' summed up: said in the page's words, not conclusions.ts's English.
    const overall = g.id === "jurisdiction" || g.id === "crimesAgainstHumanity";
    const parts = g.id === "jurisdiction" ? x.assessment.jurisdiction.incidents : x.assessment.crimesAgainstHumanity.incidents;
    const base = {
      rule: rule ? (x.lang === "fr" && rule.fr ? rule.fr.title : rule.title) : prompt,
      ...(g.provision ? { provision: localize(g.provision, x.ms) } : {}),
      ...(g.citations?.length ? { citations: g.citations.map((c) => localize(c, x.ms)).join(x.ms.separator) } : {}),
      explanation: overall ? (g.id === "jurisdiction" ? q.overallJurisdiction : q.overallArticle7) : g.explanation,
      facts: overall ? parts.map((p) => ({ name: groupTitle(`incident/${p.id}`, x.s), holds: word(x.s, p.outcome) })) : factsOf(g, x, controls),
    };
    if (!searchable || !g.answer) return base;
    const candidates = flipCandidates(x.assessment, g.id, conclusions.get(g.id)?.trace, controls, x.rt.book, x.lang);
    if (!candidates.length) return { ...base, noFlip: q.noFlipFacts };
    const found = await smallestFlip(x.current, g.id, g.answer, candidates, conclude, budget);
    if (!found.flip) return { ...base, noFlip: found.skipped ? fill(q.flipSkipped, { n: FLIPS_PER_SHEET }) : fill(q.noFlip, { n: found.tried }) };
    const f = found.flip;
    return {
      ...base,
      flip: {
        text: fill(q.flip, { fact: f.name, value: f.label, answer: word(x.s, g.answer) }),
        ...(x.factHref ? { href: x.factHref(f.factSet, f.pointer) } : { patch: JSON.stringify(patchBetween(x.current, f.factSet)) }),
      },
    };
  }
}
