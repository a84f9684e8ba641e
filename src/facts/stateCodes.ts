/**
 * The ISO 3166-1 alpha-3 code a person most likely meant by what they wrote for a State: the code
 * in another case ("ltu"), its alpha-2 code ("LT"), or its name in English or French
 * ("Lithuania", "Lituanie"). The validator suggests it; the spreadsheet import reads it.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";

countries.registerLocale(en);
countries.registerLocale(fr);

export function alpha3For(text: string): string | undefined {
  const t = text.trim();
  if (/^[A-Za-z]{3}$/.test(t) && countries.isValid(t.toUpperCase())) return t.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(t) && countries.isValid(t.toUpperCase())) return countries.alpha2ToAlpha3(t.toUpperCase());
  return countries.getAlpha3Code(t, "en") ?? countries.getAlpha3Code(t, "fr") ?? undefined;
}
