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

export function popovers(provisions: Provisions, lang: Lang): Popovers {
  const made = new Map<string, Popover>();
  const ids = new Set<string>();
  return {
    idOf(citation) {
      const known = made.get(citation);
      if (known) return known.id;
      const parts = provisionWords(provisions, citation, lang);
      if (!parts) return undefined;
      const slug = `pv-${citation.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
      let id = slug;
      for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
      ids.add(id);
      made.set(citation, { id, citation, parts, ...(parts.length > 1 || parts[0]!.cite !== citation ? { heading: citation } : {}) });
      return id;
    },
    list: () => [...made.values()],
  };
}
