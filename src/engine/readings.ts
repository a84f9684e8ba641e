/**
 * Contested points of law (`reading` on a rule): the rule's own conditions are the reading used;
 * the other reading is the same rule book with that rule's conditions replaced. Re-assessing under
 * that book is how the memo can say whether the other reading would change the result, instead of
 * asserting it.
 */
import type { RuleBook } from "./loadRules";
import type { Reading, RuleDef } from "./types";

/** Every rule that carries a reading, in evaluation order. */
export function readingRules(book: RuleBook): RuleDef[] {
  return book.rules.filter((r) => r.reading !== undefined);
}

/** The rule as the other reading would have it. */
export function underOtherReading(rule: RuleDef & { reading: Reading }): RuleDef {
  return { ...rule, conditions: rule.reading.conditions };
}

const books = new WeakMap<RuleBook, Map<string, RuleBook>>();

/**
 * The rule book with one reading switched to the other. The loader checked that the other
 * conditions read only what the rule reads, so the order, the late rules and the act variants are
 * those of the book itself; only the rule changes.
 */
export function bookUnderReading(book: RuleBook, readingId: string): RuleBook {
  let byReading = books.get(book);
  if (!byReading) books.set(book, (byReading = new Map()));
  const cached = byReading.get(readingId);
  if (cached) return cached;
  const rule = book.rules.find((r) => r.reading?.id === readingId);
  if (!rule) throw new Error(`no rule carries reading "${readingId}"`);
  const other = underOtherReading(rule as RuleDef & { reading: Reading });
  const swap = (r: RuleDef) => (r === rule ? other : r);
  const byScope = new Map([...book.byScope].map(([scope, rs]) => [scope, rs.map(swap)]));
  const out: RuleBook = { ...book, rules: book.rules.map(swap), byId: new Map([...book.byId].map(([id, r]) => [id, swap(r)])), byScope };
  byReading.set(readingId, out);
  return out;
}
