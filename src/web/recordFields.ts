/**
 * The record's fields the page has a control for: the dates of each referral, declaration,
 * deferral and of the Prosecutor's steps, and whether a resolution was adopted under Chapter VII.
 * Which are dates, and which of those the fact set requires, is the schema's word
 * (schemas/fact-set.schema.json): a required date cannot be emptied, an optional one left empty
 * is not known (or did not happen: the record is taken as complete, DESIGN.md).
 */
import factSetSchema from "../../schemas/fact-set.schema.json";

type Def = { required?: string[]; properties?: Record<string, { $ref?: string }> };
const DEFS = (factSetSchema as unknown as { $defs: Record<string, Def> }).$defs;

export interface RecordField { kind: "date" | "bool"; required: boolean; def: string; name: string }

/** Each field, by where it is: the entry's schema definition and the field's name. */
const FIELDS: { at: RegExp; def: string }[] = [
  { at: /^\/referrals\/states\/\d+\/(date|from|to)$/, def: "stateReferral" },
  { at: /^\/referrals\/securityCouncil\/\d+\/(date|from|to|chapterVII)$/, def: "securityCouncilReferral" },
  { at: /^\/referrals\/(?:states|securityCouncil)\/\d+\/scope\/(from|to)$/, def: "stepScope" },
  { at: /^\/proprioMotu\/(preliminaryExamination|requested|authorized|refused)$/, def: "proprioMotu" },
  { at: /^\/proprioMotu\/scope\/(from|to)$/, def: "stepScope" },
  { at: /^\/declarations\/\d+\/(lodged|from|to)$/, def: "declaration" },
  { at: /^\/deferrals\/\d+\/(from|to|chapterVII)$/, def: "deferral" },
];

/** The record field at a pointer, or undefined when the pointer is not one. */
export function recordField(pointer: string): RecordField | undefined {
  for (const f of FIELDS) {
    const m = f.at.exec(pointer);
    if (!m) continue;
    const name = m[1]!;
    const ref = DEFS[f.def]?.properties?.[name]?.$ref ?? "";
    return { kind: ref.endsWith("/fact") ? "bool" : "date", required: (DEFS[f.def]?.required ?? []).includes(name), def: f.def, name };
  }
  return undefined;
}

/** A date as its input shows it: the ISO date, or empty for one not known (absent or null). */
export const dateValue = (v: unknown): string => (typeof v === "string" ? v : "");
