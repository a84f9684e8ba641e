/**
 * The fact set being built lives in the build page's URL, nothing on the server: `f` is the fact
 * set's JSON, deflated (raw) and base64url-encoded, so that a scenario's fact set still fits in a
 * link of a few KB; `skip` the questions passed over (repeated, each a JSON Pointer); `rec=1` once
 * the record step has been seen; `ask` a question chosen out of turn; `step` the incident or the
 * record step asked for by name.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { FactSet } from "../facts/factSet.generated";
import type { FactError } from "../facts/validate";
import { ErrorKey, errorText } from "../facts/errorWords";
import type { Lang } from "../i18n/format";

export interface BuildState {
  lang: Lang;
  factSet: FactSet;
  skip: string[];
  /** The record step has been seen (answered or passed over). */
  rec: boolean;
  ask?: string;
  step?: "incident" | "record";
}

/** No link carries more than this once inflated: the API's own body limit. */
const MAX_JSON = 1024 * 1024;
const POINTER = /^(\/([^/~]|~[01])*)*$/;

export const BLANK: FactSet = { factSetVersion: 1 };

export const encodeFactSet = (fs: unknown): string => deflateRawSync(Buffer.from(JSON.stringify(fs), "utf8"), { level: 9 }).toString("base64url");

/** The fact set a link carries, or an error naming `f` (a link cut short, or not one of ours). */
export function decodeFactSet(f: unknown, lang: Lang = "en"): { ok: true; value: unknown } | { ok: false; errors: FactError[] } {
  const bad = (why: ErrorKey) => ({ ok: false as const, errors: [{ pointer: "/f", message: errorText(lang, why) }] });
  if (typeof f !== "string" || !/^[A-Za-z0-9_-]{1,400000}$/.test(f)) return bad("link.factSetNotBase64");
  try {
    return { ok: true, value: JSON.parse(inflateRawSync(Buffer.from(f, "base64url"), { maxOutputLength: MAX_JSON }).toString("utf8")) };
  } catch {
    return bad("link.factSetUnreadable");
  }
}

const list = (v: unknown): string[] => [v ?? []].flat().filter((x): x is string => typeof x === "string");

/** The state a query names, the fact set still unchecked (the page validates it and says what is wrong). */
export function readState(query: Record<string, unknown>): { ok: true; state: Omit<BuildState, "factSet">; raw: unknown } | { ok: false; errors: FactError[]; lang: Lang } {
  const lang: Lang = query.lang === "fr" ? "fr" : "en";
  const decoded = decodeFactSet(query.f, lang);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, lang };
  const ask = typeof query.ask === "string" && POINTER.test(query.ask) && query.ask !== "" ? query.ask : undefined;
  const step = query.step === "incident" || query.step === "record" ? query.step : undefined;
  return {
    ok: true, raw: decoded.value,
    state: { lang, skip: [...new Set(list(query.skip).filter((p) => POINTER.test(p) && p !== ""))], rec: query.rec === "1", ...(ask ? { ask } : {}), ...(step ? { step } : {}) },
  };
}

/** The page's URL for a state: only what differs from the defaults. */
export function buildHref(st: BuildState, path = "/build"): string {
  const q = new URLSearchParams({ lang: st.lang, f: encodeFactSet(st.factSet) });
  for (const p of st.skip) q.append("skip", p);
  if (st.rec) q.set("rec", "1");
  if (st.ask) q.set("ask", st.ask);
  if (st.step) q.set("step", st.step);
  return `${path}?${q.toString()}`;
}

/** A situation with one incident of the act chosen, nothing else known yet. */
export const actTemplate = (act: string): FactSet => ({ factSetVersion: 1, incidents: [{ id: `${act}-1`, act } as NonNullable<FactSet["incidents"]>[number]] });
