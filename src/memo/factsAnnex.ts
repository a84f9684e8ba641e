/**
 * Annex B, the facts and their sources: each fact of the fact set a rule read, once, with its value
 * and the sources the fact set cites for it; then, element by element, which source supports a fact
 * the element rests on (the Case Matrix's element × evidence chart, drawn from `evidence`). Sources
 * are cited, not weighed: a mark says only that the fact set attaches the source to such a fact.
 */
import type { ExplainedAssessment } from "../assess/explainAssessment";
import { ExplainedTrace, eachTrace } from "../engine/explain";
import { formatValue } from "./formatValue";
import type { MemoStrings } from "./strings";

/** Pointers in the fact set's order: "/incidents/2/…" before "/incidents/10/…". */
function byPointer(x: string, y: string): number {
  const a = x.split("/"), b = y.split("/");
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    if (a[k] === b[k]) continue;
    const m = Number(a[k]), n = Number(b[k]);
    return Number.isInteger(m) && Number.isInteger(n) ? m - n : a[k]! < b[k]! ? -1 : 1;
  }
  return a.length - b.length;
}

export function factsAnnex(a: ExplainedAssessment, s: MemoStrings) {
  const lang = a.lang;
  // Each fact once: the first condition that read it names it.
  const facts = new Map<string, { pointer: string; name: string; value: string; sources: string[] }>();
  eachTrace(a, (t) => {
    for (const f of (t as ExplainedTrace).facts) {
      if (!f.pointer || facts.has(f.pointer) || !("value" in f)) continue;
      facts.set(f.pointer, { pointer: f.pointer, name: f.name, value: formatValue(f.value, s, lang), sources: f.evidence ?? [] });
    }
  });
  const rows = [...facts.values()].sort((x, y) => byPointer(x.pointer, y.pointer));

  // Element × source: every element of every incident's act, and each attack's contextual elements.
  const sourcesOf = (t: ExplainedTrace) => new Set(t.facts.flatMap((f) => f.evidence ?? []));
  const ctx = a.crimesAgainstHumanity.contextualElements;
  const elementRows = [
    ...(ctx.attacks ?? [{ ...ctx, id: null as string | null }]).flatMap((c) => c.elements.map((e) => ({ attack: true, subject: c.id, title: e.title, sources: sourcesOf(e) }))),
    ...a.crimesAgainstHumanity.incidents.flatMap((x) => x.elements.filter((e) => e.role === "element").map((e) => ({ attack: false, subject: x.id as string | null, title: e.title, sources: sourcesOf(e) }))),
  ];
  const cited = a.sources.map((src) => src.id).filter((id) => elementRows.some((r) => r.sources.has(id)));
  return {
    facts: rows,
    matrix: {
      sources: cited,
      rows: cited.length ? elementRows.map((r) => ({ attack: r.attack, subject: r.subject, title: r.title, marks: cited.map((id) => (r.sources.has(id) ? "✓" : "—")) })) : [],
    },
  };
}
