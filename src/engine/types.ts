/** The shapes of the law as data (rules/) and of what evaluating it yields. */
export type Outcome = "met" | "not_met" | "undetermined";
export type Tri = true | false | null;

export type Scope =
  | "situation" | "attack" | "incident" | "perpetrator"
  | "territory-membership" | "territory-declaration"
  | "nationality-membership" | "nationality-declaration"
  | "security-council-referral" | "security-council-trigger"
  | "state-referral" | "deferral" | "withdrawal"
  | "authorization" | "trigger-coverage" | "incident-trigger";

export interface Leaf {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  name: string;
  question?: string;
  /** One sentence per outcome: a rule's reason is composed from those of the conditions that decided it. */
  says?: { met: string; not_met: string; undetermined: string };
  /** The same in French. */
  fr?: { name: string; question?: string; says?: { met: string; not_met: string; undetermined: string } };
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Leaf;

export interface RuleDef {
  id: string;
  scope: Scope;
  provision: string;
  title: string;
  citations: string[];
  conditions: Condition;
  explanation: { met: string; not_met: string; undetermined: string };
  basis?: string;
  interpretation?: string;
  /** A contested point this rule decides one way, with the other reading's conditions (rule-file schema). */
  reading?: Reading;
  /** The rule in French, the Court's other working language. */
  fr?: { title: string; explanation: { met: string; not_met: string; undetermined: string }; interpretation?: string };
  /** Set by the loader. */
  file: string;
  /** The act the rule concerns: from its act file, or its own `act` (incident rules only). */
  act?: string;
}

/** A contested point of law: the reading used (the rule's conditions) and the other (`conditions`). */
export interface Reading {
  id: string;
  point: string; used: string; other: string;
  usedAuthority: string[]; otherAuthority: string[];
  conditions: Condition;
  fr: { point: string; used: string; other: string };
}

export interface ActFile {
  act: string;
  provision: string;
  title: string;
  fr?: { title: string; description?: string };
  conclusion: string;
  file: string;
}

/** A leaf after evaluation: what it read, and its three-valued result. */
export interface LeafResult {
  leaf: Leaf;
  value: unknown;
  result: Tri;
}
/** An evaluated condition tree, in the shape of the rule's conditions (`outcome`: its fold, once worked out). */
export type Evaluated = (
  | { kind: "all"; children: Evaluated[] }
  | { kind: "any"; children: Evaluated[] }
  | { kind: "not"; child: Evaluated }
  | { kind: "leaf"; leaf: LeafResult }
) & { outcome?: Outcome };

/** Facts given to one evaluation, by fact name. */
export type Facts = Record<string, unknown>;
