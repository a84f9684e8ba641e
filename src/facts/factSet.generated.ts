/* Generated from schemas/fact-set.schema.json by scripts/gen-types.js. Do not edit. */

export type Text = string;
/**
 * An ISO 8601 calendar date, YYYY-MM-DD, in the years 1900 to 2200 (src/dates.ts: MIN_YEAR, MAX_YEAR).
 */
export type CalendarDate = string;
/**
 * The act under Art. 7(1) that the incident describes.
 */
export type Act =
  | "murder"
  | "extermination"
  | "enslavement"
  | "deportation"
  | "forcible-transfer"
  | "imprisonment"
  | "torture"
  | "rape"
  | "sexual-slavery"
  | "enforced-prostitution"
  | "forced-pregnancy"
  | "enforced-sterilization"
  | "sexual-violence"
  | "persecution"
  | "enforced-disappearance"
  | "apartheid"
  | "other-inhumane-act";
export type Connection =
  | {
      /**
       * The id of another incident in this fact set.
       */
      incident: string;
    }
  | {
      /**
       * Another crime within the jurisdiction of the Court.
       */
      crime: "genocide" | "war-crime" | "aggression";
      /**
       * Whether that crime appears established on the facts.
       */
      established?: boolean | null;
      description?: Text;
    };
/**
 * An ISO 3166-1 alpha-3 code (State of Palestine: PSE).
 */
export type State = string;
export type NullableDate = CalendarDate | null;
/**
 * true, false, or null (unknown).
 */
export type Fact = boolean | null;
export type SourceId = string;

/**
 * The facts of one situation, as rome-assess reads them (v1). Any fact about the conduct may be true, false, or unknown (absent or null): unknown is never read as false. Referrals, declarations, deferrals and the Prosecutor's steps given here, together with the reference data known at the assessment date, are taken as the whole record.
 */
export interface FactSet {
  /**
   * Version of this contract.
   */
  factSetVersion: 1;
  /**
   * Optional identifier, lower-case letters, digits and hyphens.
   */
  id?: string;
  title?: string;
  /**
   * The date the assessment speaks as of. Reference data known only after it is not applied. Default: today.
   */
  assessmentDate?: string;
  attack?: Attack;
  /**
   * Several attacks, each with its id: the contextual elements are assessed once per attack, and each incident names its attack in `attack` (it may omit it when there is only one). Not together with `attack`.
   *
   * @minItems 1
   * @maxItems 20
   */
  attacks?: NamedAttack[];
  /**
   * At most 200 incidents, and at most 2,000 territories, perpetrators and perpetrators' nationalities counted over all of them (checked after the schema: the work of an assessment grows with their number).
   *
   * @maxItems 200
   */
  incidents?: Incident[];
  referrals?: Referrals;
  proprioMotu?: ProprioMotu;
  /**
   * @maxItems 50
   */
  declarations?: Declaration[];
  /**
   * @maxItems 50
   */
  deferrals?: Deferral[];
  hypotheticals?: Hypotheticals;
  /**
   * @maxItems 500
   */
  sources?: Source[];
  /**
   * Which sources support which fact: a JSON Pointer into this fact set → source ids.
   */
  evidence?: {
    /**
     * @maxItems 50
     */
    [k: string]: SourceId[];
  };
}
/**
 * The one attack of the fact set (single-attack shorthand). Not together with `attacks`.
 */
export interface Attack {
  description?: Text;
  /**
   * A course of conduct involving the multiple commission of acts listed in Art. 7(1).
   */
  multipleActs?: boolean | null;
  /**
   * The attack is directed against a civilian population as its primary object.
   */
  againstCivilianPopulation?: boolean | null;
  /**
   * Whose policy the attack pursued or furthered: a State's, an organization's, or none. Absent or null: unknown.
   */
  policy?: "state" | "organization" | "none" | null;
  /**
   * Where the policy is an organization's: the organization partakes of some characteristics of a State. Read only under the other reading of 'organization' in Art. 7(2)(a) (Judge Kaul, dissenting, Kenya, 2010); the reading used does not require it.
   */
  organizationStateLike?: boolean | null;
  /**
   * The attack is large-scale or targets many persons.
   */
  widespread?: boolean | null;
  /**
   * The attack is organized, following a pattern rather than random.
   */
  systematic?: boolean | null;
  /**
   * First day of the attack as a whole (the course of conduct, not one incident). Absent or null: unknown.
   */
  start?: CalendarDate | null;
  /**
   * Last day of the attack as a whole. Absent or null: unknown (or still going on).
   */
  end?: CalendarDate | null;
}
/**
 * One of several attacks (`attacks`): an id, then the same fields as `attack`.
 */
export interface NamedAttack {
  /**
   * The id incidents name in their `attack`.
   */
  id: string;
  description?: Text;
  /**
   * A course of conduct involving the multiple commission of acts listed in Art. 7(1).
   */
  multipleActs?: boolean | null;
  /**
   * The attack is directed against a civilian population as its primary object.
   */
  againstCivilianPopulation?: boolean | null;
  /**
   * Whose policy the attack pursued or furthered: a State's, an organization's, or none. Absent or null: unknown.
   */
  policy?: "state" | "organization" | "none" | null;
  /**
   * Where the policy is an organization's: the organization partakes of some characteristics of a State. Read only under the other reading of 'organization' in Art. 7(2)(a) (Judge Kaul, dissenting, Kenya, 2010); the reading used does not require it.
   */
  organizationStateLike?: boolean | null;
  /**
   * The attack is large-scale or targets many persons.
   */
  widespread?: boolean | null;
  /**
   * The attack is organized, following a pattern rather than random.
   */
  systematic?: boolean | null;
  /**
   * First day of the attack as a whole (the course of conduct, not one incident). Absent or null: unknown.
   */
  start?: CalendarDate | null;
  /**
   * Last day of the attack as a whole. Absent or null: unknown (or still going on).
   */
  end?: CalendarDate | null;
}
export interface Incident {
  id: string;
  description?: Text;
  act: Act;
  /**
   * The id of the attack (in `attacks`) this conduct is said to be part of. Required when `attacks` has more than one entry; not used with the single `attack`.
   */
  attack?: string;
  /**
   * The act's own elements under the Elements of Crimes: one true/false/null each, named per act.
   */
  elements?: {
    [k: string]: boolean | null;
  };
  /**
   * The conduct was committed as part of the attack.
   */
  partOfAttack?: boolean | null;
  /**
   * The perpetrator knew the conduct was part of the attack, or intended it to be.
   */
  knowledgeOfAttack?: boolean | null;
  /**
   * Persecution: the grounds on which the group was targeted (Art. 7(1)(h); gender as in Art. 7(3)).
   *
   * @maxItems 8
   */
  grounds?: (
    | "political"
    | "racial"
    | "national"
    | "ethnic"
    | "cultural"
    | "religious"
    | "gender"
    | "other-universally-recognized"
  )[];
  /**
   * Persecution: the acts or crimes it was committed in connection with.
   *
   * @maxItems 50
   */
  connectedTo?: Connection[];
  /**
   * First day of the conduct.
   */
  start?: CalendarDate | null;
  /**
   * Last day of the conduct. Absent: unknown (not assumed to be the start date).
   */
  end?: CalendarDate | null;
  /**
   * @maxItems 20
   */
  territories?: Territory[];
  /**
   * @maxItems 50
   */
  perpetrators?: Perpetrator[];
  /**
   * The ICC situations (ICC-02/18, pe-venezuela-ii) the conduct is alleged to belong to. Read only where a step's scope is defined by the kind of conduct (its subjectMatter), which place and time cannot tell. Absent: unknown.
   *
   * @maxItems 10
   */
  situations?: string[];
}
export interface Territory {
  state: State;
  /**
   * What happened there: the conduct itself, a legal element of the crime (such as the crossing of a border in deportation), or only its effects. Absent or null: unknown.
   */
  part?: "conduct" | "element" | "effects" | null;
  /**
   * On board a vessel or aircraft registered in `state` (Art. 12(2)(a)).
   */
  via?: "vessel" | "aircraft";
  description?: Text;
}
export interface Perpetrator {
  id: string;
  name?: string;
  /**
   * @maxItems 10
   */
  nationalities?: State[];
  birthDate?: NullableDate;
  /**
   * Known to have been eighteen or older during the conduct, where the exact date of birth is not known (Art. 26).
   */
  adult?: boolean | null;
}
export interface Referrals {
  /**
   * @maxItems 50
   */
  states?: StateReferral[];
  /**
   * @maxItems 20
   */
  securityCouncil?: SecurityCouncilReferral[];
}
export interface StateReferral {
  /**
   * @minItems 1
   * @maxItems 60
   */
  by: State[];
  date: CalendarDate;
  /**
   * Start of the situation referred (shorthand for scope.from; give one or the other).
   */
  from?: CalendarDate | null;
  /**
   * End of the situation referred (shorthand for scope.to).
   */
  to?: CalendarDate | null;
  scope?: StepScope;
  description?: Text;
}
/**
 * The situation referred: its territories and period. Absent: that of the matching referral in the reference data (same date, a referring State in common), or else unknown.
 */
export interface StepScope {
  /**
   * The States on whose territory the conduct or an element of the crime must have taken place. Absent: unknown.
   *
   * @minItems 1
   * @maxItems 20
   */
  territories?: State[];
  /**
   * States whose nationals' conduct is covered wherever it took place (Burundi, 2017: Burundian nationals outside Burundi).
   *
   * @maxItems 20
   */
  nationals?: State[];
  /**
   * First day covered (inclusive). Absent: from the Statute's entry into force.
   */
  from?: CalendarDate | null;
  /**
   * Last day covered (inclusive). Absent: open-ended.
   */
  to?: CalendarDate | null;
  description?: Text;
}
export interface SecurityCouncilReferral {
  resolution: string;
  date: CalendarDate;
  /**
   * Adopted under Chapter VII of the UN Charter.
   */
  chapterVII?: boolean | null;
  /**
   * @maxItems 20
   */
  territories?: State[];
  from?: NullableDate;
  to?: NullableDate;
  scope?: StepScope1;
}
/**
 * The situation referred, as one object; the same as `territories`, `from` and `to` (give one form or the other).
 */
export interface StepScope1 {
  /**
   * The States on whose territory the conduct or an element of the crime must have taken place. Absent: unknown.
   *
   * @minItems 1
   * @maxItems 20
   */
  territories?: State[];
  /**
   * States whose nationals' conduct is covered wherever it took place (Burundi, 2017: Burundian nationals outside Burundi).
   *
   * @maxItems 20
   */
  nationals?: State[];
  /**
   * First day covered (inclusive). Absent: from the Statute's entry into force.
   */
  from?: CalendarDate | null;
  /**
   * Last day covered (inclusive). Absent: open-ended.
   */
  to?: CalendarDate | null;
  description?: Text;
}
export interface ProprioMotu {
  /**
   * The date a preliminary examination opened.
   */
  preliminaryExamination?: CalendarDate | null;
  /**
   * The date the Prosecutor asked the Pre-Trial Chamber to authorize an investigation (Art. 15(3)). The other reading of Art. 127(2) (the 2023 dissent in the Philippines appeal) turns on it; absent, it is taken from the ICC's situations where the authorization is one of theirs.
   */
  requested?: CalendarDate | null;
  /**
   * The date the Pre-Trial Chamber (or the Appeals Chamber) authorized it (Art. 15(4)).
   */
  authorized?: CalendarDate | null;
  /**
   * The date authorization was refused, if it was.
   */
  refused?: CalendarDate | null;
  scope?: StepScope2;
}
/**
 * The parameters of the investigation authorized. Absent: those of the authorization of the same date in the reference data (the ICC's situations), or else unknown.
 */
export interface StepScope2 {
  /**
   * The States on whose territory the conduct or an element of the crime must have taken place. Absent: unknown.
   *
   * @minItems 1
   * @maxItems 20
   */
  territories?: State[];
  /**
   * States whose nationals' conduct is covered wherever it took place (Burundi, 2017: Burundian nationals outside Burundi).
   *
   * @maxItems 20
   */
  nationals?: State[];
  /**
   * First day covered (inclusive). Absent: from the Statute's entry into force.
   */
  from?: CalendarDate | null;
  /**
   * Last day covered (inclusive). Absent: open-ended.
   */
  to?: CalendarDate | null;
  description?: Text;
}
export interface Declaration {
  id?: string;
  state: State;
  lodged: CalendarDate;
  from: CalendarDate;
  to?: NullableDate;
  /**
   * What the declaration accepts jurisdiction for: crimes on the State's territory, by its nationals, or both.
   *
   * @minItems 1
   * @maxItems 2
   */
  scope: ("territory" | "nationals")[];
}
export interface Deferral {
  resolution: string;
  chapterVII?: Fact;
  from: CalendarDate;
  /**
   * End of the deferral requested. Absent, or later than twelve months from `from`: twelve months from `from` (Art. 16 allows no more; a renewal is a new resolution).
   */
  to?: CalendarDate | null;
}
/**
 * For teaching: what if a State had joined, or what if a step the Court's record holds had not been taken. Every basis resting on one is tagged hypothetical, and the assessment says so.
 */
export interface Hypotheticals {
  /**
   * @maxItems 20
   */
  membership?: {
    state: State;
    entryIntoForce: CalendarDate;
  }[];
  /**
   * Steps of the ICC's situations (reference data) to leave out, as if they had not been taken: the referrals or authorizations of a situation, or all of its steps.
   *
   * @maxItems 20
   */
  withoutSteps?: {
    /**
     * The ICC situation number (ICC-01/09) or the reference id of a preliminary examination (pe-…), as GET /v1/rules lists them.
     */
    situation: string;
    /**
     * Which steps to leave out. Absent: every step of the situation.
     */
    kind?: "state-referral" | "security-council-referral" | "authorization";
  }[];
}
export interface Source {
  id: SourceId;
  citation: string;
  url?: string;
}
