/**
 * Operators: each returns true, false or null (cannot decide). json-rules-engine's built-in
 * operators are mirrored here so that the native evaluator agrees with the reference one; for
 * them an absent fact is unknown (the engine itself would say false, or true under `notEqual`).
 */
import { Period, Tri, Window, addYears, inWindow, periodOverlaps, periodWithin } from "../dates";

export interface OperatorDef {
  /** Built-ins: an absent or null fact makes the leaf unknown, whatever the operator says. */
  absentIsUnknown: boolean;
  fn: (fact: unknown, value: unknown) => Tri | boolean;
}

const isDate = (x: unknown): x is string => typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isWindows = (x: unknown): x is Window[] => Array.isArray(x);
const asPeriod = (x: unknown): Period | null => {
  if (x === null || typeof x !== "object") return null;
  const p = x as Partial<Period>;
  return { start: isDate(p.start) ? p.start : null, end: isDate(p.end) ? p.end : null };
};
const num = (x: unknown) => typeof x === "number" && Number.isFinite(x);

const builtin = (fn: (a: unknown, b: unknown) => boolean): OperatorDef => ({ absentIsUnknown: true, fn });
const custom = (fn: (a: unknown, b: unknown) => Tri): OperatorDef => ({ absentIsUnknown: false, fn });

export const OPERATORS: Record<string, OperatorDef> = {
  equal: builtin((a, b) => a === b),
  notEqual: builtin((a, b) => a !== b),
  in: builtin((a, b) => Array.isArray(b) && b.includes(a)),
  notIn: builtin((a, b) => Array.isArray(b) && !b.includes(a)),
  contains: builtin((a, b) => Array.isArray(a) && a.includes(b)),
  doesNotContain: builtin((a, b) => Array.isArray(a) && !a.includes(b)),
  lessThan: builtin((a, b) => num(a) && (a as number) < (b as number)),
  lessThanInclusive: builtin((a, b) => num(a) && (a as number) <= (b as number)),
  greaterThan: builtin((a, b) => num(a) && (a as number) > (b as number)),
  greaterThanInclusive: builtin((a, b) => num(a) && (a as number) >= (b as number)),

  /** An outcome read as a fact: met → true, not met → false, undetermined → unknown. */
  isMet: custom((a) => (a === "met" ? true : a === "not_met" ? false : null)),
  dateOnOrBefore: custom((a, b) => (isDate(a) && isDate(b) ? a <= b : null)),
  dateOnOrAfter: custom((a, b) => (isDate(a) && isDate(b) ? a >= b : null)),
  /** A step of the procedural record: the record is complete, so a step not given did not happen. */
  occurredBy: custom((a, b) => (a === undefined || a === null ? false : isDate(a) && isDate(b) ? a <= b : null)),
  dateInWindows: custom((a, b) => (isDate(a) && isWindows(b) ? b.some((w) => inWindow(a, w)) : null)),
  periodOverlaps: custom((a, b) => {
    const p = asPeriod(a);
    return p && isWindows(b) ? periodOverlaps(p, b) : null;
  }),
  /** The period began on or after the date: false if it began, or ended, before it; unknown without a start (or an end before the date). */
  periodStartsOnOrAfter: custom((a, b) => {
    const p = asPeriod(a);
    if (!p || !isDate(b)) return null;
    if (p.start !== null) return p.start >= b;
    return p.end !== null && p.end < b ? false : null;
  }),
  periodWithin: custom((a, b) => {
    const p = asPeriod(a);
    return p && isWindows(b) ? periodWithin(p, b) : null;
  }),
  /** Had the person reached `b` years of age by the end of the conduct (by its start if the end is unknown)? Without a date of birth, `adult` (known to be of age) answers. */
  ageReachedDuring: custom((a, b) => {
    if (a === null || typeof a !== "object" || !num(b)) return null;
    const { birthDate, start, end, adult } = a as { birthDate?: unknown; start?: unknown; end?: unknown; adult?: unknown };
    // A known date of birth decides; only without one does a plain "was an adult" fact count.
    if (!isDate(birthDate)) return adult === true || adult === false ? adult : null;
    const birthday = addYears(birthDate, b as number);
    if (isDate(end)) return birthday <= end;
    if (isDate(start)) return birthday <= start ? true : null;
    return null;
  }),
  /**
   * Links of a persecution (each {act, outcome}): is one met, leaving out the acts `b.exclude`
   * names? Kleene over the links that count; none given → unknown, none that counts → false.
   */
  someLinkMet: custom((a, b) => {
    if (!Array.isArray(a)) return null;
    const exclude = (b as { exclude?: unknown } | null)?.exclude;
    const counted = (a as { act?: unknown; outcome?: unknown }[]).filter((l) => !(Array.isArray(exclude) && exclude.includes(l.act)));
    if (counted.some((l) => l.outcome === "met")) return true;
    return counted.some((l) => l.outcome !== "not_met") ? null : false;
  }),
  /** Do the two lists share an element? An empty list shares none, whatever the other holds. */
  intersects: custom((a, b) => ((Array.isArray(a) && a.length === 0) || (Array.isArray(b) && b.length === 0) ? false : Array.isArray(a) && Array.isArray(b) ? a.some((x) => b.includes(x)) : null)),
  memberOf: custom((a, b) => (a === undefined || a === null || !Array.isArray(b) ? null : b.includes(a))),
};

/** Evaluate one leaf's operator, three-valued. */
export function applyOperator(name: string, fact: unknown, value: unknown): Tri {
  const op = OPERATORS[name];
  if (!op) throw new Error(`unknown operator ${name}`);
  if (op.absentIsUnknown && (fact === undefined || fact === null)) return null;
  const r = op.fn(fact, value);
  return r === null ? null : r === true;
}
