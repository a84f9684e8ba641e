/**
 * Validates a fact set: the JSON Schema (compiled once), then what a schema cannot say — dates that
 * exist on the calendar, periods that end after they start, State codes that exist, unique ids,
 * references that point at something. Every error names the JSON Pointer of the field, what was
 * wrong and what was expected. Nothing is coerced or defaulted: a wrong fact is rejected.
 */
import Ajv2020, { ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import countries from "i18n-iso-countries";
import factSetSchema from "../../schemas/fact-set.schema.json";
import actsSchema from "../../schemas/acts.schema.json";
import { escapeToken, readPointer } from "../engine/path";
import { attackErrors } from "./attacks";
import type { FactSet } from "./factSet.generated";
import { MAX_YEAR, MIN_YEAR } from "../dates";

export interface FactError { pointer: string; message: string }
export type Validation = { ok: true; factSet: FactSet } | { ok: false; errors: FactError[] };

/** At most this many errors are reported: a huge bad document cannot make a huge reply. */
export const MAX_ERRORS = 100;

// strictSchema catches typos in the schema; strictTypes is off because `if`/`then` branches refine a
// property of an object whose type the enclosing schema already states.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true });
addFormats(ajv, ["date"]);
const ALPHA3 = new Set(Object.keys(countries.getAlpha3Codes()));
// A State code must name a State that exists (ISO 3166-1 alpha-3; Palestine: PSE).
ajv.addFormat("iso3166-alpha3", { type: "string", validate: (s: string) => ALPHA3.has(s) });
ajv.addSchema(actsSchema);
const validateSchema = ajv.compile<FactSet>(factSetSchema);

export { factSetSchema, actsSchema };

/** One ajv error in words a user can act on, at the JSON Pointer of the field. */
export function describe(e: ErrorObject): FactError {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { pointer: `${e.instancePath}/${escapeToken(String(p.missingProperty))}`, message: "is required but missing" };
    case "additionalProperties": {
      const fields = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const near = nearest(String(p.additionalProperty), fields);
      return { pointer: `${e.instancePath}/${escapeToken(String(p.additionalProperty))}`, message: near ? `is not a field of this object; did you mean "${near}"?` : "is not a field of this object (check the spelling; see the schema)" };
    }
    case "enum": {
      const allowed = p.allowedValues as unknown[];
      const near = typeof e.data === "string" ? nearest(e.data, allowed.filter((v): v is string => typeof v === "string")) : undefined;
      return { pointer: e.instancePath, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}${near ? `; did you mean "${near}"?` : ""}` };
    }
    case "const":
      return { pointer: e.instancePath, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case "type":
      return { pointer: e.instancePath, message: `must be of type ${String(p.type).replace(",", " or ")}` };
    case "format":
      return p.format === "iso3166-alpha3"
        ? { pointer: e.instancePath, message: `"${String(e.data)}" is not an ISO 3166-1 alpha-3 code of any State (such as BGD, or PSE for Palestine)` }
        : { pointer: e.instancePath, message: "must be a real calendar date, YYYY-MM-DD" };
    case "pattern": {
      const upper = typeof e.data === "string" ? e.data.toUpperCase() : "";
      const hint = e.schemaPath.includes("/state/") && ALPHA3.has(upper) ? `; did you mean "${upper}"?` : "";
      return { pointer: e.instancePath, message: patternMessage(e.schemaPath) + hint };
    }
    case "maxLength":
      return { pointer: e.instancePath, message: `must be at most ${String(p.limit)} characters long` };
    case "maxProperties":
      return { pointer: e.instancePath, message: `must have at most ${String(p.limit)} entries` };
    case "maxItems":
      return { pointer: e.instancePath, message: `must have at most ${String(p.limit)} items` };
    case "minItems":
      return { pointer: e.instancePath, message: `must have at least ${String(p.limit)} item(s)` };
    case "not":
      if (e.schemaPath === "#/dependentSchemas/attacks/not") {
        return { pointer: "/attack", message: "cannot be given together with `attacks`; expected one or the other: move this attack into `attacks` with an id (and name it in each incident's `attack`), or remove `attacks`" };
      }
      return { pointer: e.instancePath, message: e.message ?? "is invalid" };
    default:
      return { pointer: e.instancePath, message: e.message ?? "is invalid" };
  }
}

function patternMessage(schemaPath: string): string {
  if (schemaPath.includes("/calendarDate/")) return `must be a date written YYYY-MM-DD, in the years ${MIN_YEAR} to ${MAX_YEAR}`;
  if (schemaPath.includes("/state/")) return "must be an ISO 3166-1 alpha-3 code in capitals, such as BGD or PSE";
  return "is not in the expected form (see the fact-set schema)";
}

/**
 * The allowed word a mistyped one most likely meant: the same but for case, or within two edits
 * (and less than half its length) of exactly one candidate, so that a suggestion is never a guess
 * between two.
 */
export function nearest(word: string, candidates: string[]): string | undefined {
  if (word.length > 60) return undefined;
  const same = candidates.filter((c) => c.toLowerCase() === word.toLowerCase());
  if (same.length === 1) return same[0];
  const close = candidates.filter((c) => { const d = editDistance(word.toLowerCase(), c.toLowerCase()); return d <= 2 && d * 2 < c.length; });
  return close.length === 1 ? close[0] : undefined;
}

/** Levenshtein distance (both strings are short: field names and enum values). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Ajv reports one failing branch per alternative; keep the errors a user can act on. */
function useful(errors: ErrorObject[]): ErrorObject[] {
  const at = (e: ErrorObject, keyword: string) => errors.some((x) => x !== e && x.instancePath === e.instancePath && x.keyword === keyword);
  const out = errors.filter((e) => e.keyword !== "if" && e.keyword !== "oneOf" && e.keyword !== "anyOf")
    // A nullable date (or fact) that is neither: its failed "null" branch says nothing the other branch's error does not.
    .filter((e) => !(e.keyword === "type" && (e.params as { type?: unknown }).type === "null" && errors.some((x) => x !== e && x.instancePath === e.instancePath && x.keyword !== "type" && !["oneOf", "anyOf", "if"].includes(x.keyword))))
    // A date not written YYYY-MM-DD, or a State code not in capitals, is said so once: the second check adds nothing.
    .filter((e) => !(e.keyword === "format" && ["date", "iso3166-alpha3"].includes(String((e.params as { format?: unknown }).format)) && at(e, "pattern")));
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function semanticErrors(fs: FactSet): FactError[] {
  const errors: FactError[] = [];
  const ordered = (from: string | null | undefined, to: string | null | undefined, pointer: string, what: string) => {
    if (from && to && to < from) errors.push({ pointer, message: `${what} (${to}) is before its start (${from})` });
  };
  const incidentIds = new Set<string>();
  (fs.incidents ?? []).forEach((inc, i) => {
    const base = `/incidents/${i}`;
    if (incidentIds.has(inc.id)) errors.push({ pointer: `${base}/id`, message: `duplicate incident id "${inc.id}"` });
    incidentIds.add(inc.id);
    ordered(inc.start, inc.end, `${base}/end`, "the end of the conduct");
    const perpIds = new Set<string>();
    (inc.perpetrators ?? []).forEach((p, k) => {
      if (perpIds.has(p.id)) errors.push({ pointer: `${base}/perpetrators/${k}/id`, message: `duplicate perpetrator id "${p.id}" in this incident` });
      perpIds.add(p.id);
    });
  });
  (fs.incidents ?? []).forEach((inc, i) => {
    (inc.connectedTo ?? []).forEach((c, k) => {
      if ("incident" in c && !incidentIds.has(c.incident)) errors.push({ pointer: `/incidents/${i}/connectedTo/${k}/incident`, message: `no incident with id "${c.incident}" in this fact set` });
      if ("incident" in c && c.incident === inc.id) errors.push({ pointer: `/incidents/${i}/connectedTo/${k}/incident`, message: "an incident cannot be connected to itself" });
    });
  });
  // A step's scope is given once: as `scope`, or (the older shorthand) as top-level fields.
  const oneScope = (step: object, at: string, shorthand: string[]) => {
    const r = step as Record<string, unknown>;
    const both = shorthand.filter((k) => r[k] !== undefined);
    if (r.scope !== undefined && both.length) errors.push({ pointer: `${at}/${both[0]}`, message: `give the scope once: either \`scope\` or ${shorthand.map((k) => `\`${k}\``).join(", ")}; move "${both[0]}" into ${at}/scope` });
  };
  const scopeOrdered = (sc: { from?: string | null; to?: string | null } | undefined, at: string) => ordered(sc?.from, sc?.to, `${at}/scope/to`, "the end of the scope");
  (fs.referrals?.states ?? []).forEach((r, i) => {
    ordered(r.from, r.to, `/referrals/states/${i}/to`, "the end of the referred situation");
    oneScope(r, `/referrals/states/${i}`, ["from", "to"]);
    scopeOrdered(r.scope, `/referrals/states/${i}`);
  });
  (fs.referrals?.securityCouncil ?? []).forEach((r, i) => {
    ordered(r.from, r.to, `/referrals/securityCouncil/${i}/to`, "the end of the referred situation");
    oneScope(r, `/referrals/securityCouncil/${i}`, ["territories", "from", "to"]);
    scopeOrdered(r.scope, `/referrals/securityCouncil/${i}`);
  });
  scopeOrdered(fs.proprioMotu?.scope, "/proprioMotu");
  (fs.declarations ?? []).forEach((d, i) => {
    ordered(d.from, d.to, `/declarations/${i}/to`, "the end of the accepted period");
  });
  (fs.deferrals ?? []).forEach((d, i) => ordered(d.from, d.to, `/deferrals/${i}/to`, "the end of the deferral"));
  const pm = fs.proprioMotu;
  if (pm) {
    ordered(pm.preliminaryExamination, pm.requested, "/proprioMotu/requested", "the request");
    ordered(pm.requested, pm.authorized, "/proprioMotu/authorized", "the authorization");
  }
  errors.push(...attackErrors(fs));
  const sourceIds = new Set<string>();
  (fs.sources ?? []).forEach((s, i) => {
    if (sourceIds.has(s.id)) errors.push({ pointer: `/sources/${i}/id`, message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
  });
  for (const [pointer, ids] of Object.entries(fs.evidence ?? {})) {
    const at = `/evidence/${escapeToken(pointer)}`;
    if (pointer === "" || readPointer(fs, pointer) === undefined) errors.push({ pointer: at, message: `"${pointer}" does not point at a fact in this fact set` });
    ids.forEach((id, k) => {
      if (!sourceIds.has(id)) errors.push({ pointer: `${at}/${k}`, message: `no source with id "${id}" in /sources` });
    });
  }
  return errors;
}

/**
 * The schema's own bounds, checked before the schema: the largest array it allows anywhere
 * (sources: 500) and how deep a fact set goes. With every error collected, the schema validator
 * would otherwise walk each of 100,000 items of an array it refuses at its length (65 s for a
 * 300 KB body): this walk is linear and stops at the first array or nesting past the bound.
 */
export const MAX_ARRAY_ITEMS = 500;
export const MAX_DEPTH = 12;
function outOfBounds(input: unknown): FactError | null {
  const stack: [unknown, string, number][] = [[input, "", 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > MAX_DEPTH) return { pointer: at, message: `nests deeper than a fact set goes (${MAX_DEPTH} levels)` };
    if (Array.isArray(v)) {
      if (v.length > MAX_ARRAY_ITEMS) return { pointer: at, message: `must have at most ${MAX_ARRAY_ITEMS} items (it has ${v.length}); see the fact-set schema for this field's own limit` };
      v.forEach((x, k) => stack.push([x, `${at}/${k}`, depth + 1]));
    } else {
      for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, depth + 1]);
    }
  }
  return null;
}

/**
 * The work a fact set asks for grows with its incidents' territories and with their perpetrators
 * and nationalities (each is a subject of Arts. 12(2)(a), 12(2)(b) and 26, evaluated against every
 * step of the record). Each is bounded by the schema, but not their product: 200 incidents of 50
 * perpetrators of 10 nationalities fit in 1 MiB and took minutes to assess into 141 MB. The real
 * scenarios need 15 at most; 2,000 leaves room for any situation written by hand.
 */
export const MAX_SUBJECTS = 2000;
function overBudget(fs: FactSet): FactError | null {
  let n = 0;
  for (const inc of fs.incidents ?? []) {
    n += (inc.territories ?? []).length;
    for (const p of inc.perpetrators ?? []) n += 1 + (p.nationalities ?? []).length;
  }
  return n > MAX_SUBJECTS
    ? { pointer: "/incidents", message: `give at most ${MAX_SUBJECTS} territories, perpetrators and perpetrators' nationalities in all, counted over every incident (this fact set has ${n}); split it into several fact sets, for example by incident or by group of perpetrators` }
    : null;
}

export function validateFactSet(input: unknown): Validation {
  const bound = outOfBounds(input);
  if (bound) return { ok: false, errors: [bound] };
  if (!validateSchema(input)) {
    const errors = useful(validateSchema.errors ?? []).map(describe);
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  }
  const budget = overBudget(input);
  if (budget) return { ok: false, errors: [budget] };
  const errors = semanticErrors(input);
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, factSet: input };
}
