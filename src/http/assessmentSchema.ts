/**
 * The JSON Schema of the assessment (GET /v1/schema/assessment): the very definitions the OpenAPI
 * document holds (src/http/openapi.ts), gathered from `Assessment` down and re-pointed to $defs,
 * so there is one definition of the shape, published twice.
 */
import { openApiDocument } from "./openapi";

const PREFIX = "#/components/schemas/";

export function assessmentSchema(version: string): Record<string, unknown> {
  const all = (openApiDocument(version).components as { schemas: Record<string, unknown> }).schemas;
  const defs: Record<string, unknown> = {};
  const visit = (name: string) => {
    if (name in defs) return;
    const def = all[name];
    if (def === undefined) throw new Error(`the OpenAPI document has no schema ${name}`);
    defs[name] = def;
    for (const m of JSON.stringify(def).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z0-9]+)"/g)) visit(m[1]!);
  };
  visit("Assessment");
  const repointed = JSON.parse(JSON.stringify(defs).split(`"${PREFIX}`).join('"#/$defs/')) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://rome-assess.invalid/schemas/assessment.json",
    title: "Assessment",
    description: `The assessment rome-assess ${version} returns (POST /v1/assessments, rome-assess assess --json): lean by default, each trace with its words when explain=true.`,
    $ref: "#/$defs/Assessment",
    $defs: repointed,
  };
}
