/**
 * Plain dot paths (`elements.killed`), never JSONPath: rules are data, and a dot path cannot
 * evaluate anything (ENGINEERING-NOTES §3.4). Own properties only.
 */
// The rules' paths are few and fixed: each is split once (a bound, since fact sets bring none).
const split = new Map<string, string[]>();
function keysOf(path: string): string[] {
  let keys = split.get(path);
  if (!keys) {
    if (split.size > 10_000) split.clear();
    split.set(path, (keys = path.split(".")));
  }
  return keys;
}

export function resolvePath(value: unknown, path: string | undefined): unknown {
  if (path === undefined || path === "") return value;
  let cur: unknown = value;
  for (const key of keysOf(path)) {
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    // An array is entered by an index only (RFC 6901, section 4): "/incidents/length" names no fact.
    if (Array.isArray(cur) && !/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Escape one JSON Pointer reference token (RFC 6901). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The JSON Pointer of a dot path under a base pointer. */
export function pointerOf(base: string, path: string | undefined): string {
  if (!path) return base;
  return base + "/" + path.split(".").map(escapeToken).join("/");
}

/** Read a JSON Pointer in a document (undefined when absent). */
export function readPointer(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    // An array is entered by an index only (RFC 6901, section 4): "/incidents/length" names no fact.
    if (Array.isArray(cur) && !/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
