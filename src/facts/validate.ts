/**
 * Validates a fact set: the JSON Schema (compiled once), then what a schema cannot say — dates that
 * exist on the calendar, periods that end after they start, State codes that exist, unique ids,
 * references that point at something. Every error names the JSON Pointer of the field, what was
 * wrong and what was expected. Nothing is coerced or defaulted: a wrong fact is rejected.
 */
import Ajv2020, { ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import countries from "i18n-iso-countries";
import { alpha3For } from "./stateCodes";
import factSetSchema from "../../schemas/fact-set.schema.json";
import actsSchema from "../../schemas/acts.schema.json";
import { escapeToken, readPointer } from "../engine/path";
import { attackErrors } from "./attacks";
import type { FactSet } from "./factSet.generated";
import { MAX_YEAR, MIN_YEAR } from "../dates";
import { actOfSchema, elementMessage } from "./elementNames";
import type { Lang } from "../i18n/format";
import { ErrorKey, count, errorText, quoted } from "./errorWords";

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

/** One ajv error in words a user can act on, at the JSON Pointer of the field, in `lang`. */
export function describe(e: ErrorObject, lang: Lang = "en"): FactError {
  const p = e.params as Record<string, unknown>;
  const say = (key: ErrorKey, params?: Record<string, string | number>) => errorText(lang, key, params);
  const at = (message: string, pointer = e.instancePath): FactError => ({ pointer, message });
  switch (e.keyword) {
    case "required":
      return at(say("schema.required"), `${e.instancePath}/${escapeToken(String(p.missingProperty))}`);
    case "additionalProperties": {
      const pointer = `${e.instancePath}/${escapeToken(String(p.additionalProperty))}`;
      // An incident's elements: named against its act, and against the other acts.
      const act = actOfSchema(e.parentSchema);
      if (act) return at(elementMessage(act, String(p.additionalProperty), lang, nearest), pointer);
      const fields = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const near = nearest(String(p.additionalProperty), fields);
      return at(near ? say("schema.notAFieldNear", { near }) : say("schema.notAField"), `${e.instancePath}/${escapeToken(String(p.additionalProperty))}`);
    }
    case "enum": {
      const allowed = p.allowedValues as unknown[];
      const near = typeof e.data === "string" ? nearest(e.data, allowed.filter((v): v is string => typeof v === "string")) : undefined;
      return at(say("schema.enum", { allowed: allowed.map((v) => JSON.stringify(v)).join(", ") }) + (near ? say("schema.suggest", { near }) : ""));
    }
    case "const":
      return at(say("schema.const", { value: JSON.stringify(p.allowedValue) }));
    case "type":
      return at(say("schema.type", { type: String(p.type).split(",").join(` ${say("or")} `) }));
    case "format":
      return at(p.format === "iso3166-alpha3" ? say("schema.stateCode", { value: String(e.data) }) : say("schema.calendarDate"));
    case "pattern": {
      // A State written as its alpha-2 code or its name: the alpha-3 code it most likely meant.
      const meant = e.schemaPath.includes("/state/") && typeof e.data === "string" ? alpha3For(e.data) : undefined;
      const hint = meant ? say("schema.suggest", { near: meant }) : "";
      return at(patternMessage(e, lang) + hint);
    }
    case "maxLength": case "minLength": case "maxProperties": case "maxItems": case "minItems":
      return at(say(`schema.${e.keyword}`, { limit: count(lang, Number(p.limit)) }));
    case "uniqueItems":
      return at(say("schema.uniqueItems", { i: String(p.i), j: String(p.j) }));
    case "not":
      if (e.schemaPath === "#/dependentSchemas/attacks/not") return at(say("schema.attackAndAttacks"), "/attack");
      return at(lang === "en" && e.message ? e.message : say("schema.invalid"));
    default:
      // Ajv's own words are English: another language says only that the value is invalid.
      return at(lang === "en" && e.message ? e.message : say("schema.invalid"));
  }
}

/** The id patterns of the schema, in words, and how to make a value fit each (for the example). */
const ID_PATTERNS: Record<string, { chars: ErrorKey; fit: (v: string) => string }> = {
  "^[a-z0-9-]+$": { chars: "chars.lower", fit: (v) => v.toLowerCase().replace(/[^a-z0-9]+/g, "-") },
  "^[A-Za-z0-9-]+$": { chars: "chars.letters", fit: (v) => v.replace(/[^A-Za-z0-9]+/g, "-") },
  "^[A-Za-z0-9._-]+$": { chars: "chars.lettersDots", fit: (v) => v.replace(/[^A-Za-z0-9._-]+/g, "-") },
};

function patternMessage(e: ErrorObject, lang: Lang): string {
  const schemaPath = e.schemaPath;
  if (schemaPath.includes("/calendarDate/")) return errorText(lang, "schema.datePattern", { min: MIN_YEAR, max: MAX_YEAR });
  if (schemaPath.includes("/state/")) return errorText(lang, "schema.statePattern");
  const pattern = String((e.params as { pattern?: unknown }).pattern ?? "");
  const id = ID_PATTERNS[pattern];
  if (id) {
    // The value made to fit, as the example: "camp 1" → "camp-1".
    const example = typeof e.data === "string" ? id.fit(e.data).replace(/^-+|-+$/g, "").slice(0, 80) : "";
    return errorText(lang, "schema.idPattern", { chars: errorText(lang, id.chars), example: quoted(lang, example || "killings-2004") });
  }
  if (pattern.startsWith("^(ICC-")) return errorText(lang, "schema.situationPattern");
  if (pattern.startsWith("^https?")) return errorText(lang, "schema.urlPattern");
  if (pattern.startsWith("^(/(")) return errorText(lang, "schema.pointerPattern");
  return errorText(lang, "schema.pattern");
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
    .filter((e) => !(e.keyword === "format" && ["date", "iso3166-alpha3"].includes(String((e.params as { format?: unknown }).format)) && at(e, "pattern")))
    // "Lithuania" for a State is too long because it is not a code: the pattern's error says so, with the code.
    .filter((e) => !((e.keyword === "maxLength" || e.keyword === "minLength") && at(e, "pattern")));
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The pointer of the first fact (a value, not an object) under `v`. */
function firstLeaf(v: unknown, at: string): string {
  if (v === null || typeof v !== "object") return at;
  const [k, x] = Object.entries(v as Record<string, unknown>)[0] ?? [];
  return k === undefined ? at : firstLeaf(x, `${at}/${escapeToken(k)}`);
}
/**
 * A fact whose value is a list or an object of its own, which sources support as a whole: a list
 * (the grounds, the referring States), a scope, or an entry of the record (a referral, a
 * declaration, a deferral, the Prosecutor's steps), which the memo footnotes as one step.
 */
const isWholeFact = (pointer: string) =>
  /\/(territories|perpetrators|nationalities|grounds|connectedTo|scope|situations|by)$/.test(pointer)
  || /^\/(referrals\/(states|securityCouncil)\/\d+|declarations\/\d+|deferrals\/\d+|proprioMotu)$/.test(pointer);

function semanticErrors(fs: FactSet, lang: Lang): FactError[] {
  const errors: FactError[] = [];
  const say = (key: ErrorKey, params?: Record<string, string | number>) => errorText(lang, key, params);
  const q = (v: string) => quoted(lang, v);
  type Order = "conduct" | "scope" | "referral" | "declaration" | "deferral" | "request" | "authorization";
  const ordered = (from: string | null | undefined, to: string | null | undefined, pointer: string, what: Order) => {
    if (from && to && to < from) errors.push({ pointer, message: say(`order.${what}`, { from, to }) });
  };
  const incidentIds = new Set<string>();
  (fs.incidents ?? []).forEach((inc, i) => {
    const base = `/incidents/${i}`;
    if (incidentIds.has(inc.id)) errors.push({ pointer: `${base}/id`, message: say("facts.duplicateIncident", { id: q(inc.id) }) });
    incidentIds.add(inc.id);
    ordered(inc.start, inc.end, `${base}/end`, "conduct");
    const perpIds = new Set<string>();
    (inc.perpetrators ?? []).forEach((p, k) => {
      if (perpIds.has(p.id)) errors.push({ pointer: `${base}/perpetrators/${k}/id`, message: say("facts.duplicatePerpetrator", { id: q(p.id) }) });
      perpIds.add(p.id);
    });
  });
  (fs.incidents ?? []).forEach((inc, i) => {
    (inc.connectedTo ?? []).forEach((c, k) => {
      if ("incident" in c && !incidentIds.has(c.incident)) errors.push({ pointer: `/incidents/${i}/connectedTo/${k}/incident`, message: say("facts.noIncident", { id: q(c.incident) }) });
      if ("incident" in c && c.incident === inc.id) errors.push({ pointer: `/incidents/${i}/connectedTo/${k}/incident`, message: say("facts.selfConnected") });
    });
  });
  // A step's scope is given once: as `scope`, or (the older shorthand) as top-level fields.
  const oneScope = (step: object, at: string, shorthand: string[]) => {
    const r = step as Record<string, unknown>;
    const both = shorthand.filter((k) => r[k] !== undefined);
    if (r.scope !== undefined && both.length) errors.push({ pointer: `${at}/${both[0]}`, message: say("facts.scopeTwice", { fields: shorthand.map((k) => `\`${k}\``).join(", "), field: q(both[0]!), at }) });
  };
  const scopeOrdered = (sc: { from?: string | null; to?: string | null } | undefined, at: string) => ordered(sc?.from, sc?.to, `${at}/scope/to`, "scope");
  (fs.referrals?.states ?? []).forEach((r, i) => {
    ordered(r.from, r.to, `/referrals/states/${i}/to`, "referral");
    oneScope(r, `/referrals/states/${i}`, ["from", "to"]);
    scopeOrdered(r.scope, `/referrals/states/${i}`);
  });
  (fs.referrals?.securityCouncil ?? []).forEach((r, i) => {
    ordered(r.from, r.to, `/referrals/securityCouncil/${i}/to`, "referral");
    oneScope(r, `/referrals/securityCouncil/${i}`, ["territories", "from", "to"]);
    scopeOrdered(r.scope, `/referrals/securityCouncil/${i}`);
  });
  scopeOrdered(fs.proprioMotu?.scope, "/proprioMotu");
  (fs.declarations ?? []).forEach((d, i) => {
    ordered(d.from, d.to, `/declarations/${i}/to`, "declaration");
  });
  (fs.deferrals ?? []).forEach((d, i) => ordered(d.from, d.to, `/deferrals/${i}/to`, "deferral"));
  const pm = fs.proprioMotu;
  if (pm) {
    ordered(pm.preliminaryExamination, pm.requested, "/proprioMotu/requested", "request");
    ordered(pm.requested, pm.authorized, "/proprioMotu/authorized", "authorization");
  }
  errors.push(...attackErrors(fs, lang));
  const sourceIds = new Set<string>();
  (fs.sources ?? []).forEach((s, i) => {
    if (sourceIds.has(s.id)) errors.push({ pointer: `/sources/${i}/id`, message: say("facts.duplicateSource", { id: q(s.id) }) });
    sourceIds.add(s.id);
  });
  for (const [pointer, ids] of Object.entries(fs.evidence ?? {})) {
    const at = `/evidence/${escapeToken(pointer)}`;
    const target = pointer === "" ? undefined : readPointer(fs, pointer);
    if (target === undefined) errors.push({ pointer: at, message: say("facts.evidenceNoFact", { pointer: q(pointer) }) });
    // Sources attach to facts: at a group (an incident, the attack) they would be read by no rule
    // and footnote nothing, in silence. The first fact under it is the example of what to give.
    else if (target !== null && typeof target === "object" && !isWholeFact(pointer)) errors.push({ pointer: at, message: say("facts.evidenceAtGroup", { pointer: q(pointer), example: q(firstLeaf(target, pointer)) }) });
    ids.forEach((id, k) => {
      if (!sourceIds.has(id)) errors.push({ pointer: `${at}/${k}`, message: say("facts.evidenceNoSource", { id: q(id) }) });
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
function outOfBounds(input: unknown, lang: Lang): FactError | null {
  const stack: [unknown, string, number][] = [[input, "", 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > MAX_DEPTH) return { pointer: at, message: errorText(lang, "bounds.tooDeep", { limit: MAX_DEPTH }) };
    if (Array.isArray(v)) {
      if (v.length > MAX_ARRAY_ITEMS) return { pointer: at, message: errorText(lang, "bounds.tooManyItems", { limit: count(lang, MAX_ARRAY_ITEMS), n: count(lang, v.length) }) };
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
function overBudget(fs: FactSet, lang: Lang): FactError | null {
  let n = 0;
  for (const inc of fs.incidents ?? []) {
    n += (inc.territories ?? []).length;
    for (const p of inc.perpetrators ?? []) n += 1 + (p.nationalities ?? []).length;
  }
  return n > MAX_SUBJECTS
    ? { pointer: "/incidents", message: errorText(lang, "bounds.overBudget", { limit: count(lang, MAX_SUBJECTS), n: count(lang, n) }) }
    : null;
}

/** Validates `input`, its errors in `lang` (the pointers are the same in every language). */
export function validateFactSet(input: unknown, lang: Lang = "en"): Validation {
  const bound = outOfBounds(input, lang);
  if (bound) return { ok: false, errors: [bound] };
  if (!validateSchema(input)) {
    const errors = useful(validateSchema.errors ?? []).map((e) => describe(e, lang));
    return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  }
  const budget = overBudget(input, lang);
  if (budget) return { ok: false, errors: [budget] };
  const errors = semanticErrors(input, lang);
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, factSet: input };
}
