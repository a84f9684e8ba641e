/**
 * The page's state lives in its URL (nothing is stored on the server): the scenario, the changes
 * as an RFC 6902 patch against it (`p`, base64url of the patch's JSON), the language, and the
 * rules digest the link was made under (`rd`, its first 12 hex digits).
 */
import { compare } from "fast-json-patch";
import type { FactError } from "../facts/validate";
import { errorText } from "../facts/errorWords";
import type { Lang } from "../i18n/format";

export type Patch = { op: string; path: string; value?: unknown; from?: string }[];

export const encodePatch = (patch: Patch): string => (patch.length ? Buffer.from(JSON.stringify(patch), "utf8").toString("base64url") : "");

/** The patch a URL carries; an error naming `p` (in `lang`) when it is not a base64url JSON array. */
export function decodePatch(p: unknown, lang: Lang = "en"): { ok: true; patch: Patch } | { ok: false; errors: FactError[] } {
  if (p === undefined || p === "") return { ok: true, patch: [] };
  if (typeof p !== "string" || !/^[A-Za-z0-9_-]{1,200000}$/.test(p)) return { ok: false, errors: [{ pointer: "/p", message: errorText(lang, "link.patchNotBase64") }] };
  try {
    const v = JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(v)) throw new Error("not an array");
    return { ok: true, patch: v as Patch };
  } catch {
    return { ok: false, errors: [{ pointer: "/p", message: errorText(lang, "link.patchNotArray") }] };
  }
}

/** The patch from `base` to `after`. */
export const patchBetween = (base: object, after: object): Patch => compare(base, after) as Patch;

/** A fact's value as its control shows it: "yes" / "no", "unknown" for null or absent, else the value itself. */
export const controlValue = (value: unknown): string => (value === true ? "yes" : value === false ? "no" : value === undefined || value === null ? "unknown" : String(value));

/** A fact's control value ("yes" / "no" / "unknown", or an enum value) as the fact set holds it. */
export function valueOf(control: string): unknown {
  if (control === "yes") return true;
  if (control === "no") return false;
  if (control === "unknown" || control === "") return undefined;
  return control;
}

/** Set (or, for undefined, remove) the value at a pointer the document already leads to. */
export function setAt(doc: Record<string, unknown>, pointer: string, value: unknown): boolean {
  const keys = pointer.slice(1).split("/").map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let cur: unknown = doc;
  for (const k of keys.slice(0, -1)) {
    if (!cur || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, k)) {
      // A missing object on the way (an incident without `elements`): made, so the fact has a place.
      if (cur && typeof cur === "object" && !Array.isArray(cur) && value !== undefined && !/^\d+$/.test(k)) { (cur as Record<string, unknown>)[k] = {}; }
      else return false;
    }
    cur = (cur as Record<string, unknown>)[k];
  }
  const last = keys.at(-1)!;
  if (!cur || typeof cur !== "object" || Array.isArray(cur) || last === "__proto__" || last === "constructor" || last === "prototype") return false;
  if (value === undefined) delete (cur as Record<string, unknown>)[last];
  else (cur as Record<string, unknown>)[last] = value;
  return true;
}
