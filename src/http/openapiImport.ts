/**
 * The OpenAPI 3.1 description of POST /v1/imports (src/http/importRoute.ts). Merged into the
 * document by openapi.ts, whose components (FactSet, the shared responses) it names.
 */
import { BUILT_IN_MAPPINGS } from "../import/mapping";
import { errorsProblem } from "./openapiProblems";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const str = { type: "string" } as const;
const mappings = Object.keys(BUILT_IN_MAPPINGS);

export const importSchemas = {
  ImportRequest: {
    type: "object",
    description: "A sheet and the mapping that says which column holds which fact (docs/IMPORT.md; the mapping's JSON Schema is schemas/import-mapping.schema.json).",
    required: ["csv", "mapping"],
    properties: {
      csv: { type: "string", minLength: 1, description: "The sheet as CSV text: a header row, then one incident a row; comma, semicolon or tab between cells (detected)." },
      mapping: { anyOf: [{ type: "object" }, { enum: mappings }], description: `A mapping, or the name of a built-in one (${mappings.join(", ")}).` },
      base: { type: "object", description: "A fact set to add the incidents to (its attack, record and sources are kept)." },
      delimiter: { type: "string", description: "The character between cells, when detection would be wrong (\"tab\" for a tab)." },
    },
    additionalProperties: false,
  },
  ImportProblem: errorsProblem(
    "RFC 9457 problem details for a sheet that cannot be imported: every error (at most 100); a bad cell with its row (the header is row 1), its column and the JSON Pointer it would have in the fact set.",
    "JSON Pointer in the fact set (or in the request body); empty for the sheet or the mapping as a whole.",
    "The error in words, naming the row and column where there is one.",
    { row: { type: "integer", minimum: 1 }, column: str },
  ),
};

export const importPaths = {
  "/v1/imports": {
    post: {
      operationId: "createImport",
      summary: "Build a fact set from a sheet of incidents (CSV), one a row",
      description: `Send the sheet as text/csv with a built-in mapping named in the query (?mapping=${mappings.join("|")}), or as JSON {csv, mapping, base?, delimiter?} with a mapping of your own. The reply is the fact set, validated as POST /v1/assessments would; nothing is assessed or stored.`,
      parameters: [
        { name: "mapping", in: "query", required: false, schema: { type: "string", enum: mappings }, description: "text/csv only (and then required): the built-in mapping to read the sheet with." },
        { name: "delimiter", in: "query", required: false, schema: { type: "string" }, description: "text/csv only: the character between cells (default: detected from the header row)." },
      ],
      requestBody: {
        required: true,
        content: {
          "text/csv": { schema: { type: "string" } },
          "application/json": { schema: ref("ImportRequest") },
        },
      },
      responses: {
        "200": { description: "The fact set.", content: { "application/json": { schema: ref("FactSet") } } },
        "400": response("BadRequest"),
        "413": response("TooLarge"),
        "415": response("UnsupportedMediaType"),
        "422": { description: "The sheet, the mapping or the body cannot make a fact set: every error, a bad cell by row and column.", content: { "application/problem+json": { schema: ref("ImportProblem") } } },
        "500": response("InternalError"),
      },
    },
  },
};
