/**
 * An answer, read back into the fact set: each field `f<pointer>` sets the value at its pointer
 * as the schema types it (yes / no / unknown for a fact, a date, a State, a value of a list;
 * blank or "unknown" leaves it unknown), making the objects and arrays on the way; rows left
 * blank are dropped. The record step's `r:<pointer>` yes / no keeps or removes what it records.
 * Pure: the caller validates the result and shows any error at its field.
 */
import { readPointer } from "../engine/path";
import type { FactSet } from "../facts/factSet.generated";
import { fieldKind } from "./buildControls";

type Json = Record<string, unknown> | unknown[];
const BANNED = new Set(["__proto__", "constructor", "prototype"]);
const tokens = (p: string) => p.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));

/** Set (or, for undefined, remove) the value at a pointer, making objects and arrays on the way. */
export function setDeep(doc: Record<string, unknown>, pointer: string, value: unknown): boolean {
  const keys = tokens(pointer);
  if (!keys.length || keys.some((k) => BANNED.has(k))) return false;
  let cur: Json = doc;
  for (const [i, k] of keys.entries()) {
    const last = i === keys.length - 1;
    if (Array.isArray(cur) && !/^\d+$/.test(k)) return false;
    const holder = cur as Record<string, unknown>;
    if (last) {
      if (value === undefined) { if (Array.isArray(cur)) cur[Number(k)] = undefined; else delete holder[k]; }
      else holder[k] = value;
      return true;
    }
    let next = holder[k];
    if (next === undefined || next === null || typeof next !== "object") {
      if (value === undefined) return true; // nothing to remove
      next = /^\d+$/.test(keys[i + 1]!) ? [] : {};
      holder[k] = next;
    }
    cur = next as Json;
  }
  return true;
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || (typeof v === "object" && !Array.isArray(v) && Object.values(v as object).every((x) => isEmpty(x)));

/** Arrays the answer touched, without their blank entries; objects it emptied, removed. */
function tidy(doc: Record<string, unknown>, touched: Set<string>) {
  const all = new Set<string>();
  for (const p of touched) for (let q = p; q !== ""; q = q.slice(0, q.lastIndexOf("/"))) all.add(q);
  for (const p of [...all].sort((a, b) => b.length - a.length)) {
    const v = readPointer(doc, p);
    if (Array.isArray(v)) {
      const kept = v.filter((x) => !isEmpty(x));
      setDeep(doc, p, kept.length || p.endsWith("/situations") ? kept : undefined);
    } else if (v && typeof v === "object" && isEmpty(v)) setDeep(doc, p, undefined);
  }
}

function valueOf(pointer: string, raw: string[]): { ok: true; value: unknown } | { ok: false } {
  const v = raw[0] ?? "";
  if (pointer.endsWith("/situations")) return { ok: true, value: v === "none" ? [] : v === "" ? undefined : [v] };
  const kind = fieldKind(pointer);
  switch (kind) {
    case "bool": return { ok: true, value: v === "yes" ? true : v === "no" ? false : undefined };
    case "choice": return { ok: true, value: v === "" || v === "unknown" ? undefined : v };
    case "multi": return { ok: true, value: raw.filter((x) => x !== "").length ? raw.filter((x) => x !== "") : undefined };
    case "date": case "state": case "text": return { ok: true, value: v.trim() === "" ? undefined : v.trim() };
    default: return { ok: false };
  }
}

export interface Answer { factSet: unknown; unreadable: string[] }

/**
 * The fact set once the fields are applied. `form` maps field names to their values (a repeated
 * name, several). Fields whose pointer has no known type are returned in `unreadable`.
 */
export function applyAnswer(factSet: FactSet, form: Record<string, string[]>): Answer {
  const next = structuredClone(factSet) as unknown as Record<string, unknown>;
  const touched = new Set<string>();
  const unreadable: string[] = [];
  // The record step: "no" removes what it records and its fields are not read; "yes" reads them.
  const refused = new Set<string>();
  for (const [name, [v]] of Object.entries(form)) {
    if (!name.startsWith("r:") || (v !== "no" && v !== "yes")) continue;
    const p = name.slice(2);
    if (v === "no") { refused.add(p); setDeep(next, p, undefined); touched.add(p.slice(0, p.lastIndexOf("/")) || p); }
  }
  const within = (p: string) => [...refused].some((r) => p === r || p.startsWith(`${r}/`));
  const names = Object.keys(form).filter((n) => n.startsWith("f/")).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const name of names) {
    const pointer = name.slice(1);
    if (within(pointer) || /\/connectedTo\/\d+$/.test(pointer)) continue;
    const r = valueOf(pointer, form[name]!);
    if (!r.ok) { unreadable.push(pointer); continue; }
    // A State list, a row: the container is tidied afterwards.
    const parts = tokens(pointer);
    parts.forEach((t, i) => {
      if (!/^\d+$/.test(t)) return;
      touched.add(`/${parts.slice(0, i).join("/")}`);
      if (i < parts.length - 1) touched.add(`/${parts.slice(0, i + 1).join("/")}`);
    });
    if (r.value === undefined && readPointer(next, pointer) === undefined) continue;
    setDeep(next, pointer, r.value);
    touched.add(pointer.slice(0, pointer.lastIndexOf("/")));
  }
  // A connection is chosen as "incident:<id>" or "crime:<crime>".
  for (const name of names.filter((n) => /\/connectedTo\/\d+$/.test(n))) {
    const m = /^(incident|crime):(.+)$/.exec(form[name]![0] ?? "");
    if (m) setDeep(next, name.slice(1), { [m[1]!]: m[2] });
  }
  tidy(next, touched);
  nameThings(next);
  return { factSet: next, unreadable };
}

/** An incident or a perpetrator given without an id gets one, unique among its kind; the id comes first. */
function nameThings(doc: Record<string, unknown>) {
  const fresh = (taken: Set<unknown>, stem: string) => { let n = 1; while (taken.has(`${stem}${n}`)) n++; const id = `${stem}${n}`; taken.add(id); return id; };
  const incidents = (doc.incidents ?? []) as Record<string, unknown>[];
  const incidentIds = new Set(incidents.map((i) => i.id));
  incidents.forEach((inc, k) => {
    if (!inc.id) incidents[k] = inc = { id: fresh(incidentIds, `${typeof inc.act === "string" ? inc.act : "incident"}-`), ...inc };
    const ps = (inc.perpetrators ?? []) as Record<string, unknown>[];
    const ids = new Set(ps.map((p) => p.id));
    ps.forEach((p, j) => { if (!p.id) ps[j] = { id: fresh(ids, "p"), ...p }; });
  });
}
