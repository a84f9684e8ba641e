/**
 * What "an error in French" means to the tests: none of the words the English error templates use
 * and the French ones do not. The values an error quotes (in "…", « » or `…`), its pointers and the
 * JSON Schema's type names are the contract, the same in every language, and are not read.
 */
import assert from "node:assert/strict";
import en from "../../templates/errors/en.json";
import fr from "../../templates/errors/fr.json";

const wordsOf = (texts: string[]) => new Set(texts.flatMap((t) => t.replace(/\{\w+\}/g, " ").match(/\p{L}{3,}/gu) ?? []));
const TYPE_NAMES = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
const french = wordsOf(Object.values(fr));
/** The words only the English templates use ("must", "missing", "field", "the", …). */
export const ENGLISH_WORDS = [...wordsOf(Object.values(en))].filter((w) => !french.has(w) && !TYPE_NAMES.has(w));

/** The first English word of a message, or undefined: its quoted values and pointers set aside. */
export function englishIn(message: string): string | undefined {
  const words = new Set(message.replace(/"[^"]*"|«[^»]*»|`[^`]*`|\/[^\s,;:)]*/g, " ").match(/\p{L}{3,}/gu) ?? []);
  return ENGLISH_WORDS.find((w) => words.has(w));
}

export function assertFrench(message: string, where = ""): void {
  const w = englishIn(message);
  assert.equal(w, undefined, `English (“${w}”) in a French error${where ? ` at ${where}` : ""}: ${message}`);
}
