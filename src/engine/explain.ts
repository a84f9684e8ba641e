/**
 * Words for a trace, on request: the rule's title, provision, citations and interpretation, the
 * explanation of its outcome and the name of each fact read, in the language asked for, filled
 * from the trace's params. The one function the memo, the teaching tools and `?explain=true` use.
 */
import type { Lang } from "../i18n/format";
import { FactRead, Missing, RuleTrace, fillParams, leavesOfRule, readsRule } from "./evaluateRule";
import type { RuleBook } from "./loadRules";
import type { Condition, Outcome, RuleDef } from "./types";

export interface ExplainedFact extends FactRead { name: string; fact: string; path: string }
export interface ExplainedTrace extends Omit<RuleTrace, "facts" | "missing"> {
  title: string; provision: string; citations: string[]; explanation: string; facts: ExplainedFact[]; interpretation?: string;
  missing?: (Missing & { question: string })[];
}

/** The question that asks for a missing fact: its condition's, filled from the trace's params (or the pipeline's own). */
export function questionOf(m: Missing, t: RuleTrace, book: RuleBook, lang: Lang): string {
  if (m.question !== undefined) return m.question;
  const rule = book.byId.get(t.id);
  const l = rule && m.leaf !== undefined ? leavesOfRule(rule)[m.leaf] : undefined;
  const q = (lang === "fr" ? l?.fr?.question : undefined) ?? l?.question;
  return q ? fillParams(q, t.params) : lang === "fr" ? `Quelle est la valeur de ${m.pointer} ?` : `What is the value of ${m.pointer}?`;
}

/** A trace with its words. A synthetic trace (a fact the rules could not place: where, who) explains itself by its question. */
export function explainTrace<T extends RuleTrace>(t: T, book: RuleBook, lang: Lang): Omit<T, "facts"> & ExplainedTrace {
  const rule = book.byId.get(t.id);
  if (!rule || (t as { synthetic?: boolean }).synthetic) {
    const missing = t.missing?.map((m) => ({ ...m, question: questionOf(m, t, book, lang) }));
    return { ...t, title: "", provision: "", citations: [], explanation: missing?.[0]?.question ?? "", facts: [], ...(missing ? { missing } : {}) };
  }
  const fr = lang === "fr" ? rule.fr : undefined;
  const leaves = leavesOfRule(rule);
  const interpretation = fr?.interpretation ?? rule.interpretation;
  const full = { ...t, facts: withRuleReads(rule, t) };
  return {
    ...t,
    title: fr?.title ?? rule.title,
    provision: rule.provision,
    citations: rule.citations,
    explanation: reason(rule, full, lang),
    facts: full.facts.map((f) => {
      const l = leaves[f.leaf]!;
      return { ...f, value: "value" in f ? f.value : f.outcome, name: fillParams(lang === "fr" && l.fr ? l.fr.name : l.name, t.params), fact: l.fact, path: l.path ?? "" };
    }),
    ...(interpretation ? { interpretation: fillParams(interpretation, t.params) } : {}),
    ...(t.missing ? { missing: t.missing.map((m) => ({ ...m, question: questionOf(m, t, book, lang) })) } : {}),
  };
}

const flip = (o: Outcome): Outcome => (o === "met" ? "not_met" : o === "not_met" ? "met" : o);
const parities = new WeakMap<RuleDef, boolean[]>();
/** For each leaf of a rule, whether an odd number of `not` stand above it. */
function negated(rule: RuleDef): boolean[] {
  let out = parities.get(rule);
  if (!out) {
    const acc: boolean[] = [];
    const walk = (c: Condition, odd: boolean) => {
      if ("all" in c) c.all.forEach((x) => walk(x, odd));
      else if ("any" in c) c.any.forEach((x) => walk(x, odd));
      else if ("not" in c) walk(c.not, !odd);
      else acc.push(odd);
    };
    walk(rule.conditions, false);
    parities.set(rule, (out = acc));
  }
  return out;
}

/**
 * A lean trace lists the facts read; a condition that reads another rule's outcome is named only by
 * `decidedBy`. A deciding condition shares the rule's outcome (inverted under a `not`), so its
 * outcome is restored here, in leaf order, for the reason and the reader.
 */
function withRuleReads(rule: RuleDef, t: RuleTrace): FactRead[] {
  const leaves = leavesOfRule(rule);
  const odd = negated(rule);
  const restored = t.decidedBy.filter((i) => leaves[i] && readsRule(leaves[i]!) && !t.facts.some((f) => f.leaf === i))
    .map((i): FactRead => ({ leaf: i, value: odd[i] ? flip(t.outcome) : t.outcome, outcome: odd[i] ? flip(t.outcome) : t.outcome }));
  return restored.length ? [...t.facts, ...restored].sort((a, b) => a.leaf - b.leaf) : t.facts;
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
  const everyAgrees = t.facts.length > 1 && t.facts.length === leavesOfRule(rule).length && t.facts.every((f) => f.outcome === t.outcome && t.decidedBy.includes(f.leaf));
  if (t.decidedBy.length === 0 || summed || everyAgrees) return own();
  const leaves = leavesOfRule(rule);
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
  eachTrace(doc, (t) => ids.add(t.id));
  return [...new Set([...ids].flatMap((id) => book.byId.get(id)?.citations ?? []))].sort();
}

/** Every trace in a document, depth-first (a walk, not a serialisation: the memo asks for this on every render). */
export function eachTrace(doc: unknown, visit: (t: RuleTrace) => void): void {
  if (Array.isArray(doc)) { for (const x of doc) eachTrace(x, visit); return; }
  if (!doc || typeof doc !== "object") return;
  if (isTrace(doc)) visit(doc);
  for (const k in doc) if (k !== "facts" && k !== "params" && k !== "missing") eachTrace((doc as Record<string, unknown>)[k], visit);
}
