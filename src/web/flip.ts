/**
 * The smallest change of fact that would flip a conclusion to a student's answer: each fact the
 * conclusion's reasoning read (its own trace's facts and missing facts first, then those of the
 * traces under it), set to each of its other values (yes / no / unknown, or another listed
 * value), one at a time, and the fact set re-assessed. The first single change that gives the
 * answer is reported. The search is capped, so that a graded answer sheet stays fast.
 */
import type { Assessment } from "../assess/types";
import { eachTrace, explainTrace } from "../engine/explain";
import type { RuleTrace } from "../engine/evaluateRule";
import type { ExplainedTrace } from "../engine/explain";
import type { RuleBook } from "../engine/loadRules";
import type { FactSet } from "../facts/factSet.generated";
import type { Lang } from "../i18n/format";
import type { Control } from "./facts";
import { setAt, valueOf } from "./urlState";

/** At most this many changes tried for one answer. */
export const FLIPS_PER_ANSWER = 12;
/** At most this many re-assessments for one answer sheet (the changes cached across its answers). */
export const FLIPS_PER_SHEET = 60;

export interface Candidate { pointer: string; name: string; values: { control: string; label: string }[] }
export interface Flip { pointer: string; name: string; control: string; label: string; factSet: FactSet }
export type FlipSearch = { flip: Flip; tried: number } | { flip?: undefined; tried: number; skipped?: boolean };

/** The part of the assessment a conclusion is reasoned from (the whole assessment when its key is not known). */
export function scopeOf(a: Assessment, key: string): unknown {
  const j = a.jurisdiction, cah = a.crimesAgainstHumanity, ctx = cah.contextualElements;
  if (key === "jurisdiction") return j.incidents;
  if (key === "trigger") return j.trigger;
  if (key === "crimesAgainstHumanity") return cah;
  if (key === "contextual") return ctx;
  let m = /^contextual\/([^/]+)(?:\/([^/]+))?$/.exec(key);
  if (m) {
    const attack = ctx.attacks?.find((x) => x.id === m![1]);
    if (attack) return m[2] ? attack.elements.filter((e) => e.id === m![2]) : attack;
    return ctx.elements.filter((e) => e.id === m![1]);
  }
  m = /^incident\/([^/]+)\/jurisdiction(?:\/([^/]+))?$/.exec(key);
  if (m) {
    const inc = j.incidents.find((x) => x.id === m![1]);
    if (!inc || !m[2]) return inc;
    return [inc.temporal, inc.preconditions].filter((t) => t.id === m![2]);
  }
  m = /^incident\/([^/]+)\/article7(?:\/([^/]+))?$/.exec(key);
  if (m) {
    const inc = cah.incidents.find((x) => x.id === m![1]);
    if (!inc || m[2]) return inc?.elements.filter((e) => e.id === m![2]);
    // An act is a crime against humanity only within an attack: that attack's elements are read too.
    return [inc, inc.attack ? ctx.attacks?.find((x) => x.id === inc.attack) : ctx];
  }
  return a;
}

/**
 * The facts to try, most telling first: those the conclusion's own rule read or found missing,
 * then those of the traces under it that reached the same outcome (a change there is what could
 * undo it), then the rest. Only facts the page has a control for: a change is a control's value.
 */
export function flipCandidates(a: Assessment, key: string, own: ExplainedTrace | undefined, controls: Map<string, Control>, book: RuleBook, lang: Lang): Candidate[] {
  const names = new Map<string, string>();
  const order: string[] = [];
  const take = (pointer: string | undefined, name?: string) => {
    if (!pointer || !controls.has(pointer)) return;
    if (!names.has(pointer)) { order.push(pointer); names.set(pointer, name ?? controls.get(pointer)!.label); }
  };
  for (const f of own?.facts ?? []) take(f.pointer, f.name);
  for (const m of own?.missing ?? []) take(m.pointer);
  const traces: RuleTrace[] = [];
  eachTrace(scopeOf(a, key), (t) => traces.push(t));
  const outcome = own?.outcome;
  for (const t of [...traces.filter((t) => t.outcome === outcome), ...traces.filter((t) => t.outcome !== outcome)]) {
    if (!t.facts.some((f) => f.pointer && controls.has(f.pointer)) && !t.missing?.some((m) => controls.has(m.pointer))) continue;
    const e = explainTrace(t, book, lang);
    for (const f of e.facts) take(f.pointer, f.name);
    for (const m of t.missing ?? []) take(m.pointer);
  }
  return order.map((pointer) => {
    const c = controls.get(pointer)!;
    return { pointer, name: names.get(pointer)!, values: c.options.filter((o) => !o.checked).map((o) => ({ control: o.value, label: o.label })) };
  });
}

/** A budget of re-assessments shared by one answer sheet's searches, and the changes already assessed. */
export interface FlipBudget { left: number; cache: Map<string, Promise<Map<string, string> | undefined>> }
export const flipBudget = (n = FLIPS_PER_SHEET): FlipBudget => ({ left: n, cache: new Map() });

/**
 * The first single change, among the candidates, that makes the conclusion `key` take `target`.
 * `conclude` re-assesses a fact set and returns the conclusion's value (undefined when the fact
 * set does not assess, or has no such conclusion).
 */
export async function smallestFlip(
  current: FactSet, key: string, target: string, candidates: Candidate[],
  conclude: (factSet: FactSet) => Promise<Map<string, string> | undefined>, budget: FlipBudget, cap = FLIPS_PER_ANSWER,
): Promise<FlipSearch> {
  let tried = 0;
  for (const c of candidates) {
    for (const v of c.values) {
      if (tried >= cap) return { tried };
      const next = structuredClone(current) as unknown as Record<string, unknown>;
      if (!setAt(next, c.pointer, valueOf(v.control))) continue;
      // Every conclusion of the changed fact set is kept: the other answers' searches reuse it.
      const id = `${c.pointer}=${v.control}`;
      let conclusions = budget.cache.get(id);
      if (!conclusions) {
        if (budget.left <= 0) return { tried, skipped: true };
        budget.left--;
        budget.cache.set(id, (conclusions = conclude(next as unknown as FactSet)));
      }
      tried++;
      if ((await conclusions)?.get(key) === target) return { flip: { pointer: c.pointer, name: c.name, control: v.control, label: v.label, factSet: next as unknown as FactSet }, tried };
    }
  }
  return { tried };
}
