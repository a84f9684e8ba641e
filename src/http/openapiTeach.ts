/**
 * The OpenAPI 3.1 description of the teaching routes (src/http/teachRoutes.ts): a scenario's
 * quiz, its grading, and what-if comparisons. Merged into the document by openapi.ts; the
 * components it names without defining (FactSet, Outcome, ValidationProblem, the shared
 * responses and parameters) are that document's.
 */
import { MAX_PATCH_OPERATIONS } from "./teachBodies";
import { answersBodySchema } from "../teach/answers";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const parameter = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const str = { type: "string" } as const;
const strArray = { type: "array", items: str } as const;
const json = (schema: string) => ({ "application/json": { schema: ref(schema) } });

const conclusionValue = {
  type: "string",
  description: "A conclusion's value: an outcome (met, not_met, undetermined; established…; triggered…), or for an incident's bases the list found (\"territory:BGD, nationality:GBR\", or \"none\").",
} as const;

export const teachSchemas = {
  QuizQuestion: {
    type: "object",
    description: "A conclusion of the scenario's assessment, put as a question: answer it with one of its options.",
    required: ["id", "prompt", "options"],
    properties: {
      id: { type: "string", description: "The question id: the conclusion's key (\"jurisdiction\", \"incident/<id>/article7\", …); the same in every language." },
      prompt: str,
      options: { ...strArray, minItems: 1 },
    },
    additionalProperties: false,
  },
  Quiz: {
    type: "object",
    required: ["scenario", "questions"],
    properties: { scenario: str, questions: { type: "array", items: ref("QuizQuestion") } },
    additionalProperties: false,
  },
  Answers: answersBodySchema,
  GradedAnswer: {
    type: "object",
    description: "One question graded against the engine: for a miss, the rule that decides it, its citations, its explanation and the facts it read.",
    required: ["id", "prompt", "answer", "expected", "correct"],
    properties: {
      id: str,
      prompt: str,
      answer: { type: ["string", "null"], description: "The answer given; null when unanswered." },
      expected: { type: "string", description: "The engine's conclusion." },
      correct: { type: "boolean" },
      rule: str,
      provision: str,
      citations: strArray,
      explanation: { type: "string", description: "Why the engine concludes what it does: the rule's explanation of its outcome." },
      facts: {
        type: "array",
        description: "For a miss: the facts the rule read, where each is in the fact set, its value, and whether it held.",
        items: {
          type: "object",
          required: ["name", "value", "outcome"],
          properties: { name: str, pointer: str, value: { description: "The value read (any JSON value; null when unknown)." }, outcome: ref("Outcome") },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  Grade: {
    type: "object",
    required: ["scenario", "score", "results", "unknownAnswers"],
    properties: {
      scenario: str,
      score: {
        type: "object",
        required: ["correct", "total", "percent"],
        properties: { correct: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 }, percent: { type: "number", minimum: 0, maximum: 100 } },
        additionalProperties: false,
      },
      results: { type: "array", items: ref("GradedAnswer") },
      unknownAnswers: { ...strArray, description: "The ids answered that are no question of this quiz (ignored)." },
    },
    additionalProperties: false,
  },
  JsonPatch: {
    type: "array",
    description: `An RFC 6902 JSON Patch (at most ${MAX_PATCH_OPERATIONS} operations). __proto__ and constructor/prototype may not be patched.`,
    maxItems: MAX_PATCH_OPERATIONS,
    items: {
      type: "object",
      required: ["op", "path"],
      properties: {
        op: { type: "string", enum: ["add", "remove", "replace", "move", "copy", "test"] },
        path: str,
        from: str,
        value: {},
      },
    },
  },
  CompareRequest: {
    type: "object",
    description: "Two fact sets to compare: before, and either after (a second fact set) or patch (RFC 6902 operations on before) — exactly one of the two.",
    required: ["before"],
    properties: { before: ref("FactSet"), after: ref("FactSet"), patch: ref("JsonPatch") },
    oneOf: [{ required: ["after"] }, { required: ["patch"] }],
    additionalProperties: false,
  },
  FactChange: {
    type: "object",
    description: "A fact that differs between the two fact sets: an RFC 6902 operation from before to after, with the value on each side.",
    required: ["op", "pointer"],
    properties: {
      op: { type: "string", enum: ["add", "remove", "replace"] },
      pointer: str,
      before: { description: "The value before (absent for an addition)." },
      after: { description: "The value after (absent for a removal)." },
    },
    additionalProperties: false,
  },
  ConclusionChange: {
    type: "object",
    description: "A conclusion whose value changed: the rule that decides it, why it is now what it is, and the changed facts it read.",
    required: ["key", "label", "before", "after", "becauseOf"],
    properties: {
      key: { type: "string", description: "The conclusion's key (as the quiz's question ids)." },
      label: str,
      before: { anyOf: [conclusionValue, { type: "null" }], description: "null: the conclusion does not exist before." },
      after: { anyOf: [conclusionValue, { type: "null" }], description: "null: the conclusion does not exist after." },
      rule: str,
      provision: str,
      citations: strArray,
      why: { type: "string", description: "The deciding rule's explanation of its outcome after the change." },
      becauseOf: { ...strArray, description: "The JSON Pointers of the changed facts this conclusion's rule read." },
    },
    additionalProperties: false,
  },
  OutcomeSummary: {
    type: "object",
    required: ["jurisdiction", "trigger", "crimesAgainstHumanity"],
    properties: { jurisdiction: ref("JurisdictionOutcome"), trigger: ref("TriggerOutcome"), crimesAgainstHumanity: ref("Outcome") },
    additionalProperties: false,
  },
  Comparison: {
    type: "object",
    description: "What changed from before to after: the facts, every conclusion that changed (and why), how many did not, and the overall outcomes on each side.",
    required: ["factChanges", "changes", "unchanged", "outcomes"],
    properties: {
      factChanges: { type: "array", items: ref("FactChange") },
      changes: { type: "array", items: ref("ConclusionChange") },
      unchanged: { type: "integer", minimum: 0, description: "How many conclusions have the same value in both." },
      outcomes: {
        type: "object",
        required: ["before", "after"],
        properties: { before: ref("OutcomeSummary"), after: ref("OutcomeSummary") },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  },
};

const problems = (schema: string) => ({ "application/problem+json": { schema: ref(schema) } });

export const teachResponses = {
  InvalidAnswers: {
    description: "The answers are not {\"answers\": {\"<question id>\": \"<answer>\", …}} or that map alone, an answer is not one of its question's options, or none of the ids is a question of the quiz (problem type invalid-answers): every error (at most 100) with its JSON Pointer.",
    content: problems("ValidationProblem"),
  },
  InvalidComparison: {
    description:
      "The comparison cannot be made (every error, at most 100, with its JSON Pointer): the body is not {before, after} or {before, patch} (problem type invalid-comparison); " +
      "the patch cannot be applied (invalid-patch; the pointer names the operation, /patch/<index>); or a fact set is invalid (invalid-fact-set; the pointers start with /before or /after).",
    content: problems("ValidationProblem"),
  },
};

const postErrors = {
  "400": response("BadRequest"),
  "413": response("TooLarge"),
  "415": response("UnsupportedMediaType"),
  "500": response("InternalError"),
  "503": response("Unavailable"),
};

export const teachPaths = {
  "/v1/scenarios/{id}/quiz": {
    get: {
      operationId: "getScenarioQuiz",
      summary: "A scenario's quiz: its conclusions (jurisdiction, trigger, each element) put as questions",
      description: "The questions a student answers about the scenario; POST the answers to /v1/scenarios/{id}/answers to have them graded.",
      parameters: [parameter("scenarioId"), parameter("assessmentLang")],
      responses: {
        "200": { description: "The questions.", content: json("Quiz") },
        "400": response("BadRequest"),
        "404": response("NotFound"),
        "500": response("InternalError"),
      },
    },
  },
  "/v1/scenarios/{id}/answers": {
    post: {
      operationId: "gradeScenarioAnswers",
      summary: "Grade a student's answers to a scenario's quiz against the engine",
      description: "Each miss is explained: the rule that decides the question, its citations, its explanation and the facts it read.",
      parameters: [parameter("scenarioId"), parameter("assessmentLang")],
      requestBody: { required: true, content: json("Answers") },
      responses: {
        "200": { description: "The grade.", content: json("Grade") },
        ...postErrors,
        "404": response("NotFound"),
        "422": response("InvalidAnswers"),
      },
    },
  },
  "/v1/compare": {
    post: {
      operationId: "compareFactSets",
      summary: "What if: assess two fact sets (or one and a JSON Patch) and list every conclusion that changed, and why",
      parameters: [parameter("assessmentLang")],
      requestBody: { required: true, description: "At most 1 MiB unless the server is configured otherwise.", content: json("CompareRequest") },
      responses: {
        "200": { description: "The comparison (without the two assessments: POST each to /v1/assessments for them).", content: json("Comparison") },
        ...postErrors,
        "422": response("InvalidComparison"),
      },
    },
  },
};
