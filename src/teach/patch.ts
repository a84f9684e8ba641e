/**
 * "What if": an RFC 6902 JSON Patch applied to a copy of a fact set — fast-json-patch's
 * applyPatch, validating every operation, prototype modification banned (its default) — with a
 * validator of our own on top: only the six operations of RFC 6902, pointers that go only
 * through what the document itself holds, and the index of the operation that failed.
 */
import { JsonPatchError, Operation, Validator, applyPatch, validator } from "fast-json-patch";
import type { FactError } from "../facts/validate";
import { errorText, hasErrorKey } from "../facts/errorWords";
import type { Lang } from "../i18n/format";

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FactError[] };

const OPS = new Set(["add", "remove", "replace", "move", "copy", "test"]);

/** The words (templates/errors, "patch.<name>") for fast-json-patch's error names and ours. */
const patchMessage = (name: string, lang: Lang): string => {
  // The library's two names for a missing value are one error to a reader.
  const key = `patch.${name === "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED" ? "OPERATION_VALUE_REQUIRED" : name}`;
  return errorText(lang, (hasErrorKey(key) ? key : "patch.cannot"));
};

/** True when `v` is plain JSON: no function, no inherited property read out of a prototype. */
function isJson(v: unknown): boolean {
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (x === null || typeof x === "string" || typeof x === "boolean") continue;
    if (typeof x === "number") { if (Number.isFinite(x)) continue; return false; }
    if (Array.isArray(x)) { for (const y of x) stack.push(y); continue; }
    if (typeof x !== "object") return false;
    const proto = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) return false;
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
  }
  return true;
}

/** The largest document a patch may make: twice the largest body the API accepts by default. */
export const MAX_PATCHED_SIZE = 2 * 1024 * 1024;

/** The value at a pointer walkOwn has already checked. */
function valueAt(doc: unknown, pointer: string): unknown {
  if (pointer === "") return doc;
  let cur = doc;
  for (const t of pointer.slice(1).split("/")) cur = (cur as Record<string, unknown>)[t.replace(/~1/g, "/").replace(/~0/g, "~")];
  return cur;
}

const fail = (name: string, index: number, op: unknown): never => {
  throw new JsonPatchError(name, name as JsonPatchError["name"], index, op);
};
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * Walks a pointer through what the document itself holds — own properties of plain objects,
 * indices of arrays — never through an inherited property (fast-json-patch walks `obj[key]`: a
 * pointer such as /incidents/constructor/isArray would otherwise reach, and remove or replace,
 * a property of a built-in). `lastMayBeNew`: the last token may name a place to add.
 */
function walkOwn(doc: unknown, pointer: string, lastMayBeNew: boolean, field: "PATH" | "FROM", index: number, op: unknown): void {
  if (pointer === "") return;
  const tokens = pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  tokens.forEach((t, k) => {
    if (t === "__proto__" || (t === "prototype" && tokens[k - 1] === "constructor")) fail("OPERATION_PATH_BANNED", index, op);
  });
  let cur = doc;
  for (const [k, t] of tokens.entries()) {
    const last = k === tokens.length - 1;
    if (Array.isArray(cur)) {
      if (last && lastMayBeNew && t === "-") return;
      if (!ARRAY_INDEX.test(t)) fail("OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index, op);
      const i = Number(t);
      if (i > cur.length || (i === cur.length && !(last && lastMayBeNew))) fail("OPERATION_VALUE_OUT_OF_BOUNDS", index, op);
      cur = cur[i];
    } else if (cur !== null && typeof cur === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(cur))) {
      if (!Object.hasOwn(cur, t)) {
        if (last && lastMayBeNew) return;
        fail(last || field === "FROM" ? `OPERATION_${field}_UNRESOLVABLE` : lastMayBeNew ? "OPERATION_PATH_CANNOT_ADD" : "OPERATION_PATH_UNRESOLVABLE", index, op);
      }
      cur = (cur as Record<string, unknown>)[t];
    } else {
      fail(field === "FROM" ? "OPERATION_FROM_UNRESOLVABLE" : lastMayBeNew ? "OPERATION_PATH_CANNOT_ADD" : "OPERATION_PATH_UNRESOLVABLE", index, op);
    }
  }
}

/**
 * Applies an RFC 6902 patch to a copy of `doc` — fast-json-patch's applyPatch, validating every
 * operation, prototype modification banned (its default) — with a validator of our own on top
 * of the library's: the operation's index (the library's validator always says 0), only the six
 * operations of RFC 6902, and pointers that go only through what the document holds.
 * When the patch cannot be applied, names the operation that failed (/patch/<index>), in `lang`.
 */
export function patchFactSet(doc: object, patch: unknown[], lang: Lang = "en"): Checked<unknown> {
  let current = 0;
  // The document's size as the patch grows it, in characters of JSON: copies and adds count what
  // they put in, so no patch can double the document into gigabytes one operation at a time.
  let size = JSON.stringify(doc).length;
  const validate = (op: Operation, _index: number, document: unknown, existingPath?: string) => {
    const index = Math.max(0, patch.indexOf(op));
    current = index;
    validator(op, index, document, existingPath);
    if (!OPS.has(op.op)) fail("OPERATION_OP_INVALID", index, op);
    const o = op as { op: string; path: string; from?: string; value?: unknown };
    if (o.op === "move" || o.op === "copy") walkOwn(document, String(o.from), false, "FROM", index, op);
    walkOwn(document, o.path, o.op === "add" || o.op === "move" || o.op === "copy", "PATH", index, op);
    // A value moved into itself would make the document a cycle (RFC 6902 forbids it).
    if (o.op === "move" && o.from !== o.path && (o.from === "" || o.path.startsWith(`${o.from}/`))) fail("OPERATION_MOVE_INTO_ITSELF", index, op);
    if (o.op === "copy" || o.op === "add" || o.op === "replace") {
      size += o.op === "copy" ? JSON.stringify(valueAt(document, String(o.from))).length : JSON.stringify(o.value ?? null).length;
      if (size > MAX_PATCHED_SIZE) fail("OPERATION_TOO_LARGE", index, op);
    }
  };
  const failed = (index: number, message: string): Checked<unknown> => ({ ok: false, errors: [{ pointer: `/patch/${index}`, message }] });
  let out: unknown;
  try {
    out = applyPatch(structuredClone(doc), patch as Operation[], validate as Validator<unknown>, false).newDocument;
  } catch (e) {
    if (e instanceof JsonPatchError) return failed(typeof e.index === "number" ? e.index : current, patchMessage(e.name, lang));
    if (e instanceof TypeError && /__proto__|prototype/.test(e.message)) return failed(current, patchMessage("OPERATION_PATH_BANNED", lang));
    return failed(current, errorText(lang, "patch.cannot"));
  }
  // A last line of defence: what the patch made must still be plain JSON.
  return isJson(out) ? { ok: true, value: out } : { ok: false, errors: [{ pointer: "/patch", message: patchMessage("OPERATION_VALUE_NOT_JSON", lang) }] };
}
