/**
 * POST /v1/compare as a job: the request body in (before and after, or before and an RFC 6902
 * patch), the reply's JSON or the problem out. Pure but for the assessments it asks for, so that
 * it runs in a worker thread with them (jobs.ts).
 */
import type { AssessResult } from "../assess/assess";
import type { Assessment } from "../assess/types";
import type { FactError } from "../facts/validate";
import { MAX_ERRORS } from "../facts/validate";
import type { Lang } from "../i18n/format";
import { compareAssessments } from "../teach/compare";
import { checkCompareBody, patchFactSet } from "./teachBodies";

export type CompareProblem = "invalidComparison" | "invalidFactSet" | "invalidPatch";
export type CompareOutcome =
  | { ok: true; body: Uint8Array }
  | { ok: false; problem: CompareProblem; detail: string; errors: FactError[] };

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
export const errorsDetail = (subject: string, errors: FactError[], where = "") =>
  `${subject} ${count(errors.length, "error")}${errors.length >= MAX_ERRORS ? ` (only the first ${MAX_ERRORS} are listed)` : ""}; each names the JSON Pointer of the field${where}.`;
const under = (prefix: string, errors: FactError[]) => errors.map((e) => ({ pointer: `${prefix}${e.pointer}`, message: e.message }));

const outcomesOf = (a: Assessment) => ({
  jurisdiction: a.jurisdiction.outcome,
  trigger: a.jurisdiction.trigger.outcome,
  crimesAgainstHumanity: a.crimesAgainstHumanity.outcome,
});

export async function compareJob(input: unknown, lang: Lang, assess: (factSet: unknown, lang: Lang) => Promise<AssessResult>): Promise<CompareOutcome> {
  const body = checkCompareBody(input);
  if (!body.ok) return { ok: false, problem: "invalidComparison", detail: errorsDetail("The request body has", body.errors), errors: body.errors };
  const { before } = body.value;
  const factsInvalid = (errors: FactError[]): CompareOutcome => ({ ok: false, problem: "invalidFactSet", detail: errorsDetail("The fact sets have", errors, ", under /before or /after"), errors });

  let after: object, a: Assessment, b: Assessment;
  if (body.value.patch !== undefined) {
    // The fact set first: a patch is only worth applying to a valid one.
    const rb = await assess(before, lang);
    if (!rb.ok) return factsInvalid(under("/before", rb.errors));
    const patched = patchFactSet(before, body.value.patch, lang);
    if (!patched.ok) return { ok: false, problem: "invalidPatch", detail: "The patch cannot be applied to the fact set given as before; the error names the operation that failed (/patch/<index>).", errors: patched.errors };
    const ra = await assess(patched.value, lang);
    if (!ra.ok) return factsInvalid(under("/after", ra.errors));
    after = patched.value as object;
    b = rb.assessment;
    a = ra.assessment;
  } else {
    after = body.value.after;
    const [rb, ra] = await Promise.all([assess(before, lang), assess(after, lang)]);
    if (!rb.ok || !ra.ok) return factsInvalid([...(rb.ok ? [] : under("/before", rb.errors)), ...(ra.ok ? [] : under("/after", ra.errors))]);
    b = rb.assessment;
    a = ra.assessment;
  }
  const c = compareAssessments(before, after, b, a);
  return {
    ok: true,
    body: new TextEncoder().encode(JSON.stringify({
      factChanges: c.factChanges,
      changes: c.changes,
      unchanged: c.unchanged,
      outcomes: { before: outcomesOf(b), after: outcomesOf(a) },
    })),
  };
}
