/**
 * Evaluates one rule for one subject and records its trace: the outcome (Kleene fold of the
 * leaves), the explanation for that outcome, every fact read (JSON Pointer and value), and, when
 * undetermined, the missing facts that would settle it with the question to ask.
 */
import type { Lang } from "../i18n/format";
import { Evaluator } from "./evaluators/evaluator";
import { decisiveUnknowns, fold, leavesOf } from "./fold";
import { pointerOf, readPointer, resolvePath } from "./path";
import { Condition, Evaluated, Facts, Leaf, LeafResult, Outcome, RuleDef } from "./types";

/** Where the facts of one evaluation come from in the fact set. */
export interface PointerMap {
  /** "fact.path" prefixes → the JSON Pointer they stand for (null: derived or reference data). Longest first wins. */
  prefixes: [string, string | null][];
  /** "fact.path" → the fact-set pointers a derived value is computed from. */
  aliases?: Record<string, string[]>;
  /** Shared prefixes and aliases (an incident's, for each of its subjects): consulted after this map's own, prefix by prefix. */
  parent?: PointerMap;
}

/** A fact a rule read (a condition reading another rule's outcome reads none): which of its conditions read it (`leaf`), where it is in the fact set, and its value. */
export interface FactRead {
  /** The condition that read it: its index among the rule's leaf conditions, depth-first (rules/). */
  leaf: number;
  /** JSON Pointer into the fact set, for a fact the user gave (or could give). */
  pointer?: string;
  /** Pointers a derived value rests on. */
  from?: string[];
  /** The value read; absent where it is an outcome (`isMet`): then `outcome` says it. */
  value?: unknown;
  outcome: Outcome;
  /** The sources the fact set cites for this fact (its `evidence`). */
  evidence?: string[];
}
/**
 * A fact that would settle an undetermined trace: its pointer and the condition that asks for it
 * (its question is in rules/, rendered by explain). A trace the pipeline makes for a fact no rule
 * places (where, who) carries its question instead.
 */
export interface Missing { pointer: string; leaf?: number; question?: string }

/**
 * One rule evaluated for one subject, as data: the outcome, the conditions that decided it, the
 * facts read, and the values its sentences need. Titles, citations and sentences live in rules/
 * and are rendered from this by ./explain.ts.
 */
export interface RuleTrace {
  id: string;
  outcome: Outcome;
  /** The conditions (leaf indices) that decided: for a failed `all` those that failed, for a met `any` those that held, for an undetermined outcome the unknowns that matter. */
  decidedBy: number[];
  facts: FactRead[];
  /** When undetermined: the facts that would settle it, with their questions (absent when none). */
  missing?: Missing[];
  /** When undetermined: the rules whose undetermined outcome this one waits on. */
  awaiting?: string[];
  /** The values of the placeholders the rule's sentences use ("subject.stateName" → "Bangladesh"). */
  params?: Record<string, string>;
}

export interface Subject {
  facts: Facts; pointers: PointerMap; fullFactSet: unknown;
  /** A subject of a per-subject rule: its trace carries the label, and the basis it would give. */
  label?: string; basis?: string; hypothetical?: boolean;
}

const prefixMaps = new WeakMap<PointerMap, Map<string, string | null>>();

function prefixMap(map: PointerMap): Map<string, string | null> {
  let byPrefix = prefixMaps.get(map);
  if (!byPrefix) prefixMaps.set(map, (byPrefix = new Map(map.prefixes)));
  return byPrefix;
}

/** The aliases of "fact.path": this map's own, else its parent's. */
function aliasOf(key: string, map: PointerMap): string[] | undefined {
  for (let m: PointerMap | undefined = map; m; m = m.parent) {
    const a = m.aliases?.[key];
    if (a) return a;
  }
  return undefined;
}

/** The pointer of "fact.path": its longest listed prefix (this map's, then its parent's), then the rest of the path under it. */
function locate(key: string, map: PointerMap): string | null | undefined {
  const own = prefixMap(map);
  const parent = map.parent ? prefixMap(map.parent) : undefined;
  for (let prefix = key; ; ) {
    let base = own.get(prefix);
    if (base === undefined && parent) base = parent.get(prefix);
    if (base !== undefined) return base === null ? null : pointerOf(base, prefix === key ? undefined : key.slice(prefix.length + 1));
    const dot = prefix.lastIndexOf(".");
    if (dot < 0) return undefined;
    prefix = prefix.slice(0, dot);
  }
}

const RULE_FACTS = new Set(["results", "anyOf", "allOf", "countOf"]);
/** Whether a condition reads another rule's outcome rather than a fact. */
export const readsRule = (l: Leaf) => RULE_FACTS.has(l.fact) && l.operator === "isMet";
const absent = (v: unknown) => v === undefined || v === null;

type Part = string | { whole: string; fact: string; path: string | undefined };
const templates = new Map<string, Part[]>();

/** A `{fact.path}` template, parsed once. */
function template(text: string): Part[] {
  let parts = templates.get(text);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of text.matchAll(/\{([A-Za-z]+)((?:\.[A-Za-z0-9-]+)*)\}/g)) {
      if (m.index! > last) parts.push(text.slice(last, m.index));
      parts.push({ whole: m[0], fact: m[1]!, path: m[2] ? m[2].slice(1) : undefined });
      last = m.index! + m[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    templates.set(text, parts);
  }
  return parts;
}


const NONE: string[] = [];
function evidenceFor(pointers: string[], factSet: unknown): string[] {
  const ev = (factSet as { evidence?: Record<string, string[]> } | null)?.evidence;
  if (!ev || pointers.length === 0) return NONE;
  if (pointers.length === 1) return Object.prototype.hasOwnProperty.call(ev, pointers[0]!) ? [...new Set(ev[pointers[0]!])] : NONE;
  return [...new Set(pointers.flatMap((p) => (Object.prototype.hasOwnProperty.call(ev, p) ? ev[p]! : [])))];
}

/** "fact.path" of a condition, built once per condition. */
const keys = new WeakMap<Leaf, string>();
function keyOf(leaf: Leaf): string {
  let key = keys.get(leaf);
  if (key === undefined) keys.set(leaf, (key = leaf.path ? `${leaf.fact}.${leaf.path}` : leaf.fact));
  return key;
}

// The trace nodes are built by assignment, in their documented key order: no object spread per read.
function readOf(l: LeafResult, leaf: number, subject: Subject): FactRead {
  const key = keyOf(l.leaf);
  const alias = aliasOf(key, subject.pointers);
  const pointer = alias ? undefined : locate(key, subject.pointers);
  const evidence = evidenceFor(alias ?? (pointer ? [pointer] : []), subject.fullFactSet);
  const read = { leaf } as FactRead;
  if (pointer) read.pointer = pointer;
  if (alias) read.from = alias;
  // An outcome the pipeline worked out for the subject (within a step's scope…) is restated by `outcome`.
  if (l.leaf.operator !== "isMet") read.value = l.value === undefined ? null : l.value;
  read.outcome = l.result === true ? "met" : l.result === false ? "not_met" : "undetermined";
  if (evidence.length) read.evidence = evidence;
  return read;
}

function missingOf(l: LeafResult, subject: Subject): string[] {
  const keys = [keyOf(l.leaf)];
  const v = l.leaf.value as { fact?: unknown; path?: unknown } | null;
  if (v && typeof v === "object" && !Array.isArray(v) && typeof v.fact === "string") keys.push(typeof v.path === "string" ? `${v.fact}.${v.path}` : v.fact);
  const out: string[] = [];
  for (const key of keys) {
    const alias = aliasOf(key, subject.pointers);
    const candidates = alias ?? [locate(key, subject.pointers)];
    for (const p of candidates) if (typeof p === "string" && absent(readPointer(subject.fullFactSet, p))) out.push(p);
  }
  return out;
}

/** The outcome of one rule for one subject, explained in the language asked for (English by default). */
export function evaluateRule(rule: RuleDef, subject: Subject, evaluator: Evaluator, lang: Lang = "en"): RuleTrace | Promise<RuleTrace> {
  const tree = evaluator.evaluate(rule, subject.facts);
  // The native evaluator answers at once: no promise, no microtask per rule.
  return tree instanceof Promise ? tree.then((t) => traceOf(rule, subject, t, lang)) : traceOf(rule, subject, tree, lang);
}

/** Each rule's leaf conditions, depth-first, by identity (a rule's variant for an act shares its leaves). */
const leafIndex = new WeakMap<RuleDef, Map<Leaf, number>>();
function indexOf(rule: RuleDef): Map<Leaf, number> {
  let m = leafIndex.get(rule);
  if (!m) leafIndex.set(rule, (m = new Map(ruleLeaves(rule.conditions).map((l, i) => [l, i]))));
  return m;
}

/** A rule's leaf conditions, worked out once per rule (the explanation of every trace asks for them). */
const leavesByRule = new WeakMap<RuleDef, Leaf[]>();
export function leavesOfRule(rule: RuleDef): Leaf[] {
  let leaves = leavesByRule.get(rule);
  if (!leaves) leavesByRule.set(rule, (leaves = ruleLeaves(rule.conditions)));
  return leaves;
}

/** The leaf conditions of a rule, depth-first: `FactRead.leaf` and `decidedBy` index into this. */
export function ruleLeaves(c: Condition, out: Leaf[] = []): Leaf[] {
  if ("all" in c) c.all.forEach((x) => ruleLeaves(x, out));
  else if ("any" in c) c.any.forEach((x) => ruleLeaves(x, out));
  else if ("not" in c) ruleLeaves(c.not, out);
  else out.push(c as Leaf);
  return out;
}

/**
 * The placeholders of the sentences a trace with this outcome can be explained with, in one
 * language: the rule's sentence for the outcome, its interpretation, its conditions' names, and
 * what a deciding condition says (it shares the outcome, or its inverse under a `not`). Collected
 * once per rule, language and outcome.
 */
const placeholderCache = new Map<string, WeakMap<RuleDef, Placeholder[]>>();
type Placeholder = { fact: string; path: string | undefined; whole: string; name: string };
const inverse = { met: "not_met", not_met: "met", undetermined: "undetermined" } as const;
function placeholdersOf(rule: RuleDef, lang: Lang, outcome: Outcome): Placeholder[] {
  const key = `${lang}:${outcome}`;
  let cache = placeholderCache.get(key);
  if (!cache) placeholderCache.set(key, (cache = new WeakMap()));
  let ps = cache.get(rule);
  if (!ps) {
    // French falls back to the English text where a rule has none (explain does the same).
    const fr = lang === "fr";
    const says = (l: Leaf) => (fr ? l.fr?.says ?? l.says : l.says);
    const texts = [
      ((fr ? rule.fr?.explanation : undefined) ?? rule.explanation)[outcome],
      (fr ? rule.fr?.interpretation : undefined) ?? rule.interpretation ?? "",
      ...leavesOfRule(rule).flatMap((l) => [(fr ? l.fr?.name : undefined) ?? l.name, says(l)?.[outcome] ?? "", says(l)?.[inverse[outcome]] ?? "",
        // An undetermined trace asks its questions.
        outcome === "undetermined" ? ((fr ? l.fr?.question : undefined) ?? l.question ?? "") : ""]),
    ];
    const seen = new Map<string, Placeholder>();
    for (const t of texts) for (const p of template(t)) if (typeof p !== "string" && !seen.has(p.whole)) seen.set(p.whole, { fact: p.fact, path: p.path, whole: p.whole, name: p.whole.slice(1, -1) });
    cache.set(rule, (ps = [...seen.values()]));
  }
  return ps;
}

/** The leaves that decided an evaluated condition's outcome (see RuleTrace.decidedBy). */
function decisive(e: Evaluated, out: LeafResult[] = []): LeafResult[] {
  if (e.kind === "leaf") { out.push(e.leaf); return out; }
  if (e.kind === "not") return decisive(e.child, out);
  const o = fold(e);
  // all met / any not met: every child decided; otherwise the children that share the outcome.
  const every = (e.kind === "all" && o === "met") || (e.kind === "any" && o === "not_met");
  for (const c of e.children) if (every || fold(c) === o) decisive(c, out);
  return out;
}

function traceOf(rule: RuleDef, subject: Subject, tree: Evaluated, lang: Lang): RuleTrace {
  const outcome = fold(tree);
  const missing: Missing[] = [];
  const index = indexOf(rule);
  const awaiting = new Set<string>();
  if (outcome === "undetermined") {
    const seen = new Set<string>();
    for (const l of decisiveUnknowns(tree)) {
      if (RULE_FACTS.has(l.leaf.fact) && l.leaf.path) awaiting.add(l.leaf.path);
      for (const pointer of missingOf(l, subject)) {
        if (seen.has(pointer)) continue;
        seen.add(pointer);
        missing.push({ pointer, leaf: index.get(l.leaf)! });
      }
    }
  }
  let params: Record<string, string> | undefined;
  for (const p of placeholdersOf(rule, lang, outcome)) {
    const v = resolvePath(subject.facts[p.fact], p.path);
    if (v !== undefined && v !== null) (params ??= {})[p.name] = typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v);
  }
  const decidedBy: number[] = [];
  for (const l of decisive(tree)) { const i = index.get(l.leaf)!; if (!decidedBy.includes(i)) decidedBy.push(i); }
  // A condition that reads another rule's outcome reads no fact: that rule's own trace holds it,
  // and `decidedBy` says whether it decided (explain restores its outcome from there).
  const facts: FactRead[] = [];
  for (const l of leavesOf(tree)) if (!readsRule(l.leaf)) facts.push(readOf(l, index.get(l.leaf)!, subject));
  const trace = { id: rule.id, outcome, decidedBy, facts } as RuleTrace & { subject?: string; basis?: string; hypothetical?: boolean };
  if (missing.length) trace.missing = missing;
  if (awaiting.size) trace.awaiting = [...awaiting];
  if (params) trace.params = params;
  // Built here, once: the pipeline does not copy a trace to label it.
  if (subject.label !== undefined) {
    trace.subject = subject.label;
    if (subject.basis) trace.basis = subject.basis;
    if (subject.hypothetical) trace.hypothetical = true;
  }
  return trace;
}

/** Fill `{fact.path}` placeholders from a trace's params (the values evaluateRule took from the facts). */
export function fillParams(text: string, params: Record<string, string> | undefined): string {
  let out = "";
  for (const p of template(text)) out += typeof p === "string" ? p : params?.[p.whole.slice(1, -1)] ?? p.whole;
  return out;
}
