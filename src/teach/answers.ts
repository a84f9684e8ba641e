/**
 * A student's answers to a quiz, read the same way by `rome-assess quiz --answers` and by
 * POST /v1/scenarios/{id}/answers: either {"answers": {…}} or the bare map {"<question id>": …},
 * each answer one of its question's options. An answer that is not an option is refused with the
 * options (and the one it most likely meant), not graded wrong; answers none of which is a question
 * of this quiz are refused, not graded 0 out of 16 in silence.
 */
import Ajv2020 from "ajv/dist/2020";
import { escapeToken } from "../engine/path";
import { errorText, quoted } from "../facts/errorWords";
import { FactError, MAX_ERRORS, describe, nearest } from "../facts/validate";
import type { Lang } from "../i18n/format";
import type { Checked } from "./patch";
import type { Question } from "./quiz";

/** At most this many answers in one body, each at most this many characters. */
export const MAX_ANSWERS = 2000;
export const MAX_ANSWER_LENGTH = 40;

const answersMap = {
  type: "object",
  description: 'The answers, by question id: {"<question id>": "<answer>", …}. A question left out counts as unanswered.',
  maxProperties: MAX_ANSWERS,
  additionalProperties: { type: "string", maxLength: MAX_ANSWER_LENGTH },
} as const;

/** The body: wrapped or bare (one schema, published as is in the OpenAPI document). */
export const answersBodySchema = {
  description: `A student's answers, by question id (at most ${MAX_ANSWERS}, each one of its question's options): {"answers": {"<question id>": "<answer>", …}}, or the map alone. A question left out counts as unanswered.`,
  anyOf: [
    { type: "object", required: ["answers"], properties: { answers: answersMap }, additionalProperties: false },
    answersMap,
  ],
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateMap = ajv.compile<Record<string, string>>(answersMap);
const validateWrapped = ajv.compile<{ answers: Record<string, string> }>(answersBodySchema.anyOf[0]);

/** The answers of `body`, checked against `questions`; `quizRef` says where the questions are listed. */
export function readAnswers(body: unknown, questions: Question[], lang: Lang, quizRef: string): Checked<Record<string, string>> {
  // A body with "answers" is the wrapped form (no question of a quiz is called "answers").
  const wrapped = body !== null && typeof body === "object" && !Array.isArray(body) && "answers" in body;
  const check = wrapped ? validateWrapped : validateMap;
  if (!check(body)) return { ok: false, errors: (check.errors ?? []).map((e) => describe(e, lang)).slice(0, MAX_ERRORS) };
  const map: Record<string, string> = wrapped ? (body as { answers: Record<string, string> }).answers : (body as Record<string, string>);
  const prefix = wrapped ? "/answers" : "";
  // Nothing answered is not a score of 0: it is a body that says nothing.
  if (Object.keys(map).length === 0) return { ok: false, errors: [{ pointer: prefix, message: errorText(lang, "answers.none", { quiz: quizRef }) }] };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const ids = questions.map((q) => q.id);
  const errors: FactError[] = [];
  const given = Object.keys(map);
  for (const id of given) {
    const q = byId.get(id);
    if (!q) continue;
    const v = map[id]!;
    if (q.options.includes(v)) continue;
    const near = nearest(v.replace(/[\s-]+/g, "_"), q.options);
    errors.push({ pointer: `${prefix}/${escapeToken(id)}`, message: errorText(lang, "answers.notAnOption", { options: new Intl.ListFormat(lang, { type: "disjunction" }).format(q.options.map((o) => quoted(lang, o))) }) + (near ? errorText(lang, "schema.suggest", { near }) : "") });
  }
  if (given.length > 0 && !given.some((id) => byId.has(id))) {
    for (const id of given.slice(0, MAX_ERRORS - errors.length)) {
      const near = nearest(id, ids);
      errors.push({ pointer: `${prefix}/${escapeToken(id)}`, message: errorText(lang, "answers.noQuestion", { quiz: quizRef }) + (near ? errorText(lang, "schema.suggest", { near }) : "") });
    }
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, value: map };
}
