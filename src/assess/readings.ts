/**
 * Readings applied: for each contested point a rule of this assessment decided (`reading` on the
 * rule), whether the other reading would change the result. Each evaluation of such a rule is
 * also made under the other reading's conditions, on the same facts; where no subject's outcome
 * differs, nothing downstream can, and the answer is no without more. Where one does, the whole
 * fact set is assessed again under the other reading and the conclusions are compared.
 */
import { nativeEvaluator } from "../engine/evaluators/native";
import { fold } from "../engine/fold";
import type { RuleBook } from "../engine/loadRules";
import { bookUnderReading } from "../engine/readings";
import type { Evaluated, RuleDef } from "../engine/types";
import type { RuleTrace, Subject } from "../engine/evaluateRule";
import type { Assessment, ReadingApplied, ReadingDifference } from "./types";

/** Watches the evaluations of an assessment for the rules that carry a reading. */
export class ReadingProbe {
  /** Reading id → whether some subject's outcome differs under the other reading. */
  readonly seen = new Map<string, boolean>();
  constructor(private readonly book: RuleBook) {}

  see(rule: RuleDef, subject: Subject, trace: RuleTrace): void {
    const reading = rule.reading;
    if (!reading) return;
    const other = bookUnderReading(this.book, reading.id).byId.get(rule.id)!;
    // The native evaluator answers synchronously; both evaluators give the same outcomes (tests).
    const differs = fold(nativeEvaluator.evaluate(other, subject.facts) as Evaluated) !== trace.outcome;
    this.seen.set(reading.id, (this.seen.get(reading.id) ?? false) || differs);
  }
}

/** The conclusions two assessments of the same fact set reach differently. */
export function differences(used: Assessment, other: Assessment): ReadingDifference[] {
  const out: ReadingDifference[] = [];
  const push = (d: ReadingDifference) => { if (d.used !== d.other) out.push(d); };
  const contextual = (a: Assessment) => a.crimesAgainstHumanity.contextualElements;
  const attacks = contextual(used).attacks;
  if (attacks) attacks.forEach((x, k) => push({ conclusion: "contextual", attack: x.id, used: x.outcome, other: contextual(other).attacks![k]!.outcome }));
  else push({ conclusion: "contextual", used: contextual(used).outcome, other: contextual(other).outcome });
  used.crimesAgainstHumanity.incidents.forEach((x, k) => push({ conclusion: "act", incident: x.id, used: x.outcome, other: other.crimesAgainstHumanity.incidents[k]!.outcome }));
  used.jurisdiction.incidents.forEach((x, k) => push({ conclusion: "jurisdiction", incident: x.id, used: x.outcome, other: other.jurisdiction.incidents[k]!.outcome }));
  used.jurisdiction.trigger.incidents.forEach((x, k) => push({ conclusion: "incident-trigger", incident: x.id, used: x.outcome, other: other.jurisdiction.trigger.incidents[k]!.outcome }));
  push({ conclusion: "trigger", used: used.jurisdiction.trigger.outcome, other: other.jurisdiction.trigger.outcome });
  return out;
}

/** What the other reading would ask that this assessment does not, with its questions. */
export function askedOnlyUnder(used: Assessment, other: Assessment): { pointer: string; question: string }[] {
  const asked = new Set(used.missingFacts.map((m) => m.pointer));
  return other.missingFacts.filter((m) => !asked.has(m.pointer)).map((m) => ({ pointer: m.pointer, question: m.question }));
}

/** The reading entries, in the book's order, given the assessment under each reading that turned. */
export function readingsApplied(book: RuleBook, probe: ReadingProbe, used: Assessment, under: Map<string, Assessment>): ReadingApplied[] {
  return book.rules.flatMap((r) => {
    // A point no evaluation turned on is not one the result rests on: left out.
    if (!r.reading || !probe.seen.get(r.reading.id)) return [];
    const other = under.get(r.reading.id);
    const diffs = other ? differences(used, other) : [];
    const asks = other ? askedOnlyUnder(used, other) : [];
    return [{ id: r.reading.id, rule: r.id, provision: r.provision, changes: diffs.length > 0, differences: diffs, ...(asks.length ? { asks } : {}) }];
  });
}
