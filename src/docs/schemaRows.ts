/**
 * The facts of the fact set, one row per JSON path, read from schemas/fact-set.schema.json, with the
 * question the rules ask for each and an example taken from the scenarios. docs/FACTS.md is made from
 * these rows (src/docs/factsDoc.ts), so that the document cannot drift from the schema or the rules.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

type Schema = { [k: string]: unknown } & {
  $ref?: string; description?: string; type?: string | string[]; enum?: unknown[]; const?: unknown; pattern?: string; maxLength?: number;
  properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[]; anyOf?: Schema[]; additionalProperties?: boolean | Schema; required?: string[];
};

export interface FactRow {
  /** The JSON path, with `*` for any array index. */
  path: string;
  meaning: string;
  values: string;
  question?: string;
  example?: string;
  required: boolean;
}

/** Definitions documented once, in their own section, rather than at every place they are used. */
export const SHARED: Record<string, string> = { stepScope: "scope of a step" };

export function readJson<T = Schema>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

const defName = (ref: string | undefined): string | undefined => ref?.startsWith("#/$defs/") ? ref.slice("#/$defs/".length) : undefined;

/** What a value may be, in words. Named definitions first: their shape says less than their name. */
function valuesOf(s: Schema, defs: Record<string, Schema>): string {
  const name = defName(s.$ref);
  if (name === "fact") return "`true`, `false`, or `null` (unknown; the same as leaving it out)";
  if (name === "calendarDate") return "a date, `YYYY-MM-DD`, in the years 1900 to 2200";
  if (name === "nullableDate") return "a date, `YYYY-MM-DD`, in the years 1900 to 2200, or `null` (unknown)";
  if (name === "state") return "a State's ISO 3166-1 alpha-3 code, in capitals (`MMR`, `BGD`; the State of Palestine is `PSE`)";
  if (name === "text") return "free text, at most 4,000 characters";
  if (name === "sourceId") return "an identifier, matching `^[A-Za-z0-9._-]+$`, at most 80 characters";
  if (name === "act") return "one of " + (defs.act?.enum ?? []).map((v) => "`" + String(v) + "`").join(", ");
  if (name && defs[name]) return valuesOf(defs[name], defs);
  if (s.const !== undefined) return "`" + JSON.stringify(s.const) + "`";
  if (s.enum) {
    const named = s.enum.filter((v) => v !== null).map((v) => "`" + String(v) + "`").join(", ");
    return s.enum.includes(null) ? `one of ${named}, or \`null\` (unknown)` : `one of ${named}`;
  }
  if (s.anyOf) return s.anyOf.map((x) => valuesOf(x, defs)).join("; or ");
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes("boolean") && types.includes("null")) return "`true`, `false`, or `null` (unknown)";
  const extra = typeof s.additionalProperties === "object" ? s.additionalProperties : undefined;
  if (extra?.type === "array") return "an object: each key a JSON Pointer into this fact set, each value a list of source ids (see \"Evidence pointers\" below)";
  if (extra) return "an object: each of the act's elements by name, each `true`, `false` or `null` (see \"The acts and their elements\" below)";
  if (s.type === "array" && s.items) return "a list, each item " + valuesOf(s.items, defs);
  if (s.type === "string") {
    const parts = ["text"];
    if (s.pattern) parts.push(`matching \`${s.pattern}\``);
    if (s.maxLength) parts.push(`at most ${s.maxLength} characters`);
    return parts.join(", ");
  }
  return types.join(" or ") || "a value";
}

/** The object (or the items' object) a property holds, if any, with its own definition's name. */
function objectOf(s: Schema, defs: Record<string, Schema>): { schema: Schema; name?: string; list: boolean } | undefined {
  const target = s.type === "array" && s.items ? s.items : s;
  const name = defName(target.$ref);
  const resolved = name ? defs[name] : target;
  if (!resolved) return undefined;
  if (resolved.properties || resolved.oneOf) return { schema: resolved, ...(name ? { name } : {}), list: target !== s };
  return undefined;
}

/** Every fact under `s`, depth first, in the schema's own order. */
export function factRows(s: Schema, defs: Record<string, Schema>, path = ""): FactRow[] {
  const rows: FactRow[] = [];
  const branches = s.oneOf ?? [s];
  for (const branch of branches) {
    for (const [key, prop] of Object.entries(branch.properties ?? {})) {
      const p = `${path}/${key}`;
      const name = defName(prop.$ref);
      const required = (branch.required ?? []).includes(key);
      const obj = objectOf(prop, defs);
      // A scalar definition's description says what it is (a date, a code), not what the fact means.
      const meaning = prop.description ?? (obj?.name ? defs[obj.name]?.description : undefined) ?? "";
      const shared = obj?.name ? SHARED[obj.name] : undefined;
      if (shared) {
        rows.push({ path: p, meaning, values: `an object: see "${capital(shared)}" below`, required });
        continue;
      }
      if (obj) {
        // An object (or a list of objects) is a heading for the facts it holds, not a fact itself.
        rows.push({ path: p, meaning: meaning || (obj.schema.description ?? ""), values: obj.list ? "a list of objects, each with the fields below" : "an object with the fields below", required });
        rows.push(...factRows(obj.schema, defs, obj.list ? `${p}/*` : p));
        continue;
      }
      rows.push({ path: p, meaning, values: valuesOf(prop, defs), required });
    }
  }
  return rows;
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The first value the scenarios give at each path (array indices as `*`), as an example. */
export function scenarioExamples(root: string): Map<string, unknown> {
  const seen = new Map<string, unknown>();
  const visit = (v: unknown, path: string) => {
    if (v === null || v === undefined) return;
    if (!seen.has(path)) seen.set(path, v);
    if (Array.isArray(v)) v.forEach((x) => visit(x, `${path}/*`));
    else if (typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, path.startsWith("/evidence") ? path : `${path}/${k}`);
  };
  const dir = join(root, "scenarios");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) visit(readJson(join(dir, f)), "");
  return seen;
}

/** An example for a row: the scenarios' value when short enough, else one made from its kind. */
export function exampleFor(row: FactRow, examples: Map<string, unknown>): string | undefined {
  if (/^(a list of objects|an object)/.test(row.values)) return undefined;
  const v = examples.get(row.path);
  if (v !== undefined && typeof v !== "object") {
    const text = JSON.stringify(v);
    if (text.length <= 90) return text;
  }
  if (Array.isArray(v) && v.every((x) => typeof x !== "object") && JSON.stringify(v).length <= 90) return JSON.stringify(v);
  if (row.values.startsWith("`true`")) return "true";
  if (row.values.startsWith("a date")) return /\/(end|to)$/.test(row.path) ? "\"2017-12-31\"" : "\"2017-08-25\"";
  if (row.values.startsWith("a State")) return "\"MMR\"";
  return undefined;
}

/**
 * Where the rules ask each fact: the JSON path → the rule file and the condition (`fact`, `path`)
 * whose `question` asks it. Facts the rules read generically (the subject of a jurisdiction rule) are
 * named here by hand; a question that disappears from the rules makes the generator fail, not drift.
 */
export const ASKED: Record<string, [file: string, fact: string, path: string, when?: string]> = {
  "/attack/multipleActs": ["article7/contextual.json", "attack", "multipleActs"],
  "/attack/againstCivilianPopulation": ["article7/contextual.json", "attack", "againstCivilianPopulation"],
  "/attack/policy": ["article7/contextual.json", "attack", "policy"],
  "/attack/widespread": ["article7/contextual.json", "attack", "widespread"],
  "/attack/systematic": ["article7/contextual.json", "attack", "systematic"],
  "/attack/start": ["jurisdiction/enforced-disappearance.json", "attack", "period", "for an enforced disappearance"],
  "/attack/end": ["jurisdiction/enforced-disappearance.json", "attack", "period", "for an enforced disappearance"],
  "/incidents/*/partOfAttack": ["article7/contextual.json", "incident", "partOfAttack"],
  "/incidents/*/knowledgeOfAttack": ["article7/contextual.json", "incident", "knowledgeOfAttack"],
  "/incidents/*/grounds": ["article7/acts/persecution.json", "incident", "grounds"],
  "/incidents/*/connectedTo": ["article7/acts/persecution.json", "incident", "connection"],
  "/incidents/*/start": ["jurisdiction/declarations.json", "incident", "period"],
  "/incidents/*/end": ["jurisdiction/declarations.json", "incident", "period"],
  "/incidents/*/territories": ["jurisdiction/trigger-scope.json", "subject", "territories"],
  "/incidents/*/territories/*/part": ["jurisdiction/territory.json", "subject", "part"],
  "/incidents/*/perpetrators/*/nationalities": ["jurisdiction/trigger-scope.json", "subject", "nationalities"],
  "/incidents/*/perpetrators/*/birthDate": ["jurisdiction/age.json", "subject", "age"],
  "/incidents/*/perpetrators/*/adult": ["jurisdiction/age.json", "subject", "age"],
  "/incidents/*/situations": ["jurisdiction/trigger-scope.json", "subject", "withinSubjectMatter"],
  "/referrals/securityCouncil/*/chapterVII": ["jurisdiction/security-council.json", "subject", "referral.chapterVII"],
  "/declarations/*/scope": ["jurisdiction/declarations.json", "subject", "declaration.scope"],
  "/deferrals/*/chapterVII": ["jurisdiction/deferral.json", "subject", "chapterVII"],
};

export interface Leaf { fact: string; path?: string; question?: string; name?: string }
export function leaves(c: unknown, out: Leaf[] = []): Leaf[] {
  if (!c || typeof c !== "object") return out;
  if (Array.isArray(c)) { c.forEach((x) => leaves(x, out)); return out; }
  const o = c as Record<string, unknown>;
  if (typeof o.fact === "string") out.push(o as unknown as Leaf);
  for (const k of ["all", "any", "not"]) if (o[k]) leaves(o[k], out);
  return out;
}

/** A rule's question with its placeholders (a State's or a person's name) put in general words. */
export function generalQuestion(q: string): string {
  const words: Record<string, string> = { "subject.displayName": "the perpetrator", "subject.stateName": "that State", "subject.stepName": "the referral or authorization" };
  return q.replace(/\{([^}]+)\}/g, (_, k: string) => words[k] ?? "…");
}

export function askedQuestion(rulesDir: string, pointer: string): string | undefined {
  const where = ASKED[pointer];
  if (!where) return undefined;
  const [file, fact, path, when] = where;
  const rules = readJson<{ rules: { conditions: unknown }[] }>(join(rulesDir, file)).rules;
  for (const r of rules) for (const l of leaves(r.conditions)) if (l.fact === fact && l.path === path && l.question) return (when ? `(${when}) ` : "") + generalQuestion(l.question);
  throw new Error(`${file} no longer asks ${fact} ${path} (${pointer}): update ASKED in src/docs/schemaRows.ts`);
}
