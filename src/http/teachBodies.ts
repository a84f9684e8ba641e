/**
 * The request bodies of the teaching routes — a student's answers, a comparison — checked by
 * JSON Schemas compiled once, and the RFC 6902 patch of a comparison applied. Every error names
 * the JSON Pointer of the field and says, in our own words, what was expected: no library
 * message reaches a reply.
 */
import Ajv2020 from "ajv/dist/2020";
import { MAX_ERRORS, describe } from "../facts/validate";
import type { Checked } from "../teach/patch";

export { patchFactSet } from "../teach/patch";
export type { Checked };

/** At most this many answers in one body, each at most this many characters. */
export const MAX_ANSWERS = 2000;
export const MAX_ANSWER_LENGTH = 40;
/** At most this many operations in a comparison's patch. */
export const MAX_PATCH_OPERATIONS = 1000;

export const answersBodySchema = {
  type: "object",
  required: ["answers"],
  properties: {
    answers: {
      type: "object",
      description: 'The answers, by question id: {"<question id>": "<answer>", …}. A question left out counts as unanswered.',
      maxProperties: MAX_ANSWERS,
      additionalProperties: { type: "string", maxLength: MAX_ANSWER_LENGTH },
    },
  },
  additionalProperties: false,
} as const;

/** The shape of a comparison; that it has exactly one of after and patch is checked after. */
export const compareBodySchema = {
  type: "object",
  required: ["before"],
  properties: {
    before: { type: "object" },
    after: { type: "object" },
    patch: { type: "array", maxItems: MAX_PATCH_OPERATIONS },
  },
  additionalProperties: false,
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateAnswers = ajv.compile<{ answers: Record<string, string> }>(answersBodySchema);
const validateCompare = ajv.compile<{ before: object; after?: object; patch?: unknown[] }>(compareBodySchema);



export function checkAnswersBody(body: unknown): Checked<{ answers: Record<string, string> }> {
  if (validateAnswers(body)) return { ok: true, value: body };
  return { ok: false, errors: (validateAnswers.errors ?? []).map((e) => describe(e)).slice(0, MAX_ERRORS) };
}

export type CompareBody = { before: object; after: object; patch?: undefined } | { before: object; patch: unknown[]; after?: undefined };

export function checkCompareBody(body: unknown): Checked<CompareBody> {
  if (!validateCompare(body)) return { ok: false, errors: (validateCompare.errors ?? []).map((e) => describe(e)).slice(0, MAX_ERRORS) };
  const hasAfter = body.after !== undefined, hasPatch = body.patch !== undefined;
  if (hasAfter && hasPatch) {
    return { ok: false, errors: [
      { pointer: "/after", message: "give either after (a second fact set) or patch (operations on before), not both" },
      { pointer: "/patch", message: "give either after (a second fact set) or patch (operations on before), not both" },
    ] };
  }
  if (!hasAfter && !hasPatch) return { ok: false, errors: [{ pointer: "/after", message: "is required but missing (or give patch: RFC 6902 operations on before)" }] };
  return { ok: true, value: body as CompareBody };
}

