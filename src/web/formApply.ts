/**
 * A facts form sent: each control's value (`f<pointer>`) applied to the fact set so far. Every
 * control is sent, changed or not: one left as it shows changes nothing (a fact given as null is
 * shown "unknown", or an empty date, and must not become absent), and one set back to the
 * scenario's value takes that value exactly, so that the patch drops it. A date the fact set
 * requires cannot be emptied, and a value that is no calendar date is not taken: each is refused,
 * by pointer, and keeps its value, so that the outcome never rests on a change that was not made.
 */
import { isCalendarDate } from "../dates";
import { readPointer } from "../engine/path";
import { dateValue, recordField } from "./recordFields";
import { controlValue, setAt, valueOf } from "./urlState";

export interface Refusal { pointer: string; why: "required" | "notADate" }

export function applyControls(next: Record<string, unknown>, given: unknown, query: Record<string, unknown>): Refusal[] {
  const refused: Refusal[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (!k.startsWith("f/") || typeof v !== "string") continue;
    const pointer = k.slice(1);
    const was = readPointer(given, pointer);
    if (recordField(pointer)?.kind === "date") {
      if (v === dateValue(readPointer(next, pointer))) continue;
      if (v === "" && recordField(pointer)!.required) { refused.push({ pointer, why: "required" }); continue; }
      if (v !== "" && !isCalendarDate(v)) { refused.push({ pointer, why: "notADate" }); continue; }
      // Empty: not known, or none (the record is taken as complete); a null given stays null.
      setAt(next, pointer, v === dateValue(was) ? structuredClone(was) : v === "" ? undefined : v);
      continue;
    }
    if (v === controlValue(readPointer(next, pointer))) continue;
    setAt(next, pointer, v === controlValue(was) ? structuredClone(was) : valueOf(v));
  }
  return refused;
}
