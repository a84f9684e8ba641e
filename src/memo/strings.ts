/** The memo's fixed words, one file per language in templates/memo/<lang>/strings.json. */
import { Lang, datesIn } from "../i18n/format";

export interface MemoStrings {
  lang: Lang;
  untitled: string;
  yes: string; no: string; unknown: string; none: string; adult: string; bornOn: string;
  endUnknown: string; endUnknownUntil: string; startUnknownSince: string;
  periodTemplate: string;
  period: (from: string, to: string) => string;
  verdict: { met: string; not_met: string; undetermined: string };
  jurisdictionVerdict: { established: string; not_established: string; undetermined: string };
  triggerVerdict: { triggered: string; not_triggered: string; undetermined: string };
  routeName: { "state-referral": string; "security-council": string; "proprio-motu": string };
  readLabel: string;
  settleLabel: string;
  /** Between items of a list in running text. */
  separator: string;
  /** Data values (enums) in words. */
  values: Record<string, string>;
  /** A persecution's connected incident or crime, as the facts read list it (Art. 7(1)(h), element 4). */
  links: { incident: string; crime: string; crimes: Record<string, string>; established: { met: string; not_met: string; undetermined: string } };
  evaluators: Record<string, string>;
  /** Terms of citations and provisions as this language writes them (applied in order). */
  terms: [string, string][];
  /** Whole citations and provisions as this language writes them (templates/memo/<lang>/citations.json), before `terms`. */
  citations: Record<string, string>;
  ruleLabel: string; applicationLabel: string; conclusionLabel: string; citedLabel: string; noFacts: string;
  /** Opening and closing quotation marks (“ ” in English, « » with no-break spaces in French). */
  quote: [string, string];
  /** The words of the memo's body (./body.ts). */
  body: BodyStrings;
}

type Plural = { one: string; other: string };
export interface BodyStrings {
  bottom: {
    noIncidents: string; allEstablished: Plural; someEstablished: Plural; noneEstablishedSomeOpen: Plural; noneEstablished: Plural;
    trigger: { triggered: string; not_triggered: string; undetermined: string }; deferral: string;
    actsMet: Plural; actsOpen: Plural; actsOnlyOpen: Plural; actsNone: string; open: Plural; nothingOpen: string; standard: string;
  };
  short: { jurisdiction: { established: string; not_established: string; undetermined: string }; outcome: { met: string; not_met: string; undetermined: string };
    /** One element's outcome (French agrees it in the singular). */
    element: { met: string; not_met: string; undetermined: string }; reachedPart: string };
  /** Which incidents a route reaches, by TriggerRoute.route. */
  reached: { "state-referral": Plural; "security-council": Plural; "proprio-motu": Plural };
  basis: { territory: string; nationality: string; nationalityOf: string; declaration: string; securityCouncil: string };
  hypotheticalTag: string;
  noDescription: string; place: string; placeUnknown: string;
  concern: { territory: string; effects: string; nationality: string };
  declaration: string; incidentsHeading: Plural; theseIncidents: string;
  /** The conclusions a missing fact would settle ("jurisdiction over incidents {list}"). */
  settles: { jurisdiction: Plural; act: Plural; incidentTrigger: Plural; person: string; trigger: string; deferral: string };
  /** Where on a territory: the conduct, an element of the crime, its effects only. */
  part: { conduct: string; element: string; effects: string };
  noDeclaration: string;
  /** A later group of incidents that shares reasoning already given: "The rest is as for incidents {list}." */
  asFor: string;
  /** Other crimes within the Court's jurisdiction a persecution may be connected with. */
  crimes: { genocide: string; "war-crime": string; aggression: string };
  /** How an act's title begins, left out in the incident table ("Crime against humanity of "). */
  actPrefixes: string[];
  /** Readings applied (./readingsView.ts): each contested point, both readings, and what the other would change. */
  readings: {
    same: string; changes: string;
    /** One conclusion that differs, by ReadingDifference.conclusion. */
    difference: { contextual: string; contextualOf: string; act: string; jurisdiction: string; "incident-trigger": string; trigger: string };
    /** Outcomes in words, by kind of conclusion (French agrees them with what they qualify). */
    outcomes: { jurisdiction: Record<string, string>; elements: Record<string, string>; trigger: Record<string, string> };
  };
}

/** A citation or a provision as the memo's language writes it: "Rome Statute, art. 12(3)" → "Statut de Rome, art. 12(3)". */
export function localize(text: string, s: MemoStrings): string {
  const whole = s.citations[text];
  if (whole !== undefined) return whole;
  return datesIn(s.terms.reduce((t, [from, to]) => t.split(from).join(to), text), s.lang);
}

export function parseStrings(json: Omit<MemoStrings, "period" | "citations">, citations: Record<string, string> = {}): MemoStrings {
  return { ...json, citations, period: (from, to) => json.periodTemplate.replace("{from}", from).replace("{to}", to) };
}
