/**
 * The import mapping (schemas/import-mapping.schema.json): checked against its schema before any
 * row is read, so that a mistake in it is said once, not once a row. Two come with the tool, by
 * name: "plain" (examples/import/mapping.json) and "uwazi" (examples/import/uwazi-mapping.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import mappingSchema from "../../schemas/import-mapping.schema.json";
import { projectRoot } from "../runtime";
import type { Column, Fact, ImportMapping } from "./mapping.generated";

export type { Column, Fact, ImportMapping };
export { mappingSchema };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateMapping = ajv.compile<ImportMapping>(mappingSchema);

export const BUILT_IN_MAPPINGS = { plain: "mapping.json", uwazi: "uwazi-mapping.json" } as const;
export type BuiltInMapping = keyof typeof BUILT_IN_MAPPINGS;
export const isBuiltIn = (name: string): name is BuiltInMapping => Object.hasOwn(BUILT_IN_MAPPINGS, name);

const builtIns = new Map<BuiltInMapping, ImportMapping>();
/** A mapping that comes with the tool; read once. */
export function builtInMapping(name: BuiltInMapping): ImportMapping {
  let m = builtIns.get(name);
  if (!m) {
    m = JSON.parse(readFileSync(join(projectRoot(), "examples", "import", BUILT_IN_MAPPINGS[name]), "utf8")) as ImportMapping;
    builtIns.set(name, m);
  }
  return m;
}

export type MappingCheck = { ok: true; mapping: ImportMapping } | { ok: false; errors: { pointer: string; message: string }[] };

/** The mapping as given, or what is wrong with it, by JSON Pointer into the mapping. */
export function checkMapping(input: unknown): MappingCheck {
  if (validateMapping(input)) return { ok: true, mapping: input };
  const errors: { pointer: string; message: string }[] = [];
  const seen = new Set<string>();
  // anyOf repeats each branch's complaint: one message a place, the plainest.
  for (const e of validateMapping.errors ?? []) {
    if (seen.has(e.instancePath)) continue;
    seen.add(e.instancePath);
    const where = e.instancePath || "/";
    const message = e.keyword === "anyOf" || e.keyword === "pattern" || e.keyword === "enum" || e.keyword === "type"
      ? (/^\/columns\/[^/]+(\/\d+)?(\/fact)?$/.test(e.instancePath)
        ? "must name a fact of the incident: id, description, act, attack, start, end, period, partOfAttack, knowledgeOfAttack, grounds, situations, territories, perpetrators.id, perpetrators.name, perpetrators.nationalities, perpetrators.adult, perpetrators.birthDate or elements.<element> (such as elements.killed), or be an object {\"fact\": …} with options, or null"
        : `${e.message ?? "is invalid"}`)
      : e.keyword === "additionalProperties"
        ? `has "${String((e.params as { additionalProperty: string }).additionalProperty)}", which is not part of a mapping (docs/IMPORT.md lists what is)`
        : e.message ?? "is invalid";
    errors.push({ pointer: where, message });
  }
  return { ok: false, errors: errors.slice(0, 20) };
}

/** Each column's targets as a list of objects ({fact} for a bare name); null: left out. */
export function targetsOf(spec: ImportMapping["columns"][string]): Column[] {
  if (spec === null || spec === undefined) return [];
  return (Array.isArray(spec) ? spec : [spec]).map((t) => (typeof t === "string" ? { fact: t } : t));
}
