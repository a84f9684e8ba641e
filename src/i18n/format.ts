/** Dates, lists and State names as each working language of the Court writes them. */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import type { Window } from "../dates";

export type Lang = "en" | "fr";
export const LANGS: Lang[] = ["en", "fr"];

countries.registerLocale(en);
countries.registerLocale(fr);

const MONTHS: Record<Lang, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};

/** A date written in English words in a citation ("31 Mar 2010", "6 September 2018"). */
const ENGLISH_DATE = /\b(\d{1,2}) (Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (\d{4})\b/g;
/** The English dates of a text (citations are written in English) as `lang` writes them. */
export function datesIn(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text.replace(ENGLISH_DATE, (_, d: string, m: string, y: string) => {
    const month = MONTHS.en.findIndex((x) => x.startsWith(m.slice(0, 3)));
    return `${lang === "fr" && d === "1" ? "1er" : d} ${MONTHS[lang][month]} ${y}`;
  });
}

/**
 * French typography (Imprimerie nationale): a no-break space before a colon and inside « »,
 * a narrow no-break space before ; ! and ?. Applied to a rendered French memo, so that every
 * string in it — the templates', the rules', the fact set's — follows it.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:(?=\s|$|[)*_])/gm, "\u00a0:")
    .replace(/[ \u00a0\u202f]+([;!?])(?=\s|$|[)*_])/gm, "\u202f$1")
    .replace(/«[ \u00a0]*/g, "«\u00a0")
    .replace(/[ \u00a0]*»/g, "\u00a0»");
}

/** 2010-06-01 → "1 June 2010" / "1er juin 2010". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const day = lang === "fr" && d === 1 ? "1er" : String(d);
  return `${day} ${MONTHS[lang][m - 1]} ${y}`;
}

/** ["A", "B", "C"] → "A, B and C" / "A, B et C" (or "or" / "ou"). */
export function joinList(items: string[], lang: Lang, conj: "and" | "or" = "and"): string {
  const word = lang === "fr" ? (conj === "and" ? "et" : "ou") : conj;
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

export function windowsText(windows: Window[], lang: Lang): string {
  if (windows.length === 0) return lang === "fr" ? "à aucun moment" : "at no time";
  return joinList(windows.map((w) => (w.to
    ? (lang === "fr" ? `du ${formatDate(w.from, lang)} au ${formatDate(w.to, lang)}` : `from ${formatDate(w.from, lang)} to ${formatDate(w.to, lang)}`)
    : (lang === "fr" ? `depuis le ${formatDate(w.from, lang)}` : `from ${formatDate(w.from, lang)}`))), lang);
}

/**
 * A State's membership as a sentence's predicate: "has never been a State Party", "has been a
 * State Party since 1 June 2010", "was a State Party from 1 December 2004 to 26 October 2017".
 */
export function membershipText(windows: Window[], lang: Lang): string {
  if (windows.length === 0) return lang === "fr" ? "n'a jamais été État Partie" : "has never been a State Party";
  return joinList(windows.map((w) => (w.to
    ? (lang === "fr" ? `a été État Partie du ${formatDate(w.from, lang)} au ${formatDate(w.to, lang)}` : `was a State Party from ${formatDate(w.from, lang)} to ${formatDate(w.to, lang)}`)
    : (lang === "fr" ? `est État Partie depuis le ${formatDate(w.from, lang)}` : `has been a State Party since ${formatDate(w.from, lang)}`))), lang);
}

const names = new Map<string, string>();
/** The State's name in the language; the reference data's English name where it has one. */
export function stateNameIn(code: string, lang: Lang, englishName?: string): string {
  if (lang === "en" && englishName) return englishName;
  const key = `${lang}:${code}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = countries.getName(code, lang) ?? englishName ?? code));
  return name;
}

/** Fill `{name}` slots of a fixed text (a route's, the memo's) from values; an unknown slot stays as written. */
export function fillSlots(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** The singular or the plural of a text, as the language's rules give it for n, its slots filled ("{n}" too). */
export function plural(forms: { one: string; other: string }, n: number, lang: Lang, vars: Record<string, string> = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return fillSlots(rules.select(n) === "one" ? forms.one : forms.other, { n: String(n), ...vars });
}
