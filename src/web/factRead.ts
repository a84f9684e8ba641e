/**
 * A fact a rule read, as the page lists it under a node: the condition's words, whether it holds
 * (yes / no / unknown, as the memo says it), and the value only where it adds something — a
 * period, a place, a date. A bare yes or no is the condition's answer already: "met (yes)" said
 * it twice, and for a condition stated in the negative the two words could even seem to disagree.
 */
import type { Lang } from "../i18n/format";
import { formatValue } from "../memo/formatValue";
import type { MemoStrings } from "../memo/strings";
import type { WebStrings } from "./strings";

export interface FactReadLine { name: string; holds: string; value?: string }

export function factRead(f: { name: string; outcome: string; value?: unknown }, s: WebStrings, ms: MemoStrings, lang: Lang, withValue = true): FactReadLine {
  const holds = f.outcome === "met" ? s.values.yes! : f.outcome === "not_met" ? s.values.no! : s.values.unknown!;
  // Another rule's outcome, read by this one, is said once too: it is what held.
  const bare = f.value === true || f.value === false || f.value === null || f.value === undefined || (typeof f.value === "string" && f.value in s.outcomes);
  return { name: f.name, holds, ...(withValue && !bare ? { value: formatValue(f.value, ms, lang) } : {}) };
}
