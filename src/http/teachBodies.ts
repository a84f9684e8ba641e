/**
 * The request body of a comparison (the answers are read by src/teach/answers.ts), checked by
 * JSON Schemas compiled once, and the RFC 6902 patch of a comparison applied. Every error names
 * the JSON Pointer of the field and says, in our own words, what was expected: no library
 * message reaches a reply.
 */
import Ajv2020 from "ajv/dist/2020";
import { MAX_ERRORS, describe } from "../facts/validate";
import type { Checked } from "../teach/patch";

export { patchFactSet } from "../teach/patch";
export type { Checked };

/** At most this many operations in a comparison's patch. */
export const MAX_PATCH_OPERATIONS = 1000;

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
const validateCompare = ajv.compile<{ before: object; after?: object; patch?: unknown[] }>(compareBodySchema);



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

