/**
 * An incident's `elements` named wrongly: which act's elements they are. A name that is an element
 * of another act says so ("forciblyDisplaced" under murder is deportation's), and a mistyped one
 * is matched within its act first, then across the others (forciblyDeported → forciblyDisplaced),
 * so that the message names the fix: the right name, or the right act.
 */
import actsSchema from "../../schemas/acts.schema.json";
import { errorText, quoted } from "./errorWords";
import type { Lang } from "../i18n/format";

interface ActDef { title?: string; properties?: Record<string, unknown> }

const ACTS = Object.entries(actsSchema.$defs as Record<string, ActDef>)
  .filter(([, d]) => d.properties && d.title)
  .map(([id, d]) => ({ id, title: d.title!, elements: Object.keys(d.properties!), provision: /\(Art\. (.+)\)$/.exec(d.title!)?.[1] ?? "" }));
const BY_TITLE = new Map(ACTS.map((a) => [a.title, a]));

/** The act whose elements' schema this is (the schema's title names it), if it is one. */
export function actOfSchema(schema: unknown): string | undefined {
  const title = (schema as ActDef | undefined)?.title;
  return title ? BY_TITLE.get(title)?.id : undefined;
}

/**
 * The one candidate a mistyped element most likely meant: `near` (case, or two edits), else the
 * one that shares the longest start with it, if that start is at least six letters and two fifths
 * of the word ("forcibly D…"); never a guess between two.
 */
export function nearestElement(word: string, candidates: string[], near: (w: string, c: string[]) => string | undefined): string | undefined {
  const close = near(word, candidates);
  if (close) return close;
  const shared = (c: string) => { let i = 0; while (i < word.length && i < c.length && word[i]!.toLowerCase() === c[i]!.toLowerCase()) i++; return i; };
  const best = Math.max(0, ...candidates.map(shared));
  if (best < 6 || best < word.length * 0.4) return undefined;
  const top = candidates.filter((c) => shared(c) === best);
  return top.length === 1 ? top[0] : undefined;
}

/** The message for `word`, not an element of `act`. */
export function elementMessage(act: string, word: string, lang: Lang, near: (w: string, c: string[]) => string | undefined): string {
  const own = ACTS.find((a) => a.id === act)!;
  const and = new Intl.ListFormat(lang, { type: "conjunction" });
  const list = and.format(own.elements.map((e) => quoted(lang, e)));
  const base = { act: quoted(lang, act), provision: own.provision, list };
  const actsOf = (name: string) => ACTS.filter((a) => a.id !== act && a.elements.includes(name));
  const named = (acts: typeof ACTS) => and.format(acts.map((a) => `${quoted(lang, a.id)} (art. ${a.provision})`));
  const mine = nearestElement(word, own.elements, near);
  if (mine) return errorText(lang, "schema.notAnElementNear", { ...base, near: mine });
  const elsewhere = actsOf(word);
  if (elsewhere.length) return errorText(lang, "schema.elementOfOther", { ...base, others: named(elsewhere) });
  const others = [...new Set(ACTS.filter((a) => a.id !== act).flatMap((a) => a.elements))].filter((e) => !own.elements.includes(e));
  const theirs = nearestElement(word, others, near);
  if (theirs) return errorText(lang, "schema.elementOfOtherNear", { ...base, near: theirs, others: named(actsOf(theirs)) });
  return errorText(lang, "schema.notAnElement", base);
}
