/**
 * Words for a trace, on request: the rule's title, provision, citations and interpretation, the
 * explanation of its outcome and the name of each fact read, in the language asked for, filled
 * from the trace's params. The one function the memo, the teaching tools and `?explain=true` use.
 */
import type { Lang } from "../i18n/format";
import { FactRead, RuleTrace, fillParams, ruleLeaves } from "./evaluateRule";
import type { RuleBook } from "./loadRules";
import type { Condition, RuleDef } from "./types";

export interface ExplainedFact extends FactRead { name: string; fact: string; path: string }
export interface ExplainedTrace extends Omit<RuleTrace, "facts"> {
  title: string; provision: string; citations: string[]; explanation: string; facts: ExplainedFact[]; interpretation?: string;
}

/** A trace with its words. A synthetic trace (a fact the rules could not place: where, who) explains itself by its question. */
export function explainTrace<T extends RuleTrace>(t: T, book: RuleBook, lang: Lang): Omit<T, "facts"> & ExplainedTrace {
  const rule = book.byId.get(t.id);
  if (!rule || (t as { synthetic?: boolean }).synthetic) {
    return { ...t, title: "", provision: "", citations: [], explanation: t.missing?.[0]?.question ?? "", facts: [] };
  }
  const fr = lang === "fr" ? rule.fr : undefined;
  const leaves = ruleLeaves(rule.conditions);
  const interpretation = fr?.interpretation ?? rule.interpretation;
  return {
    ...t,
    title: fr?.title ?? rule.title,
    provision: rule.provision,
    citations: rule.citations,
    explanation: reason(rule, t, lang),
    facts: t.facts.map((f) => {
      const l = leaves[f.leaf]!;
      // A rule's outcome read by a condition is its value (lean traces leave it out).
      return { ...f, value: "value" in f ? f.value : f.outcome, name: fillParams(lang === "fr" && l.fr ? l.fr.name : l.name, t.params), fact: l.fact, path: l.path ?? "" };
    }),
    ...(interpretation ? { interpretation: fillParams(interpretation, t.params) } : {}),
  };
}

/**
 * The reason for a trace's outcome, in words: the sentences of the conditions that decided it
 * (DESIGN: a reason names what decided — never an either/or of what did not happen). Where every
 * condition decided alike (an `all` met, an `any` not met), or a deciding condition has no
 * sentence of its own yet, the rule's own sentence for the outcome is used.
 */
function reason(rule: RuleDef, t: RuleTrace, lang: Lang): string {
  const own = () => fillParams(((lang === "fr" ? rule.fr : undefined) ?? rule).explanation[t.outcome], t.params);
  // All of an `all` held, or none of an `any`: every condition decided alike, and the rule's own
  // sentence sums them up. Otherwise the deciding conditions speak.
  // (Unless alternatives sit inside: then the one that held is named, not "this or that".)
  const c = rule.conditions;
  const summed = ("all" in c && t.outcome === "met" && !nests(c, "any")) || ("any" in c && t.outcome === "not_met" && !nests(c, "all"));
  const everyAgrees = t.facts.length > 1 && t.facts.every((f) => f.outcome === t.outcome && t.decidedBy.includes(f.leaf));
  if (t.decidedBy.length === 0 || summed || everyAgrees) return own();
  const leaves = ruleLeaves(rule.conditions);
  const parts: string[] = [];
  for (const i of t.decidedBy) {
    const l = leaves[i];
    const says = lang === "fr" ? l?.fr?.says : l?.says;
    const f = t.facts.find((x) => x.leaf === i);
    if (!says || !f) return own();
    const text = fillParams(says[f.outcome], t.params);
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join(" ");
}

/** Whether a condition holds a nested `all` or `any` below its top level. */
function nests(c: Condition, kind: "all" | "any"): boolean {
  const children = "all" in c ? c.all : "any" in c ? c.any : "not" in c ? [c.not] : [];
  return children.some((x) => kind in x || nests(x, kind));
}

const isTrace = (v: unknown): v is RuleTrace =>
  !!v && typeof v === "object" && typeof (v as RuleTrace).id === "string" && Array.isArray((v as RuleTrace).decidedBy) && Array.isArray((v as RuleTrace).facts);

/** Every trace in a document (an assessment, a compare reply) given its words; everything else as is. */
export function explainAll<T>(doc: T, book: RuleBook, lang: Lang): Explained<T> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== "object") return v;
    const o = isTrace(v) ? explainTrace(v, book, lang) : v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = k === "facts" || k === "params" || k === "missing" ? x : walk(x);
    return out;
  };
  return walk(doc) as Explained<T>;
}

/** A document's type with every trace in it explained. */
export type Explained<T> = T extends RuleTrace
  ? ExplainedTrace & { [K in Exclude<keyof T, keyof RuleTrace>]: Explained<T[K]> }
  : T extends (infer U)[] ? Explained<U>[]
  : T extends object ? { [K in keyof T]: Explained<T[K]> }
  : T;

/** Every citation of every rule whose trace a document holds, once, sorted. */
export function citationsOf(doc: unknown, book: RuleBook): string[] {
  const ids = new Set<string>();
  JSON.stringify(doc, (_k, v: unknown) => { if (isTrace(v)) ids.add(v.id); return v; });
  return [...new Set([...ids].flatMap((id) => book.byId.get(id)?.citations ?? []))].sort();
}
