/** The assessment (v1 contract, DESIGN.md): what the engine concludes and why. */
import type { Period } from "../dates";
import type { RuleTrace } from "../engine/evaluateRule";
import type { Outcome } from "../engine/types";
import type { NotApplicable } from "./notApplicable";

export type JurisdictionOutcome = "established" | "not_established" | "undetermined";
export type TriggerOutcome = "triggered" | "not_triggered" | "undetermined";

export interface SubjectTrace extends RuleTrace { subject: string; basis?: string; hypothetical?: boolean; synthetic?: boolean }

export interface BasisFound { basis: string; provision: string; hypothetical: boolean; reach: Period[] }

export interface IncidentJurisdiction {
  id: string;
  outcome: JurisdictionOutcome;
  /** The bases found: "territory:BGD", "nationality:GBR", "declaration:UKR-2015", "security-council:S/RES/1593 (2005)". */
  bases: string[];
  basesFound: BasisFound[];
  /** The part of the incident's time span the Court can reach. */
  reach: Period[];
  temporal: RuleTrace;
  preconditions: RuleTrace & { candidates: SubjectTrace[] };
  securityCouncil: SubjectTrace[];
  /** Art. 26, per identified perpetrator: whether the Court could try that person. It does not decide the incident. */
  age: { perpetrators: SubjectTrace[] };
  conclusion: RuleTrace;
  /** Territories where only the effects were felt: no basis under the 2018 reading. */
  effectsOnly: string[];
  /** Conditions of jurisdiction that concern this incident's act only (EoC art. 7(1)(i) fn 24 for enforced disappearance); absent when none does. */
  actConditions?: RuleTrace[];
}

export interface TriggerRoute { route: "state-referral" | "security-council" | "proprio-motu"; provision: string; outcome: Outcome; traces: RuleTrace[] }

/** A step that can trigger jurisdiction, as read: from the fact set or the ICC's situations, with its scope. */
export interface TriggerStep {
  key: string; route: TriggerRoute["route"]; date: string; by: string[]; resolution: string | null; chamber: string | null; decision: string | null;
  /** The ICC situation number, where the step is the Court's own (reference data). */
  situation: string | null;
  scope: { territories: string[] | null; nationals: string[]; from: string | null; to: string | null; note?: string; subjectMatter?: string; subjectMatterFr?: string } | null;
  scopeFrom: "fact set" | "reference" | null;
  verified: string | null;
}

/** Per incident: whether a step reaches it, which, and the trace of each step checked against it. */
export interface IncidentTrigger {
  id: string; outcome: TriggerOutcome; by: string[]; steps: string[];
  conclusion: SubjectTrace | null;
  coverage: SubjectTrace[];
}

export interface Trigger {
  outcome: TriggerOutcome;
  routes: TriggerRoute[];
  /** The routes taken (met). */
  by: string[];
  conclusion: RuleTrace;
  /** Decided per incident, within each step's scope; the situation is triggered when one incident is. */
  incidents: IncidentTrigger[];
  /** Where the situation is triggered: the incidents no step reaches. */
  outsideScope: string[];
  steps: TriggerStep[];
  deferral: { inForce: Outcome; until: string | null; traces: RuleTrace[]; conclusion: RuleTrace };
  /** Where not triggered: the routes still open (their words come with the memo). */
  open: TriggerRoute["route"][];
  notes: string[];
}

/** A route that could establish jurisdiction: which States it concerns and which of them stand in its way. Its words come with explain. */
export interface PathRoute {
  route: string; provision: string;
  /** The States the route concerns (ISO 3166-1 alpha-3). */
  states: string[];
  /** The States whose position is an obstacle to the route (a permanent member's veto; effects felt only in a State Party). */
  obstacleStates: string[];
  incidents: string[];
  /** explain=true: the route's title, what it would take, and each obstacle, in `lang`. */
  title?: string; whatItTakes?: string; obstacles?: string[];
}

export interface ActAssessment {
  id: string; act: string; provision: string;
  /** explain=true: the act's title in `lang`. */
  title?: string;
  outcome: Outcome;
  /** The id of the attack the incident is assessed against, when the fact set gives `attacks`. */
  attack?: string;
  elements: (RuleTrace & { role: "element" | "context" })[];
  conclusion: RuleTrace | null;
}

/** Article 7's contextual elements for one attack: the attack rules' traces and their conclusion (art7-attack). */
export interface ContextualElements { outcome: Outcome; elements: RuleTrace[]; conclusion: RuleTrace | null }

/**
 * `crimesAgainstHumanity.contextualElements`. With the single `attack`: that attack's block, as it
 * always was. With `attacks`: `attacks` holds each attack's block with its id (in the fact set's
 * order); the outer outcome is met when at least one attack's is (Kleene any), and the outer
 * `elements` is empty and `conclusion` null, since no one attack's reasoning stands for the rest.
 */
export interface ContextualBlock extends ContextualElements { attacks?: (ContextualElements & { id: string; description?: string; incidents: string[] })[] }

/** A conclusion a missing fact would help settle, as data (`neededFor` says the same in words). */
export interface Settles {
  conclusion: "jurisdiction" | "act" | "trigger" | "incident-trigger" | "deferral" | "person";
  /** The incident concerned (all but trigger and deferral). */
  incident?: string;
  /** With conclusion "person": the perpetrator's id (Art. 26). */
  person?: string;
}

export interface MissingFact {
  pointer: string; question: string; neededFor: string[];
  /** What it would settle, one entry per `neededFor` line, in the same order. */
  settles: Settles[];
  /** "person": the answer decides whether the Court could try that person (Art. 26), not whether it has jurisdiction over the incident. */
  concerns?: "person";
  person?: string;
}

/** A conclusion the other reading of a contested point would reach differently. */
export interface ReadingDifference {
  conclusion: "contextual" | "act" | "jurisdiction" | "incident-trigger" | "trigger";
  incident?: string;
  /** With conclusion "contextual" and several attacks: the attack's id. */
  attack?: string;
  used: string; other: string;
}

/** A contested point a rule of this assessment decided, and what the other reading would change (re-assessed, not asserted). */
export interface ReadingApplied {
  id: string; rule: string; provision: string;
  changes: boolean;
  differences: ReadingDifference[];
  /** The facts the other reading would also need, where it asks what this one does not. */
  asks?: { pointer: string; question: string }[];
  /** explain=true: the point, the reading used, the other, and the authority for each, in `lang`. */
  point?: string; used?: string; other?: string; usedAuthority?: string[]; otherAuthority?: string[];
}

export interface Assessment {
  factSetId: string | null;
  title: string | null;
  assessmentDate: string;
  /** The language of the explanations: en or fr. */
  lang: "en" | "fr";
  hypothetical: boolean;
  engine: { version: string; evaluator: string; rulesDigest: string; referenceDataAsOf: string; inputDigest: string };
  jurisdiction: {
    outcome: JurisdictionOutcome;
    trigger: Trigger;
    incidents: IncidentJurisdiction[];
    paths: PathRoute[];
    /** Referrals, declarations and situations that cannot concern any incident: set aside, listed once. */
    notApplicable: NotApplicable[];
  };
  crimesAgainstHumanity: {
    outcome: Outcome;
    contextualElements: ContextualBlock;
    incidents: ActAssessment[];
  };
  missingFacts: MissingFact[];
  /** The contested points the result rests on, each with whether the other reading would change it. */
  readings: ReadingApplied[];
  /** The sources the fact set cites (facts read point to them through `evidence`). */
  sources: { id: string; citation: string; url?: string }[];
  /** explain=true: every citation of the rules applied, once. */
  citations?: string[];
  notes: string[];
}
