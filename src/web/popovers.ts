/**
 * The provisions' words on the page (the tree's citations open them, HTML's popover): one popover
 * per citation the page shows, however many nodes cite it, each with an id of its own, and the
 * words of every provision the citation names (../engine/provisions.ts).
 */
import { Provisions, provisionWords } from "../engine/provisions";
import type { Lang } from "../i18n/format";

export interface Popover {
  id: string; citation: string; parts: { cite: string; text: string }[];
  /** The citation as a heading, where it says more than its one part's own label. */
  heading?: string;
}
export interface Popovers {
  /** The id of the popover for a citation, made on first use; undefined when it has no words. */
  idOf(citation: string): string | undefined;
  /** The popovers made, in the order of first use. */
  list(): Popover[];
}

const capitalized = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** `say`: a citation as the page's language writes it (the memo's localize); the key stays the rules' own. */
export function popovers(provisions: Provisions, lang: Lang, say: (citation: string) => string = (c) => c): Popovers {
  const made = new Map<string, Popover>();
  const ids = new Set<string>();
  return {
    idOf(citation) {
      const known = made.get(citation);
      if (known) return known.id;
      // Each part's label opens its line: "Art." there, as in either language.
      const parts = provisionWords(provisions, citation, lang)?.map((p) => ({ ...p, cite: capitalized(say(p.cite)) }));
      if (!parts) return undefined;
      const slug = `pv-${citation.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
      let id = slug;
      for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
      ids.add(id);
      const shown = capitalized(say(citation));
      made.set(citation, { id, citation: shown, parts, ...(parts.length > 1 || parts[0]!.cite !== shown ? { heading: shown } : {}) });
      return id;
    },
    list: () => [...made.values()],
  };
}
