/**
 * The words of a fact set's errors (templates/errors/<lang>.json): validation, attacks, JSON
 * Patch and links. The code says which error and with what values; the templates say it in the
 * reader's language. Pointers, field names and enum values in the values stay as given: they are
 * the contract, not words.
 */
import en from "../../templates/errors/en.json";
import fr from "../../templates/errors/fr.json";
import { Lang, fillSlots } from "../i18n/format";

export type ErrorKey = keyof typeof en;
// Typed against the English keys: a French file missing one does not compile.
const WORDS: Record<Lang, Record<ErrorKey, string>> = { en, fr };

/** The {slots} of a template, sorted ("{op, path, …}" is text, not a slot). */
export const slotsOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** What differs between two languages' templates: a key only one has, or a key whose slots differ. */
export function mismatches(a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(k in a) || !(k in b)) out.push(`${k}: only in ${k in a ? "the first" : "the second"}`);
    else if (slotsOf(a[k]!).join() !== slotsOf(b[k]!).join()) out.push(`${k}: slots {${slotsOf(a[k]!).join("}, {")}} and {${slotsOf(b[k]!).join("}, {")}}`);
  }
  return out;
}

// Checked once at load, so that a server never starts with an error it cannot say in French.
const wrong = mismatches(en, fr);
if (wrong.length) throw new Error(`templates/errors: en.json and fr.json differ: ${wrong.join("; ")}`);

/** The error `key` in `lang`, its slots filled. */
export function errorText(lang: Lang, key: ErrorKey, params: Record<string, string | number> = {}): string {
  return fillSlots(WORDS[lang][key], Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

/** A value the user gave, quoted as the language quotes ("x" / « x »). */
export const quoted = (lang: Lang, value: string): string => errorText(lang, "quoted", { value });

/** A count or a limit as the language writes it (2000 / 2 000); never a year. */
export const count = (lang: Lang, n: number): string => (lang === "en" ? String(n) : new Intl.NumberFormat(lang).format(n));

/** Whether `key` names a template (for names that come from a library, such as fast-json-patch's). */
export const hasErrorKey = (key: string): key is ErrorKey => Object.hasOwn(en, key);
