/**
 * What-if: two assessments side by side, listing every conclusion that changed and why — the
 * rule that decided it, its explanation now, and the facts it read that differ between the two
 * fact sets.
 */
import { compare as diff } from "fast-json-patch";
import type { Assessment } from "../assess/types";
import { readPointer } from "../engine/path";
import { conclusionsOf } from "./conclusions";

export interface FactChange { op: string; pointer: string; before?: unknown; after?: unknown }
export interface Change {
  key: string; label: string; before: string | null; after: string | null;
  rule?: string; provision?: string; citations?: string[];
  /** Why it is now what it is: the rule's explanation for the new outcome. */
  why?: string;
  /** The changed facts this conclusion read. */
  becauseOf: string[];
}
export interface Comparison {
  factChanges: FactChange[];
  changes: Change[];
  unchanged: number;
  before: Assessment;
  after: Assessment;
}

/** Is conclusion `b` one of those that conclusion `a` rests on? */
function beneath(a: string, b: string): boolean {
  if (b.startsWith(`${a}/`)) return true;
  // A rule of an incident's jurisdiction or Article 7 rests on the other rules of the same group.
  const rule = /^(incident\/[^/]+\/(?:jurisdiction|article7))\/[^/]+$/.exec(a);
  if (rule) return b.startsWith(`${rule[1]}/`);
  const inc = /^incident\/([^/]+)\/(jurisdiction|bases|article7)$/.exec(a);
  if (inc) return b.startsWith(`incident/${inc[1]}/${inc[2] === "article7" ? "article7" : "jurisdiction"}/`);
  if (a === "jurisdiction") return /^incident\/[^/]+\/jurisdiction\//.test(b);
  if (a === "crimesAgainstHumanity") return /^incident\/[^/]+\/article7\//.test(b) || b.startsWith("contextual");
  if (a === "trigger") return b.startsWith("trigger/");
  return false;
}

export function compareAssessments(beforeFacts: object, afterFacts: object, before: Assessment, after: Assessment): Comparison {
  const factChanges: FactChange[] = diff(beforeFacts, afterFacts).map((op) => ({
    op: op.op, pointer: op.path,
    ...(op.op !== "add" ? { before: readPointer(beforeFacts, op.path) } : {}),
    ...(op.op !== "remove" ? { after: readPointer(afterFacts, op.path) } : {}),
  }));
  const changedPointers = factChanges.map((c) => c.pointer);
  const touches = (p: string) => changedPointers.some((c) => c === p || c.startsWith(`${p}/`) || p.startsWith(`${c}/`));
  const b = new Map(conclusionsOf(before).map((c) => [c.key, c]));
  const a = new Map(conclusionsOf(after).map((c) => [c.key, c]));
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const changes: Change[] = [];
  let unchanged = 0;
  for (const key of keys) {
    const x = b.get(key), y = a.get(key);
    if (x && y && x.value === y.value) { unchanged++; continue; }
    const t = y?.trace ?? x?.trace;
    const read = (t?.facts ?? []).flatMap((f) => [...(f.pointer ? [f.pointer] : []), ...(f.from ?? [])]);
    changes.push({
      key, label: (y ?? x)!.label, before: x?.value ?? null, after: y?.value ?? null,
      ...(t ? { rule: t.id, provision: t.provision, citations: t.citations, why: (y?.trace ?? x!.trace)!.explanation } : {}),
      becauseOf: [...new Set(read.filter(touches))],
    });
  }
  // A conclusion that reads no fact itself (the incident's, the situation's) changed because of
  // what the conclusions beneath it read.
  for (const ch of changes) {
    if (ch.becauseOf.length) continue;
    const below = changes.filter((x) => x !== ch && beneath(ch.key, x.key)).flatMap((x) => x.becauseOf);
    ch.becauseOf = [...new Set(below)];
  }
  return { factChanges, changes, unchanged, before, after };
}
