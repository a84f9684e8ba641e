/**
 * A pasted fact set's errors, each with its JSON Pointer and message, and — where the pointer is
 * one fact a control can answer (a yes / no, a date, a State, a listed value, a line of text) — that
 * control beside it, holding the value pasted, so it can be put right without editing the JSON.
 */
import type { FactError } from "../facts/validate";
import type { Runtime } from "../runtime";
import { fieldKind, schemaAt } from "./buildControls";
import { Field, fieldMaker, flagField } from "./buildFields";
import { optionsFor } from "./buildOptions";
import type { WebStrings } from "./strings";

export interface Fix { pointer: string; message: string; field?: ReturnType<typeof flagField> }

export function pasteFixes(doc: unknown, errors: FactError[], s: WebStrings, rt: Runtime): Fix[] {
  const m = fieldMaker({ doc, errors: [], s, o: optionsFor(rt, s.lang === "fr" ? "fr" : "en") });
  const label = `${s.builder.fixLabel}`;
  const fieldOf = (p: string): Field | undefined => {
    if (p === "") return undefined;
    switch (fieldKind(p)) {
      case "bool": return m.bool(p, label);
      case "date": return m.date(p, label);
      case "state": return m.state(p, label);
      case "text": return m.text(p, label);
      case "choice": {
        const values = ((schemaAt(p)?.node.enum ?? []) as unknown[]).filter((v): v is string => typeof v === "string");
        return m.select(p, label, values.map((v) => ({ value: v, label: (s.values as Record<string, string>)[v] ?? v })));
      }
      default: return undefined;
    }
  };
  // One control per pointer, however many errors it has.
  const seen = new Set<string>();
  return errors.map((e) => {
    const field = seen.has(e.pointer) ? undefined : fieldOf(e.pointer);
    seen.add(e.pointer);
    return { pointer: e.pointer, message: e.message, ...(field ? { field: flagField(field) } : {}) };
  });
}
