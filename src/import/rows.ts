/**
 * The sheet's rows made into incidents, as the mapping says, each fact's place in the incident
 * (a JSON Pointer below /incidents/N) noted with the column it came from, so that the validator's
 * errors can be said by row and column. A cell that cannot be read is left out and reported.
 */
import type { DateFormat } from "./cells";
import { parts, slug, toDate, toFact, toState, toWord } from "./cells";
import type { Column, ImportMapping } from "./mapping";
import { targetsOf } from "./mapping";
import type { Sheet } from "./sheet";

export interface CellError { row: number; column: string; pointer: string; message: string }
export interface RowIncident {
  row: number;
  incident: Record<string, unknown>;
  /** Pointer below the incident ("/start", "/territories", "/perpetrators/0/name") → the column it came from. */
  origins: Map<string, string>;
}

type Obj = Record<string, unknown>;
type Perpetrator = Obj & { nationalities?: string[] };

/** Header names compared without regard to case, spaces or underscores ("My property" is Uwazi's my_property). */
export const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s_]+/g, "_");

/** The sheet's column for each of the mapping's, or the mapping's columns the sheet lacks. */
export function matchColumns(mapping: ImportMapping, sheet: Sheet): { columns: Map<string, string>; missing: string[] } {
  const byKey = new Map(sheet.header.map((h) => [headerKey(h), h]));
  const columns = new Map<string, string>();
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(mapping.columns)) {
    const targets = targetsOf(spec);
    if (targets.length === 0) continue;
    const found = sheet.header.includes(name.trim()) ? name.trim() : byKey.get(headerKey(name));
    if (found !== undefined) columns.set(name, found);
    else if (!targets.every((t) => t.optional)) missing.push(name);
  }
  return { columns, missing };
}

export function rowsToIncidents(mapping: ImportMapping, sheet: Sheet, columns: Map<string, string>): { incidents: RowIncident[]; errors: CellError[] } {
  const errors: CellError[] = [];
  const incidents = sheet.rows.map((r) => {
    const incident = structuredClone(mapping.incident ?? {}) as Obj;
    const origins = new Map<string, string>();
    const descriptions: string[] = [];
    const perpetrators: Perpetrator[] = [];
    const perpetrator = (n: number): Perpetrator => (perpetrators[n - 1] ??= {});
    const note = (at: string, column: string) => { if (!origins.has(at)) origins.set(at, column); };

    for (const [name, header] of columns) {
      const text = r.cells[header] ?? "";
      for (const t of targetsOf(mapping.columns[name]!)) {
        const fail = (at: string, message: string) => errors.push({ row: r.row, column: header, pointer: at, message });
        // An empty or unknown cell leaves the fact out (absent is unknown); `into` is made only for a value.
        const set = (at: string, key: string, value: unknown, into: () => Obj = () => incident) => { note(at, header); if (value !== null && value !== undefined && value !== "") into()[key] = value; };
        readCell(t, text, { mapping, set, fail, note: (at) => note(at, header), descriptions, perpetrator, incident });
      }
    }
    if (descriptions.length) incident.description = descriptions.join("; ");
    if (incident.id === undefined) incident.id = `row-${r.row}`; // the sheet gives no id: the row's number names it
    if (perpetrators.length) {
      incident.perpetrators = Array.from(perpetrators, (p, i) => ({ id: `${String(incident.id)}-p${i + 1}`, ...(p ?? {}) }));
    }
    return { row: r.row, incident, origins };
  });
  return { incidents, errors };
}

interface Kit {
  mapping: ImportMapping;
  set(at: string, key: string, value: unknown, into?: () => Obj): void;
  fail(at: string, message: string): void;
  note(at: string): void;
  descriptions: string[];
  perpetrator(n: number): Perpetrator;
  incident: Obj;
}

function readCell(t: Column, text: string, k: Kit): void {
  const format = (k.mapping.dateFormat ?? "YYYY-MM-DD") as DateFormat;
  const fact = String(t.fact);
  const date = (at: string, key: string, value: string, into?: () => Obj) => {
    const d = toDate(value, format);
    if (d.ok) k.set(at, key, d.value, into); else k.fail(at, d.message);
  };
  const yesNo = (at: string, key: string, into?: () => Obj) => {
    const f = toFact(text, t.values, k.mapping.values);
    if (f.ok) k.set(at, key, f.value, into); else k.fail(at, f.message);
  };
  const states = (at: string): string[] => parts(text, t.split).flatMap((p) => {
    const s = toState(p, t.values);
    if (s.ok) return [s.value];
    k.fail(at, s.message);
    return [];
  });

  if (fact.startsWith("elements.")) {
    const name = fact.slice("elements.".length);
    return yesNo(`/elements/${name}`, name, () => (k.incident.elements ??= {}) as Obj);
  }
  switch (fact) {
    case "id": return k.set("/id", "id", t.slug ? slug(text) : text.trim());
    case "description": {
      k.note("/description");
      if (text.trim() !== "") k.descriptions.push(t.label ? `${t.label}: ${text.trim()}` : text.trim());
      return;
    }
    case "act": return k.set("/act", "act", text.trim() === "" ? undefined : toWord(text, t.values));
    case "attack": return k.set("/attack", "attack", text.trim());
    case "start": case "end": return date(`/${fact}`, fact, text);
    case "period": {
      // Uwazi's date range: "start:end", either side may be blank.
      const [from = "", to = ""] = text.split(":");
      date("/start", "start", from);
      return date("/end", "end", to);
    }
    case "partOfAttack": case "knowledgeOfAttack": return yesNo(`/${fact}`, fact);
    case "grounds": return k.set("/grounds", "grounds", listOrNothing(parts(text, t.split).map((p) => toWord(p, t.values))));
    case "situations": return k.set("/situations", "situations", listOrNothing(parts(text, t.split)));
    case "territories": {
      k.note("/territories");
      const list = (k.incident.territories ??= []) as Obj[];
      for (const state of states("/territories")) list.push({ state, ...(t.part ? { part: t.part } : {}) });
      if (list.length === 0) delete k.incident.territories;
      return;
    }
  }
  const n = t.perpetrator ?? 1;
  const at = (field: string, i = n) => `/perpetrators/${i - 1}/${field}`;
  switch (fact) {
    case "perpetrators.id": case "perpetrators.name": {
      // Several in one cell: one perpetrator each, from the column's perpetrator on.
      const field = fact.slice("perpetrators.".length);
      parts(text, t.split).forEach((v, i) => k.set(at(field, n + i), field, v, () => k.perpetrator(n + i)));
      return k.note(at(field));
    }
    case "perpetrators.nationalities": {
      k.note(at("nationalities"));
      const list = [...new Set(states(at("nationalities")))];
      if (list.length) k.perpetrator(n).nationalities = list;
      return;
    }
    case "perpetrators.adult": return yesNo(at("adult"), "adult", () => k.perpetrator(n));
    case "perpetrators.birthDate": return date(at("birthDate"), "birthDate", text, () => k.perpetrator(n));
  }
}

const listOrNothing = (list: string[]) => (list.length ? [...new Set(list)] : undefined);
