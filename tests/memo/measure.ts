/** How the memo tests measure a memo: its body, its words, its sentences. */

/** The body: the memo up to its first annex. */
export const bodyOf = (md: string) => md.split(/\n## Annexe? A\b/)[0]!;
/** Words as a reader counts them: runs with a letter or a digit (table rules and bullets are not words). */
export const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** Sentences of the running text (table rows aside), with dates and the incidents' ids masked, longer than five words. */
export function sentencesOf(text: string, ids: string[] = []): string[] {
  const longestFirst = [...ids].sort((a, b) => b.length - a.length);
  return text.replace(/^\|.*$/gm, "").split(/(?<=[.!?])\s+/)
    .map((x) => longestFirst.reduce((t, id) => t.split(id).join("ID"), x.trim().replace(/\d{1,2}(er)? \p{L}+ \d{4}/gu, "DATE")))
    .filter((x) => x.split(/\s+/).length > 5);
}
