/**
 * What each provision the rules cite provides, in the project's own words
 * (rules/provisions/provisions.json, schemas/provisions.schema.json): loaded once at start-up,
 * validated, and checked against the rule book, so that a rule citing a provision with no words
 * in both languages stops start-up, as a bad rule file does. A rule's citation names several
 * provisions ("Art. 7(1)(d), 7(2)(d); EoC art. 7(1)(d), element 1 (destination)"); each is
 * looked up on its own. Words for readers: nothing here decides.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import provisionsSchema from "../../schemas/provisions.schema.json";
import type { Lang } from "../i18n/format";
import { RuleBook, RuleLoadError } from "./loadRules";

export interface ProvisionWords { en: string; fr: string }
export type Provisions = ReadonlyMap<string, ProvisionWords>;
const FILE = join("rules", "provisions", "provisions.json");

/**
 * The single provisions a citation names: "Arts. 13(c), 15(3)–(4)" → "Art. 13(c)", "Art. 15(3)–(4)";
 * "Arts. 13–15" stays whole (a run of articles); an Elements entry loses the engine's own label
 * for its part of an element ("(destination)").
 */
export function provisionParts(citation: string): string[] {
  return citation.split(";").map((s) => s.trim()).filter(Boolean).flatMap((seg) => {
    if (seg.startsWith("EoC ")) return [seg.replace(/\s*\([a-z ]+\)$/, "")];
    const m = /^Arts?\. (.+)$/.exec(seg);
    if (!m) return [seg];
    return m[1]!.split(", ").map((p) => (/^\d+–\d+$/.test(p) ? `Arts. ${p}` : `Art. ${p}`));
  });
}

/** A provision's citation as the French text cites it ("Éléments des crimes, art. 7(1)(a), élément 1"). */
export function citeIn(part: string, lang: Lang): string {
  if (lang === "en") return part;
  return part
    .replace(/^EoC General Introduction, paras (\d+)-(\d+)$/, "Éléments des crimes, Introduction générale, par. $1 et $2")
    .replace(/^EoC art\. /, "Éléments des crimes, art. ")
    .replace(/, element (\d+)$/, ", élément $1")
    .replace(/, fn (\d+)$/, ", note $1")
    .replace(/^Arts\. (\d+)–(\d+)$/, "Art. $1 à $2");
}

export function loadProvisions(rulesDir: string): Provisions {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(join(rulesDir, "provisions", "provisions.json"), "utf8"));
  } catch (e) {
    throw new RuleLoadError(FILE, "", `cannot be read as JSON (${(e as Error).message})`);
  }
  const validate = new Ajv2020({ allErrors: false, strict: true }).compile(provisionsSchema);
  if (!validate(doc)) {
    const err = validate.errors![0]!;
    throw new RuleLoadError(FILE, err.instancePath, err.message ?? "invalid");
  }
  return new Map(Object.entries((doc as { provisions: Record<string, ProvisionWords> }).provisions));
}

/** Every provision a rule cites has words in both languages, or start-up stops naming the rule and the provision. */
export function checkProvisions(book: RuleBook, provisions: Provisions): void {
  for (const r of book.rules) {
    for (const part of provisionParts(r.provision)) {
      const words = provisions.get(part);
      for (const lang of ["en", "fr"] as const) {
        if (!words?.[lang]?.trim()) throw new RuleLoadError(r.file, `rule ${r.id}: provision`, `cites ${part}, which has no words in ${lang} in ${FILE}`);
      }
    }
  }
}

/** The words of each provision a citation names, in `lang`; undefined when one has none. */
export function provisionWords(provisions: Provisions, citation: string, lang: Lang): { cite: string; text: string }[] | undefined {
  const parts = provisionParts(citation);
  const out = parts.map((p) => ({ cite: citeIn(p, lang), text: provisions.get(p)?.[lang] ?? "" }));
  return out.length && out.every((x) => x.text) ? out : undefined;
}
