/**
 * The pipeline: validate the fact set, build the record as of the assessment date, evaluate the
 * rules of rules/ subject by subject and incident by incident, and compose the assessment.
 * Nothing legal is decided here: each outcome is a rule's; this file orders and gathers them.
 */
import { createHash } from "node:crypto";
import { today } from "../dates";
import { PointerMap, RuleTrace, Subject, evaluateRule } from "../engine/evaluateRule";
import { Evaluator } from "../engine/evaluators/evaluator";
import { nativeEvaluator } from "../engine/evaluators/native";
import { referenceEvaluator } from "../engine/evaluators/reference";
import { kleeneAll, kleeneAny } from "../engine/fold";
import { INCIDENT_SUBJECT_SCOPES, ruleForAct } from "../engine/loadRules";
import { Facts, Outcome, RuleDef, Scope } from "../engine/types";
import type { FactSet } from "../facts/factSet.generated";
import { FactError, validateFactSet } from "../facts/validate";
import { errorText, quoted } from "../facts/errorWords";
import { attackIndexOf } from "../facts/attacks";
import type { Lang } from "../i18n/format";
import { Runtime, runtime } from "../runtime";
import { composeArticle7 } from "./article7";
import { ExplainedAssessment, explainAssessment } from "./explainAssessment";
import { AttackRun, attackFacts, attackPointers, attackRuns, withActConditions } from "./attackRuns";
import { composeIncidentJurisdiction, composeTrigger } from "./jurisdiction";
import { collectMissing } from "./missing";
import { assessmentNotes } from "./notes";
import { notApplicable } from "./notApplicable";
import { routesFor } from "./routes";
import { CaseRecord, buildRecord } from "./record";
import { CoverageSubject, StepSubject, coverageSubjects, deferralSubjects, incidentTriggerSubjects, stepSubjects, withdrawalRuleSubjects } from "./situationSubjects";
import { ReadingProbe, readingsApplied } from "./readings";
import { bookUnderReading } from "../engine/readings";
import { withdrawalSubjects, withdrawalsDoNotBar } from "./withdrawals";
import { SubjectEntry, incidentFacts, incidentSubjects, situationFacts } from "./subjects";
import { Assessment, SubjectTrace } from "./types";

export type AssessResult<A = Assessment> = { ok: true; assessment: A } | { ok: false; errors: FactError[] };
export interface AssessOptions {
  evaluator?: Evaluator | "native" | "reference";
  runtime?: Runtime;
  /** The assessment date when the fact set gives none (default: today). */
  today?: string;
  /** The language of explanations, questions, notes and errors (the outcomes are the same in both). */
  lang?: Lang;
  /** Add to every trace its title, provision, citations and sentences in `lang` (DESIGN: words on request). */
  explain?: boolean;
}

/** What evaluating one incident left: outcomes, traces, and the per-subject traces of each rule. */
export interface IncidentRun {
  index: number;
  /** The index of its attack in `SituationRun.attacks`. */
  attack: number;
  results: Record<string, Outcome>;
  traces: Map<string, RuleTrace>;
  subjects: Map<string, SubjectTrace[]>;
  subjectEntries: Map<string, SubjectEntry[]>;
}
export interface SituationRun {
  results: Record<string, Outcome>;
  traces: Map<string, RuleTrace>;
  subjects: Map<string, SubjectTrace[]>;
  /** Each (step, incident) pair evaluated: whether the incident falls within the step's scope. */
  coverage: { trace: SubjectTrace; entry: CoverageSubject; outcome: Outcome }[];
  /** The indices of the art127-2 traces whose reading decided an incident. */
  decisiveWithdrawals: Set<number>;
  /** Each step's own trace (art13-a, art13-b-trigger, art15), by step key. */
  stepTraces: Map<string, SubjectTrace>;
  /** The attack rules' outcomes, once per attack (the single `attack`, or each of `attacks`). */
  attacks: AttackRun[];
}

/** The scopes of the steps that can trigger jurisdiction, each checked on its own first. */
const STEP_SCOPES: Scope[] = ["state-referral", "security-council-trigger", "authorization"];

const pickEvaluator = (e: AssessOptions["evaluator"]): Evaluator =>
  e === undefined || e === "native" ? nativeEvaluator : e === "reference" ? referenceEvaluator : e;

/**
 * The input digest: sha256 of the fact set as JSON, in its own key order, without whitespace
 * (JSON.stringify of what was parsed). The same document gives the same digest from the CLI, over
 * HTTP or in process, however it was indented. A re-serialisation with sorted keys would also
 * forgive a reordering of keys, at 5–15 times the cost (ENGINEERING-NOTES §6); it is not needed to
 * reproduce an assessment from the document it names.
 */
const inputDigest = (input: unknown) => `sha256:${createHash("sha256").update(JSON.stringify(input)).digest("hex")}`;

function fold(rule: string, traces: SubjectTrace[] | undefined) {
  const outcomes = (traces ?? []).map((t) => t.outcome);
  return { any: kleeneAny(outcomes), all: kleeneAll(outcomes), count: outcomes.length, rule };
}

/** One evaluation the pipeline asks for; the driver answers with its trace. */
export interface Step { rule: RuleDef; subject: Subject }
export type Steps<T> = Generator<Step, T, RuleTrace>;

/**
 * Runs the pipeline: synchronously while the evaluator answers synchronously (the native one),
 * awaiting where it returns a promise (json-rules-engine). One pipeline, either evaluator.
 */
function drive<T>(gen: Steps<T>, evaluator: Evaluator, lang: Lang, probe?: ReadingProbe): T | Promise<T> {
  let r = gen.next();
  while (!r.done) {
    const step: Step = r.value;
    const t = evaluateRule(step.rule, step.subject, evaluator, lang);
    if (t instanceof Promise) {
      return (async () => {
        let trace = await t;
        probe?.see(step.rule, step.subject, trace);
        for (;;) {
          r = gen.next(trace);
          if (r.done) return r.value;
          const next: Step = r.value;
          trace = await evaluateRule(next.rule, next.subject, evaluator, lang);
          probe?.see(next.rule, next.subject, trace);
        }
      })();
    }
    probe?.see(step.rule, step.subject, t);
    r = gen.next(t);
  }
  return r.value;
}

function* runSubjects(rules: RuleDef[], entries: (rule: RuleDef) => SubjectEntry[]): Steps<{ subjects: Map<string, SubjectTrace[]>; subjectEntries: Map<string, SubjectEntry[]> }> {
  const subjects = new Map<string, SubjectTrace[]>();
  const subjectEntries = new Map<string, SubjectEntry[]>();
  for (const rule of rules) {
    const list = entries(rule);
    const traces: SubjectTrace[] = [];
    for (const s of list) {
      // The trace of a labelled subject carries its label (evaluateRule): no copy here.
      traces.push((yield { rule, subject: s }) as SubjectTrace);
    }
    subjects.set(rule.id, traces);
    subjectEntries.set(rule.id, list);
  }
  return { subjects, subjectEntries };
}

function aggregates(subjects: Map<string, SubjectTrace[]>): Facts {
  const anyOf: Record<string, Outcome> = {}, allOf: Record<string, Outcome> = {}, countOf: Record<string, number> = {};
  for (const [id, traces] of subjects) {
    const f = fold(id, traces);
    anyOf[id] = f.any; allOf[id] = f.all; countOf[id] = traces.filter((t) => !t.synthetic).length;
  }
  return { anyOf, allOf, countOf };
}

/**
 * Persecution reads the outcomes of the incidents it is connected with: evaluate the other acts
 * first. A link to another persecution is never counted (the rule excludes it), so no order
 * among persecutions is needed and a cycle of them cannot leave anything open.
 */
function incidentOrder(fs: FactSet): number[] {
  const incidents = fs.incidents ?? [];
  const all = incidents.map((_, i) => i);
  return [...all.filter((i) => incidents[i]!.act !== "persecution"), ...all.filter((i) => incidents[i]!.act === "persecution")];
}

/** Each link of a persecution with the act it names and its outcome so far; the rule decides which count. */
/** Each link names its incident or crime too, so that a reader of the trace sees which one held. */
function connectionOf(rec: CaseRecord, i: number, conclusions: Map<string, Outcome>): (({ incident: string } | { crime: string }) & { act: string | null; outcome: Outcome })[] | null {
  const incidents = rec.factSet.incidents!;
  const links = incidents[i]!.connectedTo;
  if (links === undefined) return null;
  return links.map((c) => ("incident" in c
    ? { incident: c.incident, act: incidents.find((x) => x.id === c.incident)?.act ?? null, outcome: conclusions.get(c.incident) ?? "undetermined" }
    : { crime: c.crime, act: null, outcome: c.established === true ? "met" : c.established === false ? "not_met" : "undetermined" }));
}

/** What a persecution's connection rests on: the list itself, or the crimes whose establishment is unknown. */
function connectionPointers(inc: FactSet["incidents"] extends (infer T)[] | undefined ? T : never, at: string): string[] {
  if (inc.connectedTo === undefined) return [`${at}/connectedTo`];
  return inc.connectedTo.flatMap((c, k) => ("crime" in c ? [`${at}/connectedTo/${k}/established`] : []));
}

function* runIncident(rec: CaseRecord, i: number, rt: Runtime, situation: SituationRun, conclusions: Map<string, Outcome>): Steps<IncidentRun> {
  const inc = rec.factSet.incidents![i]!;
  const attack = situation.attacks[attackIndexOf(rec.factSet, i)]!;
  const connection = connectionOf(rec, i, conclusions);
  const base = incidentFacts(rec, i, { incidentDerived: { connection } });
  delete (base as Record<string, unknown>).incidentDerived;
  base.attack = attackFacts(attack.entry);
  const subjectRules = INCIDENT_SUBJECT_SCOPES.flatMap((scope) => rt.book.byScope.get(scope) ?? []);
  const { subjects, subjectEntries } = yield* runSubjects(subjectRules, (r) => incidentSubjects(rec, i, r.scope, base));
  addSyntheticUnknowns(rec, i, subjects);
  // Each incident reads its own attack's outcomes (art7-attack …) and facts (/attacks/K/…).
  const results: Record<string, Outcome> = { ...situation.results, ...attack.results };
  const traces = new Map<string, RuleTrace>();
  const facts: Facts = { ...base, results, ...aggregates(subjects) };
  const at = `/incidents/${i}`;
  const ap = attackPointers(attack.entry.at);
  const pointers: PointerMap = { prefixes: [["factSet", ""], ["attack", attack.entry.at], ["incident", at], ["results", null], ["anyOf", null], ["allOf", null], ["countOf", null]], aliases: { ...ap.aliases, "incident.period": [`${at}/start`, `${at}/end`], "incident.connection": connectionPointers(inc, at) } };
  for (const r of rt.book.byScope.get("incident") ?? []) {
    if (r.act && r.act !== inc.act) continue;
    const rule = ruleForAct(rt.book, r, inc.act);
    const t: RuleTrace = yield { rule, subject: { facts, pointers, fullFactSet: rec.factSet } };
    results[rule.id] = t.outcome;
    traces.set(rule.id, t);
  }
  return { index: i, attack: attack.index, results, traces, subjects, subjectEntries };
}

/**
 * Where the fact set does not say where the conduct took place, or who did it, the bases that
 * depend on it are unknown — not absent. A synthetic undetermined subject says so and asks.
 */
function addSyntheticUnknowns(rec: CaseRecord, i: number, subjects: Map<string, SubjectTrace[]>) {
  const inc = rec.factSet.incidents![i]!;
  const at = `/incidents/${i}`;
  const unknown = (ruleId: string, label: string, pointer: string, question: string) => {
    const list = subjects.get(ruleId);
    if (!list) return;
    list.push({ id: ruleId, outcome: "undetermined", subject: label, synthetic: true, decidedBy: [], facts: [], missing: [{ pointer, question }] });
  };
  if (inc.territories === undefined) {
    const q = rec.msg.whereQuestion;
    for (const id of ["art12-2-a", "art13-b"]) unknown(id, "territories unknown", `${at}/territories`, q);
  }
  if (inc.perpetrators === undefined) unknown("art12-2-b", "perpetrators unknown", `${at}/perpetrators`, rec.msg.whoQuestion);
  (inc.perpetrators ?? []).forEach((p, k) => {
    if (p.nationalities === undefined) unknown("art12-2-b", `nationality of ${p.id} unknown`, `${at}/perpetrators/${k}/nationalities`, rec.msg.nationalityQuestion(p.id));
  });
}

/** A hypothetical that leaves out a situation the reference data does not hold would silently do nothing: say so. */
function unknownSituations(fs: FactSet, rt: Runtime, lang: Lang): FactError[] {
  const known = new Set(rt.ref.situations.map((s) => s.id));
  return (fs.hypotheticals?.withoutSteps ?? []).flatMap((w, k) => (known.has(w.situation) ? [] : [{
    pointer: `/hypotheticals/withoutSteps/${k}/situation`,
    message: errorText(lang, "facts.unknownSituation", { id: quoted(lang, w.situation), known: [...known].sort().join(", ") }),
  }]));
}

export async function assess(input: unknown, options: AssessOptions & { explain: true }): Promise<AssessResult<ExplainedAssessment>>;
export async function assess(input: unknown, options?: AssessOptions): Promise<AssessResult>;
export async function assess(input: unknown, options: AssessOptions = {}): Promise<AssessResult<Assessment | ExplainedAssessment>> {
  // The errors are words too: in the language asked for.
  const v = validateFactSet(input, options.lang ?? "en");
  if (!v.ok) return v;
  const rt = options.runtime ?? runtime();
  const unknown = unknownSituations(v.factSet, rt, options.lang ?? "en");
  if (unknown.length) return { ok: false, errors: unknown };
  const evaluator = pickEvaluator(options.evaluator);
  const fs = v.factSet;
  const rec = buildRecord(fs, rt.ref, fs.assessmentDate ?? options.today ?? today(), options.lang ?? "en");
  const probe = new ReadingProbe(rt.book);
  const assessment = await drive(assessSteps(input, rec, rt, evaluator.name), evaluator, rec.lang, probe);
  // A reading that gave some subject another outcome: assess again under it and compare.
  const under = new Map<string, Assessment>();
  for (const [id, turned] of probe.seen) {
    if (turned) under.set(id, await drive(assessSteps(input, rec, { ...rt, book: bookUnderReading(rt.book, id) }, evaluator.name), evaluator, rec.lang));
  }
  assessment.readings = readingsApplied(rt.book, probe, assessment, under);
  // Citations are words too: the lean assessment names its rules by id; explained, it lists what they cite.
  return { ok: true, assessment: options.explain ? explainAssessment(assessment, rt) : assessment };
}

function* assessSteps(input: unknown, rec: CaseRecord, rt: Runtime, evaluatorName: string): Steps<Assessment> {
  const fs = rec.factSet;

  // 1. The situation: each attack, and whatever does not wait on referrals or deferrals.
  const late = rt.book.late;
  const situation: SituationRun = { results: {}, traces: new Map(), subjects: new Map(), coverage: [], decisiveWithdrawals: new Set(), stepTraces: new Map(), attacks: yield* attackRuns(rec, rt) };
  const sitSubject = (facts: Facts) => ({ facts, pointers: { prefixes: [["factSet", ""], ["attack", "/attack"], ["results", null], ["anyOf", null], ["allOf", null], ["countOf", null], ["derived", null]] as [string, string | null][] }, fullFactSet: fs });
  for (const rule of rt.book.rules) {
    if (rule.scope !== "situation" || late.has(rule.id)) continue;
    const t: RuleTrace = yield { rule, subject: sitSubject({ ...situationFacts(rec), results: situation.results }) };
    situation.results[rule.id] = t.outcome;
    situation.traces.set(rule.id, t);
  }

  // 2. Each incident, persecution after the incidents it is connected with.
  const runs: IncidentRun[] = [];
  const conclusions = new Map<string, Outcome>();
  for (const i of incidentOrder(fs)) {
    const run = yield* runIncident(rec, i, rt, situation, conclusions);
    runs[i] = run;
    // Persecution needs a connection with "any act referred to in" Art. 7(1): the act's own
    // elements, not its context (persecution carries the context itself).
    const act = rt.book.acts.get(fs.incidents![i]!.act);
    conclusions.set(fs.incidents![i]!.id, act ? kleeneAll(act.elementRuleIds.map((id) => run.results[id] ?? "undetermined")) : "undetermined");
  }

  // 3. The triggers and deferrals, which look at the incidents.
  // Withdrawals first (Art. 127(2)): whether a later step can rest on a withdrawn State's membership.
  const byScope = (scope: Scope) => rt.book.byScope.get(scope) ?? [];
  const w = yield* runSubjects(byScope("withdrawal"), () => withdrawalRuleSubjects(rec, runs));
  const bars = withdrawalsDoNotBar(rec, runs, w.subjects.get("art127-2") ?? [], withdrawalSubjects(rec, runs));
  // Each step on its own: is it a trigger at all, as of the assessment date?
  const steps = yield* runSubjects(STEP_SCOPES.flatMap(byScope), (r) => stepSubjects(rec, r.scope));
  const stepOutcomes = new Map<string, Outcome>();
  const stepTraces = new Map<string, SubjectTrace>();
  for (const [id, traces] of steps.subjects) traces.forEach((t, k) => {
    const key = (steps.subjectEntries.get(id)![k] as StepSubject).stepKey;
    stepOutcomes.set(key, t.outcome);
    stepTraces.set(key, t);
  });
  const deferrals = yield* runSubjects(byScope("deferral"), () => deferralSubjects(rec));
  // Then each step against each incident: is the incident within its scope?
  const cov = yield* runSubjects(byScope("trigger-coverage"), () => coverageSubjects(rec, runs, stepOutcomes, bars.byStepAndIncident));
  const coverage = [...cov.subjects.entries()].flatMap(([id, ts]) => ts.map((t, k) => ({ trace: t, entry: cov.subjectEntries.get(id)![k] as CoverageSubject, outcome: t.outcome })));
  const perIncident = yield* runSubjects(byScope("incident-trigger"), () => incidentTriggerSubjects(rec, runs, coverage));
  const subjects = new Map<string, SubjectTrace[]>();
  for (const part of [w, steps, deferrals, cov, perIncident]) for (const [id, ts] of part.subjects) subjects.set(id, ts);
  situation.subjects = subjects;
  situation.coverage = coverage;
  // Only the (State, step) pairs on which the Art. 127(2) reading decided an incident, by the traces' order.
  const keys = (w.subjectEntries.get("art127-2") ?? []) as unknown as { withdrawalKey: string }[];
  situation.decisiveWithdrawals = new Set(keys.flatMap((k, i) => (bars.decisive.has(k.withdrawalKey) ? [i] : [])));
  situation.stepTraces = stepTraces;
  const sitAgg = aggregates(subjects);
  for (const rule of rt.book.rules) {
    if (!late.has(rule.id)) continue;
    const t: RuleTrace = yield { rule, subject: sitSubject({ ...situationFacts(rec), results: situation.results, ...sitAgg }) };
    situation.results[rule.id] = t.outcome;
    situation.traces.set(rule.id, t);
  }

  // 4. The assessment.
  const incidents = runs.map((run) => withActConditions(composeIncidentJurisdiction(rec, run), run, rt));
  const outcomes = incidents.map((x) => x.outcome);
  const jOutcome = outcomes.includes("established") ? "established" : outcomes.includes("undetermined") || outcomes.length === 0 ? "undetermined" : "not_established";
  const trigger = composeTrigger(rec, rt.book, situation, incidents);
  const cah = composeArticle7(rec, rt, situation, runs);
  const missingFacts = collectMissing(rec, rt, situation, runs);
  if (!fs.incidents?.length) missingFacts.unshift({ pointer: "/incidents", question: rec.msg.whatHappenedQuestion, neededFor: [rec.msg.neededForTrigger], settles: [{ conclusion: "trigger" }] });

  const notes = assessmentNotes(rec, rt, incidents);
  const hypothetical = (fs.hypotheticals?.membership ?? []).length > 0 || (fs.hypotheticals?.withoutSteps ?? []).length > 0;

  const assessment: Assessment = {
    factSetId: fs.id ?? null,
    title: fs.title ?? null,
    assessmentDate: rec.assessmentDate,
    lang: rec.lang,
    hypothetical,
    engine: {
      version: rt.version, evaluator: evaluatorName, rulesDigest: rt.book.digest, referenceDataAsOf: rt.ref.asOf,
      inputDigest: inputDigest(input),
    },
    jurisdiction: { outcome: jOutcome, trigger, incidents, paths: jOutcome === "established" ? [] : routesFor(rec, rt, incidents, runs), notApplicable: notApplicable(rec) },
    crimesAgainstHumanity: cah,
    missingFacts,
    readings: [],
    sources: fs.sources ?? [],
    notes,
  };
  return assessment;
}
