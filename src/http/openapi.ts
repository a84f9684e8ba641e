/**
 * The OpenAPI 3.1 description of the HTTP API: every route, its parameters, request and
 * responses. The fact set is not copied here: `FactSet` refers to the schema the API serves at
 * `/v1/schema/fact-set` (a relative reference, resolved against this document's own address).
 * The assessment's schema follows the v1 contract (DESIGN.md, src/assess/types.ts): a change to
 * the assessment must change it too (tests/http validates real responses against it).
 * The teaching routes (quiz, answers, compare) are described in openapiTeach.ts, the import in
 * openapiImport.ts, both merged here.
 */
import { DOCX_MEDIA_TYPE } from "../memo/renderDocx";
import { teachPaths, teachResponses, teachSchemas } from "./openapiTeach";
import { importPaths, importSchemas } from "./openapiImport";
import { errorsProblem } from "./openapiProblems";

export const FACT_SET_SCHEMA_PATH = "/v1/schema/fact-set";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: "string" } as const;
const strArray = { type: "array", items: str } as const;
const isoDate = { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } as const;
const nullableIsoDate = { type: ["string", "null"], pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } as const;

const problemContent = (schema: string) => ({ "application/problem+json": { schema: ref(schema) } });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });

const schemas = {
  FactSet: {
    $ref: FACT_SET_SCHEMA_PATH,
    description: "A fact set (v1): the JSON Schema served at /v1/schema/fact-set (self-contained, $id https://rome-assess.invalid/schemas/fact-set.json).",
  },
  Outcome: { type: "string", enum: ["met", "not_met", "undetermined"], description: "Three-valued: an unknown fact never counts as false." },
  JurisdictionOutcome: { type: "string", enum: ["established", "not_established", "undetermined"] },
  TriggerOutcome: { type: "string", enum: ["triggered", "not_triggered", "undetermined"] },
  Period: {
    type: "object",
    required: ["start", "end"],
    properties: { start: nullableIsoDate, end: nullableIsoDate, until: nullableIsoDate, since: nullableIsoDate },
    additionalProperties: false,
  },
  FactRead: {
    type: "object",
    description: "A fact a rule read: which of the rule's conditions read it (`leaf`, an index into its leaf conditions in GET /v1/rules), where it is in the fact set (JSON Pointer) and its value. With explain=true, also the condition's name in words and the fact and path it reads.",
    required: ["leaf", "outcome"],
    properties: {
      leaf: { type: "integer", minimum: 0 },
      pointer: { type: "string", description: "JSON Pointer into the fact set, for a fact the user gave (or could give)." },
      from: { ...strArray, description: "The pointers a derived value rests on." },
      value: { description: "The value read (any JSON value; null when unknown). Absent where the condition reads another rule's outcome, which `outcome` then says." },
      outcome: ref("Outcome"),
      evidence: { ...strArray, description: "The ids of the sources the fact set cites for this fact (its `evidence`)." },
      name: { type: "string", description: "explain=true: what the condition checks, in words." },
      fact: { type: "string", description: "explain=true: the fact the condition reads." },
      path: { type: "string", description: "explain=true: the path it reads in that fact." },
    },
    additionalProperties: false,
  },
  MissingLeaf: {
    type: "object",
    description: "A fact that would settle an undetermined trace: its pointer and the condition (leaf index) whose question asks for it (GET /v1/rules; explain=true renders it). A trace for a fact no rule places (where, who) carries its question instead.",
    required: ["pointer"],
    properties: { pointer: str, leaf: { type: "integer", minimum: 0 }, question: str },
    additionalProperties: false,
  },
  RuleTraceFields: {
    type: "object",
    description: "One rule evaluated for one subject, as data: the rule's id, the outcome, the conditions that decided it, every fact read, the values its sentences need and, when undetermined, what is missing. The rule's title, provision, citations and sentences are served by GET /v1/rules; with explain=true each trace carries them, rendered in the assessment's language.",
    required: ["id", "outcome", "decidedBy", "facts"],
    properties: {
      id: str,
      outcome: ref("Outcome"),
      decidedBy: { type: "array", items: { type: "integer", minimum: 0 }, description: "The conditions (leaf indices) that decided the outcome: for a failed `all` those that failed, for a met `any` those that held, for an undetermined outcome the unknowns that matter." },
      facts: { type: "array", items: ref("FactRead") },
      missing: { type: "array", items: ref("MissingLeaf") },
      awaiting: { ...strArray, description: "When undetermined: the rules whose undetermined outcome this one waits on." },
      params: { type: "object", additionalProperties: { type: "string" }, description: "The values of the placeholders the rule's sentences use (\"subject.stateName\" → \"Bangladesh\")." },
      provision: { type: "string", description: "explain=true." },
      title: { type: "string", description: "explain=true." },
      citations: { ...strArray, description: "explain=true." },
      explanation: { type: "string", description: "explain=true: the sentence for this outcome." },
      interpretation: { type: "string", description: "explain=true: the reading the rule applies, where contested." },
    },
  },
  // Extensions of a trace add properties beside allOf (not beside $ref), which every tool reads alike.
  RuleTrace: { allOf: [ref("RuleTraceFields")], unevaluatedProperties: false },
  SubjectTrace: {
    allOf: [ref("RuleTraceFields")],
    required: ["subject"],
    properties: { subject: str, basis: str, hypothetical: { type: "boolean" }, synthetic: { type: "boolean" } },
    unevaluatedProperties: false,
  },
  ElementTrace: {
    allOf: [ref("RuleTraceFields")],
    required: ["role"],
    properties: { role: { type: "string", enum: ["element", "context"] } },
    unevaluatedProperties: false,
  },
  BasisFound: {
    type: "object",
    required: ["basis", "provision", "hypothetical", "reach"],
    properties: { basis: str, provision: str, hypothetical: { type: "boolean" }, reach: { type: "array", items: ref("Period") } },
    additionalProperties: false,
  },
  IncidentJurisdiction: {
    type: "object",
    required: ["id", "outcome", "bases", "basesFound", "reach", "temporal", "preconditions", "securityCouncil", "age", "conclusion", "effectsOnly"],
    properties: {
      id: str,
      outcome: ref("JurisdictionOutcome"),
      bases: { ...strArray, description: 'The bases found: "territory:BGD", "nationality:GBR", "declaration:UKR-2015", "security-council:S/RES/1593 (2005)".' },
      basesFound: { type: "array", items: ref("BasisFound") },
      reach: { type: "array", items: ref("Period"), description: "The part of the incident's time span the Court can reach." },
      temporal: ref("RuleTrace"),
      preconditions: {
        allOf: [ref("RuleTraceFields")],
        required: ["candidates"],
        properties: { candidates: { type: "array", items: ref("SubjectTrace") } },
        unevaluatedProperties: false,
      },
      securityCouncil: { type: "array", items: ref("SubjectTrace") },
      age: {
        type: "object",
        description: "Art. 26 per identified perpetrator: whether the Court could try that person. It bars the trial of a person, not jurisdiction over the incident.",
        required: ["perpetrators"],
        properties: { perpetrators: { type: "array", items: ref("SubjectTrace") } },
        additionalProperties: false,
      },
      conclusion: ref("RuleTrace"),
      effectsOnly: { ...strArray, description: "Territories where only the effects were felt: no basis under the 2018 reading." },
      actConditions: { type: "array", items: ref("RuleTrace"), description: "Conditions of jurisdiction that concern this incident's act only (EoC art. 7(1)(i) fn 24: for enforced disappearance, the attack after 1 July 2002). Absent when none does." },
    },
    additionalProperties: false,
  },
  TriggerRoute: {
    type: "object",
    required: ["route", "provision", "outcome", "traces"],
    properties: {
      route: { type: "string", enum: ["state-referral", "security-council", "proprio-motu"] },
      provision: str,
      outcome: ref("Outcome"),
      traces: { type: "array", items: { anyOf: [ref("RuleTrace"), ref("SubjectTrace")] } },
    },
    additionalProperties: false,
  },
  TriggerStep: {
    type: "object",
    description: "A step that can trigger jurisdiction, as read: from the fact set, or the ICC's own situations (reference data), with the scope it was read with.",
    required: ["key", "route", "date", "by", "resolution", "chamber", "decision", "situation", "scope", "scopeFrom", "verified"],
    properties: {
      key: str, route: { type: "string", enum: ["state-referral", "security-council", "proprio-motu"] }, date: isoDate, by: strArray,
      resolution: { type: ["string", "null"] }, chamber: { type: ["string", "null"] }, decision: { type: ["string", "null"] },
      situation: { type: ["string", "null"], description: "The ICC situation number, where the step is the Court's own." },
      scope: {
        anyOf: [{ type: "null" }, {
          type: "object", required: ["territories", "nationals", "from", "to"],
          properties: { territories: { anyOf: [strArray, { type: "null" }] }, nationals: strArray, from: nullableIsoDate, to: nullableIsoDate, note: str, subjectMatter: str, subjectMatterFr: str },
          additionalProperties: false,
        }],
        description: "The territories (or nationals) and period the step covers; null where unknown.",
      },
      scopeFrom: { type: ["string", "null"], enum: ["fact set", "reference", null] },
      verified: { type: ["string", "null"] },
    },
    additionalProperties: false,
  },
  IncidentTrigger: {
    type: "object",
    description: "Per incident: whether a step reaches it (within the step's scope), which, and each step checked against it.",
    required: ["id", "outcome", "by", "steps", "conclusion", "coverage"],
    properties: {
      id: str, outcome: ref("TriggerOutcome"), by: strArray, steps: { ...strArray, description: "Keys of the steps that reach it." },
      conclusion: { anyOf: [ref("SubjectTrace"), { type: "null" }] },
      coverage: { type: "array", items: ref("SubjectTrace") },
    },
    additionalProperties: false,
  },
  Trigger: {
    type: "object",
    required: ["outcome", "routes", "by", "conclusion", "incidents", "outsideScope", "steps", "deferral", "open", "notes"],
    properties: {
      outcome: ref("TriggerOutcome"),
      routes: { type: "array", items: ref("TriggerRoute") },
      by: { ...strArray, description: "The routes taken." },
      conclusion: ref("RuleTrace"),
      incidents: { type: "array", items: ref("IncidentTrigger"), description: "The trigger decided per incident; the situation is triggered when one incident is." },
      outsideScope: { ...strArray, description: "Where the situation is triggered: the incidents no step reaches." },
      steps: { type: "array", items: ref("TriggerStep") },
      deferral: {
        type: "object",
        required: ["inForce", "until", "traces", "conclusion"],
        properties: {
          inForce: ref("Outcome"),
          until: nullableIsoDate,
          traces: { type: "array", items: { anyOf: [ref("RuleTrace"), ref("SubjectTrace")] } },
          conclusion: ref("RuleTrace"),
        },
        additionalProperties: false,
      },
      open: { type: "array", items: { enum: ["state-referral", "security-council", "proprio-motu"] }, description: "Where not triggered: the routes still open (TriggerRoute.route)." },
      notes: strArray,
    },
    additionalProperties: false,
  },
  PathRoute: {
    type: "object",
    description: "A route that could establish jurisdiction where it is not (rules/routes/routes.json, also in GET /v1/rules): the States it concerns and those whose position stands in its way; with explain=true, its title, what it would take and each obstacle, in words.",
    required: ["route", "provision", "states", "obstacleStates", "incidents"],
    properties: {
      route: str, provision: str,
      states: { ...strArray, description: "The States the route concerns (ISO 3166-1 alpha-3)." },
      obstacleStates: { ...strArray, description: "The States whose position is an obstacle: a permanent member of the Security Council (its veto), a State Party where only effects were felt." },
      incidents: strArray,
      title: { ...str, description: "explain=true." }, whatItTakes: { ...str, description: "explain=true." }, obstacles: { ...strArray, description: "explain=true: each obstacle in words." },
    },
    additionalProperties: false,
  },
  ActAssessment: {
    type: "object",
    required: ["id", "act", "provision", "outcome", "elements", "conclusion"],
    properties: {
      id: str,
      act: str,
      provision: str,
      title: { ...str, description: "explain=true: the act's title." },
      outcome: ref("Outcome"),
      attack: { ...str, description: "The id of the attack (in the fact set's `attacks`) this incident is assessed against; absent with the single `attack`." },
      elements: { type: "array", items: ref("ElementTrace") },
      conclusion: { anyOf: [ref("RuleTrace"), { type: "null" }] },
    },
    additionalProperties: false,
  },
  MissingFact: {
    type: "object",
    description: "A fact whose absence leaves an outcome undetermined: where it goes, the question to ask, what it would settle.",
    required: ["pointer", "question", "neededFor", "settles"],
    properties: {
      pointer: str, question: str, neededFor: strArray,
      settles: {
        type: "array", description: "What the fact would help settle, as data: one entry per neededFor line, in the same order.",
        items: {
          type: "object", required: ["conclusion"], additionalProperties: false,
          properties: {
            conclusion: { type: "string", enum: ["jurisdiction", "act", "trigger", "incident-trigger", "deferral", "person"] },
            incident: str, person: { ...str, description: "With conclusion person: the perpetrator's id (Art. 26)." },
          },
        },
      },
      concerns: { type: "string", enum: ["person"], description: "person: the answer decides only whether the Court could try that person (Art. 26), not its jurisdiction over the incident." },
      person: { type: "string", description: "With concerns: person, the perpetrator's id." },
    },
    additionalProperties: false,
  },
  ReadingApplied: {
    type: "object",
    description: "A contested point of law a rule of this assessment decided, where the other reading would give some evaluation another outcome: the conclusions it would change, found by assessing the fact set again under it.",
    required: ["id", "rule", "provision", "changes", "differences"],
    properties: {
      id: str, rule: { ...str, description: "The rule that carries the reading (GET /v1/rules)." }, provision: str,
      changes: { type: "boolean", description: "Whether any conclusion below the situation's would differ under the other reading." },
      differences: {
        type: "array",
        items: {
          type: "object", required: ["conclusion", "used", "other"], additionalProperties: false,
          properties: {
            conclusion: { type: "string", enum: ["contextual", "act", "jurisdiction", "incident-trigger", "trigger"] },
            incident: str, attack: { ...str, description: "With conclusion contextual and several attacks: the attack's id." },
            used: { ...str, description: "The outcome under the reading used." }, other: { ...str, description: "The outcome under the other reading." },
          },
        },
      },
      asks: {
        type: "array", description: "Facts the other reading would also need, which this assessment does not ask.",
        items: { type: "object", required: ["pointer", "question"], additionalProperties: false, properties: { pointer: str, question: str } },
      },
      point: { ...str, description: "explain=true: the contested point." },
      used: { ...str, description: "explain=true: the reading used." },
      other: { ...str, description: "explain=true: the other reading." },
      usedAuthority: { ...strArray, description: "explain=true: the authority for the reading used." },
      otherAuthority: { ...strArray, description: "explain=true: the authority for the other reading." },
    },
    additionalProperties: false,
  },
  Assessment: {
    type: "object",
    description: "The assessment (v1 contract): jurisdiction and Article 7, provision by provision.",
    required: ["factSetId", "title", "assessmentDate", "lang", "hypothetical", "engine", "jurisdiction", "crimesAgainstHumanity", "missingFacts", "readings", "sources", "notes"],
    properties: {
      factSetId: { type: ["string", "null"] },
      title: { type: ["string", "null"] },
      assessmentDate: isoDate,
      lang: { type: "string", enum: ["en", "fr"], description: "The language of the explanations, questions and notes (the outcomes are the same in both)." },
      hypothetical: { type: "boolean" },
      engine: {
        type: "object",
        required: ["version", "evaluator", "rulesDigest", "referenceDataAsOf", "inputDigest"],
        properties: {
          version: str,
          evaluator: { type: "string", enum: ["native", "reference"] },
          rulesDigest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
          referenceDataAsOf: isoDate,
          inputDigest: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
        },
        additionalProperties: false,
      },
      jurisdiction: {
        type: "object",
        required: ["outcome", "trigger", "incidents", "paths", "notApplicable"],
        properties: {
          outcome: ref("JurisdictionOutcome"),
          trigger: ref("Trigger"),
          incidents: { type: "array", items: ref("IncidentJurisdiction") },
          paths: { type: "array", items: ref("PathRoute") },
          notApplicable: {
            type: "array",
            description: "Set aside once, not evaluated per incident: Security Council referrals of other situations, declarations by States no incident concerns, the Court's situations whose steps cannot reach any incident.",
            items: {
              type: "object", required: ["kind", "ids"],
              properties: { kind: { type: "string", enum: ["security-council-referral", "declaration", "situation"] }, ids: strArray },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      crimesAgainstHumanity: {
        type: "object",
        required: ["outcome", "contextualElements", "incidents"],
        properties: {
          outcome: ref("Outcome"),
          contextualElements: {
            type: "object",
            description: "Article 7's contextual elements (the attack). With the fact set's single `attack`: that attack's elements and conclusion. With `attacks`: each attack's block in `attacks`; then `outcome` is met when at least one attack's is (Kleene any), `elements` is empty and `conclusion` null.",
            required: ["outcome", "elements", "conclusion"],
            properties: {
              outcome: ref("Outcome"),
              elements: { type: "array", items: ref("RuleTrace") },
              conclusion: { anyOf: [ref("RuleTrace"), { type: "null" }] },
              attacks: {
                type: "array",
                description: "Present only when the fact set gives `attacks`: one block per attack, in the fact set's order, with the ids of the incidents assessed against it.",
                items: {
                  type: "object",
                  required: ["id", "outcome", "elements", "conclusion", "incidents"],
                  properties: {
                    id: str,
                    description: { ...str, description: "The attack's description, as the fact set gives it." },
                    outcome: ref("Outcome"),
                    elements: { type: "array", items: ref("RuleTrace") },
                    conclusion: { anyOf: [ref("RuleTrace"), { type: "null" }] },
                    incidents: strArray,
                  },
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          },
          incidents: { type: "array", items: ref("ActAssessment") },
        },
        additionalProperties: false,
      },
      missingFacts: { type: "array", items: ref("MissingFact") },
      readings: { type: "array", items: ref("ReadingApplied"), description: "The contested points the result rests on, each re-assessed under the other reading." },
      sources: {
        type: "array",
        description: "The sources the fact set cites (facts read point to them through `evidence`).",
        items: {
          type: "object",
          required: ["id", "citation"],
          properties: { id: str, citation: str, url: str },
        },
      },
      citations: { ...strArray, description: "explain=true: every citation of the rules applied, once, sorted (the lean assessment names its rules by id: GET /v1/rules)." },
      notes: strArray,
    },
    additionalProperties: false,
  },
  Memo: {
    type: "object",
    description: "A Markdown or HTML memo wrapped in JSON (when the client accepts application/json). A Word memo is never wrapped.",
    required: ["memo", "format", "lang"],
    properties: { memo: str, format: { type: "string", enum: ["md", "html"] }, lang: { type: "string", enum: ["en", "fr"] } },
    additionalProperties: false,
  },
  OutcomeTexts: {
    type: "object", required: ["met", "not_met", "undetermined"],
    properties: { met: str, not_met: str, undetermined: str }, additionalProperties: false,
    description: "One sentence per outcome; {fact.path} placeholders are filled from a trace's params.",
  },
  RuleSummary: {
    type: "object",
    description: "A rule with everything needed to put a lean trace into words: its title, sentences and conditions (in the order of FactRead.leaf and decidedBy), in English and French.",
    required: ["id", "scope", "provision", "title", "file", "citations", "explanation", "conditions"],
    properties: {
      id: { type: "string", pattern: "^[a-z0-9-]+$" },
      scope: str,
      act: str,
      provision: str,
      title: str,
      file: { type: "string", description: "The rule file, relative to the project root (rules/…)." },
      citations: { ...strArray, minItems: 1 },
      explanation: ref("OutcomeTexts"),
      interpretation: str,
      reading: { type: "object", description: "A contested point the rule decides: the reading used and the other, with their authorities and the other reading's conditions, as the rule file gives it (schemas/rule-file.schema.json, `reading`)." },
      conditions: {
        type: "array",
        items: {
          type: "object", required: ["leaf", "fact", "operator", "value", "name"],
          properties: { leaf: { type: "integer", minimum: 0 }, fact: str, path: str, operator: str, value: {}, name: str, question: str, says: ref("OutcomeTexts") },
          additionalProperties: false,
        },
      },
      fr: {
        type: "object", required: ["title", "explanation", "conditions"],
        properties: {
          title: str, explanation: ref("OutcomeTexts"), interpretation: str,
          conditions: { type: "array", items: { type: "object", required: ["name"], properties: { name: str, question: str, says: ref("OutcomeTexts") }, additionalProperties: false } },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
  RuleCatalogue: {
    type: "object",
    required: ["rulesDigest", "acts", "routes", "rules"],
    properties: {
      rulesDigest: str,
      acts: {
        type: "array", description: "The acts of Art. 7(1) (ActAssessment.act): provision, title and the rule that concludes on each.",
        items: { type: "object", required: ["act", "provision", "title", "conclusion"], properties: { act: str, provision: str, title: str, conclusion: str, fr: { type: "object", required: ["title"], properties: { title: str }, additionalProperties: false } }, additionalProperties: false },
      },
      routes: {
        type: "array", description: "The routes to jurisdiction (PathRoute.route) and their words; {territories}, {states} and {state} are filled with the States' names.",
        items: {
          type: "object", required: ["id", "provision", "title", "whatItTakes"],
          properties: { id: str, provision: str, title: str, whatItTakes: str, obstacle: str, fr: { type: "object", required: ["title", "whatItTakes"], properties: { title: str, whatItTakes: str, obstacle: str }, additionalProperties: false } },
          additionalProperties: false,
        },
      },
      rules: { type: "array", items: ref("RuleSummary") },
    },
    additionalProperties: false,
  },
  ScenarioSummary: {
    type: "object",
    required: ["id", "title", "kind", "href"],
    properties: {
      id: str,
      title: { type: ["string", "null"] },
      kind: { type: "string", enum: ["real", "classroom"], description: "real: a situation before the ICC; classroom: a case that isolates one rule." },
      href: str,
    },
    additionalProperties: false,
  },
  ScenarioList: {
    type: "object",
    required: ["scenarios"],
    properties: { scenarios: { type: "array", items: ref("ScenarioSummary") } },
    additionalProperties: false,
  },
  ExpectedOutcome: {
    type: "object",
    description: "What the assessment of a teaching scenario is expected to conclude (scenarios/expected/).",
    required: ["jurisdiction", "trigger", "incidents"],
    properties: {
      description: str,
      jurisdiction: ref("JurisdictionOutcome"),
      trigger: ref("TriggerOutcome"),
      triggerBy: strArray,
      paths: strArray,
      pathObstacles: { type: "object", additionalProperties: strArray },
      incidents: {
        type: "object",
        additionalProperties: {
          type: "object",
          required: ["jurisdiction", "crimesAgainstHumanity"],
          properties: { jurisdiction: ref("JurisdictionOutcome"), bases: strArray, crimesAgainstHumanity: ref("Outcome") },
        },
      },
    },
  },
  Scenario: {
    type: "object",
    required: ["id", "title", "factSet"],
    properties: {
      id: str,
      title: { type: ["string", "null"] },
      factSet: ref("FactSet"),
      expected: { anyOf: [ref("ExpectedOutcome"), { type: "null" }], description: "The teacher's key: only with ?include=expected. null for a scenario whose expected outcome is not written yet." },
    },
    additionalProperties: false,
  },
  Health: {
    type: "object",
    required: ["status", "version", "rulesDigest", "referenceDataAsOf"],
    properties: { status: { const: "ok" }, version: str, rulesDigest: str, referenceDataAsOf: isoDate },
    additionalProperties: false,
  },
  Problem: {
    type: "object",
    description: "RFC 9457 problem details.",
    required: ["type", "title", "status", "detail"],
    properties: {
      type: { type: "string", format: "uri" },
      title: str,
      status: { type: "integer", minimum: 400, maximum: 599 },
      detail: str,
    },
    additionalProperties: false,
  },
  ValidationProblem: errorsProblem(
    "RFC 9457 problem details for an invalid fact set (or answers, comparison request or patch): every error (at most 100), each with the JSON Pointer of the field and what was expected.",
    "JSON Pointer (RFC 6901) of the invalid field; empty for the whole document.",
  ),
};

const problemResponse = (description: string, schema = "Problem") => ({ description, content: problemContent(schema) });

const responses = {
  BadRequest: problemResponse("The body is not valid JSON, is missing, or a query parameter is invalid."),
  NotFound: problemResponse("No such resource."),
  MethodNotAllowed: {
    description: "The path exists but not with this method; the Allow header lists the methods it has.",
    headers: { Allow: { description: "The methods the path allows.", schema: str } },
    content: problemContent("Problem"),
  },
  NotAcceptable: problemResponse("None of the media types in the Accept header can be produced."),
  TooLarge: problemResponse("The body is over the limit (1 MiB unless configured otherwise; the limit applies after decompression)."),
  UnsupportedMediaType: problemResponse("The body is not sent as application/json (or is in an unsupported charset or content encoding)."),
  InvalidFactSet: problemResponse("The fact set is invalid: every error (at most 100) with its JSON Pointer.", "ValidationProblem"),
  InternalError: problemResponse("An internal error. The body names no internals."),
  Unavailable: {
    description: "The server could not take the work now (every worker thread busy and its queue full, or stopping), or the assessment ran past the server's time limit and was stopped. Retry after the Retry-After header's seconds; a fact set stopped for its time is worth splitting.",
    headers: { "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } } },
    content: problemContent("Problem"),
  },
};

const parameters = {
  explain: {
    name: "explain",
    in: "query",
    required: false,
    schema: { type: "string", enum: ["true", "false"] },
    description: "true: every trace also carries its rule's title, provision, citations and the sentences of its outcome, in `lang`. Default false: the assessment as data (the words are served once by GET /v1/rules).",
  },
  engine: {
    name: "engine",
    in: "query",
    required: false,
    description: "The evaluator: native (compiled, the default) or reference (json-rules-engine itself). Both give the same assessment.",
    schema: { type: "string", enum: ["native", "reference"], default: "native" },
  },
  format: {
    name: "format",
    in: "query",
    required: false,
    description: `The memo's format: md (Markdown), html (a standalone page) or docx (a Word document). Without it, the Accept header decides (text/markdown, text/html or ${DOCX_MEDIA_TYPE}); Markdown by default.`,
    schema: { type: "string", enum: ["md", "html", "docx"] },
  },
  lang: {
    name: "lang",
    in: "query",
    required: false,
    description: "The memo's language. Without it, the Accept-Language header decides; English by default.",
    schema: { type: "string", enum: ["en", "fr"] },
  },
  assessmentLang: {
    name: "lang",
    in: "query",
    required: false,
    description: "The language of the assessment's explanations, questions and notes (the outcomes are the same in both).",
    schema: { type: "string", enum: ["en", "fr"], default: "en" },
  },
  scenarioId: { name: "id", in: "path", required: true, description: "The scenario's id (see GET /v1/scenarios).", schema: { type: "string", pattern: "^[a-z0-9-]+$" } },
  scenarioInclude: {
    name: "include",
    in: "query",
    required: false,
    description: "expected: add the scenario's expected outcome (the teacher's key, which answers its quiz). Without it the reply has no expected.",
    schema: { type: "string", enum: ["expected"] },
  },
};

const factSetBody = {
  required: true,
  description: "A fact set (v1), at most 1 MiB unless the server is configured otherwise.",
  content: { "application/json": { schema: ref("FactSet") } },
};

const json = (schema: string) => ({ "application/json": { schema: ref(schema) } });
const postErrors = {
  "400": response("BadRequest"),
  "413": response("TooLarge"),
  "415": response("UnsupportedMediaType"),
  "422": response("InvalidFactSet"),
  "500": response("InternalError"),
  "503": response("Unavailable"),
};

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "rome-assess",
      version,
      summary: "Crimes against humanity (Rome Statute art. 7) and ICC jurisdiction, assessed from a structured fact set.",
      description:
        "Takes a structured set of facts and tells, provision by provision, whether the conduct meets the elements of a crime against humanity under Article 7 of the Rome Statute and whether the International Criminal Court could exercise jurisdiction over it. An assessment aid on the facts given, not legal advice.\n\n" +
        "Errors are RFC 9457 problem details (application/problem+json). A method a path does not have gets 405 with an Allow header; an unknown path gets 404.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths: {
      "/v1/assessments": {
        post: {
          operationId: "createAssessment",
          summary: "Assess a fact set",
          parameters: [parameters.engine, parameters.assessmentLang, parameters.explain],
          requestBody: factSetBody,
          responses: { "200": { description: "The assessment, whatever its outcome.", content: json("Assessment") }, ...postErrors },
        },
      },
      "/v1/memos": {
        post: {
          operationId: "createMemo",
          summary: "Assess a fact set and write the memo",
          description:
            `The memo's format comes from \`format\` or else from the Accept header (text/markdown, text/html, ${DOCX_MEDIA_TYPE}); its language from \`lang\` or else Accept-Language. With Accept: application/json a Markdown or HTML memo comes wrapped as {memo, format, lang}. A Word memo (format=docx) is sent as the file itself, as an attachment, never wrapped: with format=docx, an Accept header that does not allow ${DOCX_MEDIA_TYPE} gets 406. The same fact set gives the same file, byte for byte.`,
          parameters: [parameters.format, parameters.lang, parameters.engine],
          requestBody: factSetBody,
          responses: {
            "200": {
              description: "The memo.",
              headers: {
                "Content-Language": { description: "The memo's language.", required: true, schema: { type: "string", enum: ["en", "fr"] } },
                Vary: { description: "Accept, Accept-Language: the representation depends on them.", schema: str },
                "Content-Disposition": { description: 'A Word memo only: attachment; filename="memo-<the fact set\'s id, or the first 12 hex digits of its input digest>-<lang>.docx".', schema: str },
              },
              content: {
                "text/markdown": { schema: str },
                "text/html": { schema: str },
                "application/json": { schema: ref("Memo") },
                // Binary: OpenAPI 3.1 describes it by its media type alone, without a schema.
                [DOCX_MEDIA_TYPE]: {},
              },
            },
            ...postErrors,
            "406": response("NotAcceptable"),
          },
        },
      },
      "/v1/schema/fact-set": {
        get: {
          operationId: "getFactSetSchema",
          summary: "The fact-set JSON Schema (2020-12), self-contained",
          responses: {
            "200": { description: "The fact-set schema, with the act elements bundled under $defs/acts.", content: { "application/schema+json": { schema: { type: "object" } } } },
            "500": response("InternalError"),
          },
        },
      },
      "/v1/schema/assessment": {
        get: {
          operationId: "getAssessmentSchema",
          summary: "The assessment's JSON Schema (2020-12): the definitions of this document, from Assessment down",
          responses: {
            "200": { description: "The assessment schema; every reply of POST /v1/assessments validates against it, lean or explained.", content: { "application/schema+json": { schema: { type: "object" } } } },
            "500": response("InternalError"),
          },
        },
      },
      "/v1/rules": {
        get: {
          operationId: "listRules",
          summary: "The rule catalogue: every rule with its provision, title, file, citations, sentences and conditions, in English and French",
          description: "The words of every lean trace (an assessment names rules by id and conditions by leaf index). Its ETag is the rules digest: revalidate with If-None-Match.",
          responses: { "200": { description: "Every rule, in evaluation order.", headers: { ETag: { description: "The rules digest, quoted.", schema: str } }, content: json("RuleCatalogue") }, "304": { description: "The catalogue is unchanged (If-None-Match matched the rules digest)." }, "500": response("InternalError") },
        },
      },
      "/v1/scenarios": {
        get: {
          operationId: "listScenarios",
          summary: "The teaching scenarios",
          responses: { "200": { description: "Every scenario.", content: json("ScenarioList") }, "500": response("InternalError") },
        },
      },
      "/v1/scenarios/{id}": {
        get: {
          operationId: "getScenario",
          summary: "A teaching scenario: its fact set (and, when asked for, its expected outcome)",
          description: "Its quiz: GET /v1/scenarios/{id}/quiz. The expected outcome answers the quiz, so it is left out unless asked for with ?include=expected (the teacher's key).",
          parameters: [parameters.scenarioId, parameters.scenarioInclude],
          responses: {
            "200": { description: "The scenario.", content: json("Scenario") },
            "400": response("BadRequest"),
            "404": response("NotFound"),
            "500": response("InternalError"),
          },
        },
      },
      ...teachPaths,
      ...importPaths,
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } }, "500": response("InternalError") },
        },
      },
      "/healthz": {
        get: {
          operationId: "health",
          summary: "Liveness: the rules and reference data are loaded",
          responses: { "200": { description: "Up.", content: json("Health") }, "500": response("InternalError") },
        },
      },
    },
    components: { schemas: { ...schemas, ...teachSchemas, ...importSchemas }, responses: { ...responses, ...teachResponses }, parameters },
  };
}
