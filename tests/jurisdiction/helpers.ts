/** Shared builders for the jurisdiction rule tests (rules/jurisdiction/*.json). */
import assert from "node:assert/strict";
import { assess } from "../../src/assess/assess";
import type { Assessment as Lean, IncidentJurisdiction as LeanIncident, SubjectTrace as LeanSubject } from "../../src/assess/types";
import type { Explained } from "../../src/engine/explain";

/** The jurisdiction tests read the assessment with its words (explain: true). */
type Assessment = Explained<Lean>;
type IncidentJurisdiction = Explained<LeanIncident>;
type SubjectTrace = Explained<LeanSubject>;

export type Json = Record<string, unknown>;

/** A murder incident, every Art. 7 fact given, on `state`'s territory by `nationalities` nationals. */
export function incident(over: Json = {}): Json {
  return {
    id: "i0",
    act: "murder",
    elements: { killed: true, intent: true },
    partOfAttack: true,
    knowledgeOfAttack: true,
    start: "2017-08-25",
    end: "2017-09-30",
    territories: [{ state: "BGD", part: "conduct" }],
    perpetrators: [{ id: "p1", nationalities: ["MMR"], adult: true }],
    ...over,
  };
}

/** An incident in `state` (part "conduct") by nationals of `nat`, over [start, end]. */
export function at(state: string, start: string | null, end: string | null, nat: string[] = ["MMR"], over: Json = {}): Json {
  return incident({ start, end, territories: [{ state, part: "conduct" }], perpetrators: [{ id: "p1", nationalities: nat, adult: true }], ...over });
}

export function factSet(incidents: Json[], extra: Json = {}): Json {
  return { factSetVersion: 1, assessmentDate: "2025-06-01", incidents, ...extra };
}

export async function run(fs: Json): Promise<Assessment> {
  const r = await assess(fs, { explain: true });
  if (!r.ok) assert.fail(`fact set rejected: ${JSON.stringify(r.errors)}`);
  return r.assessment;
}

/** Incident i of the assessment's jurisdiction block. */
export function inc(a: Assessment, i = 0): IncidentJurisdiction {
  const x = a.jurisdiction.incidents[i];
  assert.ok(x, `no incident ${i}`);
  return x;
}

/** The one precondition candidate of a rule for a subject (exact label). */
export function candidate(x: IncidentJurisdiction, rule: string, subject: string): SubjectTrace {
  const found = x.preconditions.candidates.filter((c) => c.id === rule && c.subject === subject);
  assert.equal(found.length, 1, `expected one ${rule} candidate for "${subject}", got: ${JSON.stringify(x.preconditions.candidates.map((c) => [c.id, c.subject, c.outcome]))}`);
  return found[0]!;
}

export function scTrace(x: IncidentJurisdiction, subject: string): SubjectTrace {
  const found = x.securityCouncil.filter((c) => c.id === "art13-b" && c.subject === subject);
  assert.equal(found.length, 1, `expected one art13-b trace for "${subject}", got: ${JSON.stringify(x.securityCouncil.map((c) => [c.subject, c.outcome]))}`);
  return found[0]!;
}

export function perpTrace(x: IncidentJurisdiction, id: string): SubjectTrace {
  const found = x.age.perpetrators.filter((c) => c.id === "art26" && c.subject === `perpetrator:${id}`);
  assert.equal(found.length, 1, `expected one art26 trace for ${id}, got: ${JSON.stringify(x.age.perpetrators.map((c) => [c.subject, c.outcome]))}`);
  return found[0]!;
}

export function pointers(a: Assessment): string[] {
  return a.missingFacts.map((m) => m.pointer);
}

export function assertMissing(a: Assessment, pointer: string): void {
  assert.ok(pointers(a).includes(pointer), `missingFacts should ask for ${pointer}; has ${JSON.stringify(pointers(a))}`);
  const m = a.missingFacts.find((f) => f.pointer === pointer)!;
  assert.ok(m.question.length > 0, `a question for ${pointer}`);
}

export function assertNotMissing(a: Assessment, pointer: string): void {
  assert.ok(!pointers(a).includes(pointer), `missingFacts should not ask for ${pointer}; has ${JSON.stringify(pointers(a))}`);
}

/** The trace of a situation route. */
export function route(a: Assessment, name: "state-referral" | "security-council" | "proprio-motu") {
  const r = a.jurisdiction.trigger.routes.find((x) => x.route === name);
  assert.ok(r, `no route ${name}`);
  return r;
}
