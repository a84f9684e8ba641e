/**
 * The lists the build page's selects offer, in the page's language: every State by its ISO
 * 3166-1 alpha-3 code (names from the reference data in English, from i18n-iso-countries in
 * French), the acts of Art. 7(1) with their provisions, and the Court's situations. Made once per
 * language.
 */
import countries from "i18n-iso-countries";
import { Lang, stateNameIn } from "../i18n/format";
import type { Runtime } from "../runtime";
import factSetSchema from "../../schemas/fact-set.schema.json";

export interface Option { value: string; label: string }
export interface Options { states: Option[]; acts: Option[]; situations: Option[]; stateName(code: string): string }

/** The acts in the order of Art. 7(1), as the schema lists them. */
export const ACTS = (factSetSchema.$defs.act.enum as string[]).slice();

const made = new WeakMap<Runtime, Map<Lang, Options>>();

export function optionsFor(rt: Runtime, lang: Lang): Options {
  let byLang = made.get(rt);
  if (!byLang) made.set(rt, (byLang = new Map()));
  let o = byLang.get(lang);
  if (o) return o;
  const stateName = (code: string) => stateNameIn(code, lang, rt.ref.states.get(code)?.name);
  const codes = new Set([...Object.keys(countries.getAlpha3Codes()), ...rt.ref.states.keys()]);
  const collator = new Intl.Collator(lang);
  const states = [...codes].map((c) => ({ value: c, label: `${stateName(c)} (${c})` })).sort((a, b) => collator.compare(a.label, b.label));
  const acts = ACTS.map((a) => {
    const book = rt.book.acts.get(a);
    const title = (lang === "fr" ? book?.fr?.title : undefined) ?? book?.title ?? a;
    return { value: a, label: book ? `${title} — ${book.provision}` : a };
  });
  // The Court's situation number is part of the name a lawyer knows; a preliminary examination's reference id (pe-…) is not.
  const situations = rt.ref.situations.map((x) => ({ value: x.id, label: `${lang === "fr" ? x.nameFr ?? x.name : x.name}${x.id.startsWith("ICC-") ? ` (${x.id})` : ""}` }));
  o = { states, acts, situations, stateName };
  byLang.set(lang, o);
  return o;
}
