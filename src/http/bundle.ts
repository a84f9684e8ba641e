/**
 * The fact-set schema as one self-contained document: the acts schema (schemas/acts.schema.json),
 * which the fact-set schema reaches through `acts.json#/$defs/…`, is copied under
 * `$defs/acts`, and every reference is rewritten as a plain local JSON Pointer (`#/$defs/…`).
 * Any JSON Schema 2020-12 tool can then use it without fetching anything. The `$id` stays the
 * fact-set schema's own, so it still names the same contract.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

/** Where each embedded document goes in the bundle, as a JSON Pointer fragment. */
function rewriteRefs(node: Json, base: string, locations: Map<string, string>): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, base, locations));
  if (node === null || typeof node !== "object") return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string") {
      const url = new URL(v, base);
      const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
      url.hash = "";
      const at = locations.get(url.href);
      if (at === undefined) throw new Error(`bundle: reference ${v} (from ${base}) is to no known schema`);
      if (fragment !== "" && !fragment.startsWith("/")) throw new Error(`bundle: anchor references are not supported (${v})`);
      out[k] = "#" + at + fragment.split("/").map((t) => encodeURIComponent(t).replace(/%24/g, "$")).join("/");
    } else {
      out[k] = rewriteRefs(v as Json, base, locations);
    }
  }
  return out;
}

/**
 * Bundle `main` with the schemas it references (each identified by its `$id`), placing each
 * under `main.$defs[name]`.
 */
export function bundleSchema(main: object, deps: Record<string, object>): Schema {
  const m = main as Schema;
  const mainId = String(m.$id);
  const locations = new Map<string, string>([[mainId, ""]]);
  const defs = (m.$defs ?? {}) as Schema;
  for (const [name, dep] of Object.entries(deps)) {
    if (name in defs) throw new Error(`bundle: $defs/${name} already exists in ${mainId}`);
    locations.set(String((dep as Schema).$id), `/$defs/${name}`);
  }
  const bundled = rewriteRefs(m, mainId, locations) as Schema;
  const bundledDefs = { ...(bundled.$defs as Schema) };
  for (const [name, dep] of Object.entries(deps)) {
    const d = dep as Schema;
    const { $id, $schema, ...rest } = rewriteRefs(d, String(d.$id), locations) as Schema;
    void $schema;
    bundledDefs[name] = { ...rest, $comment: `Bundled from ${String($id)}` };
  }
  return { ...bundled, $defs: bundledDefs };
}
