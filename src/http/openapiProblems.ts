/**
 * The one shape of a 422 problem that lists its errors (RFC 9457 with `errors`), for the fact set's,
 * the teaching routes' and the import's: each error has its pointer and message, and a route may
 * add fields of its own to each (the import's row and column).
 */
const str = { type: "string" } as const;

/** `pointer`, `message`: what each error's fields say on this route (`message` undefined: a plain string). */
export function errorsProblem(description: string, pointer: string, message?: string, more: Record<string, unknown> = {}) {
  return {
    type: "object",
    description,
    required: ["type", "title", "status", "detail", "errors"],
    properties: {
      type: { type: "string", format: "uri" },
      title: str,
      status: { const: 422 },
      detail: str,
      errors: {
        type: "array",
        minItems: 1,
        maxItems: 100,
        items: {
          type: "object",
          required: ["pointer", "message"],
          properties: { pointer: { type: "string", description: pointer }, message: message ? { type: "string", description: message } : str, ...more },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}
