/**
 * The memo's view model: plain data taken from the assessment, with values put into words for
 * the memo's language. It decides nothing: every outcome, explanation and question is the
 * assessment's own; this only arranges and formats them.
 */
import type { Assessment, ContextualElements } from "../assess/types";
import type { Period } from "../dates";
import { ExplainedAssessment, explainAssessment } from "../assess/explainAssessment";
import { Explained, ExplainedFact, ExplainedTrace, eachTrace } from "../engine/explain";
import type { Runtime } from "../runtime";
import type { Outcome } from "../engine/types";
import { Lang, formatDate, joinList, stateNameIn, windowsText } from "../i18n/format";
import type { FactSet } from "../facts/factSet.generated";
import { MESSAGES } from "../i18n/messages";
import { bodyView } from "./body";
import { factsAnnex } from "./factsAnnex";
import { formatValue } from "./formatValue";
import { periodText } from "./periodText";
import { basisText, subjectText } from "./subjectText";
import { MemoStrings, localize } from "./strings";

export interface FactView { name: string; value: string; holds: string; footnotes: string[] }
export interface RuleView {
  title: string; provision: string; citations: string; outcome: Outcome; verdict: string;
  explanation: string; facts: FactView[]; subject?: string; interpretation?: string;
  /** Where undetermined: the questions whose answers would settle it. */
  settle: string[];
}

function factView(f: ExplainedFact, s: MemoStrings, lang: Lang): FactView {
  const holds = f.outcome === "met" ? s.yes : f.outcome === "not_met" ? s.no : s.unknown;
  return { name: f.name, value: formatValue(f.value, s, lang), holds, footnotes: f.evidence ?? [] };
}

const STEP_RULES = new Set(["art13-a", "art15", "art127-2", "trigger-scope", "trigger-incident"]);

/** How the annex names a rule's subject: its label in words (States and persons by name). */
export type SubjectNamer = (label: string) => string;

export function ruleView(t: ExplainedTrace & { subject?: string }, s: MemoStrings, lang: Lang, subjectName: SubjectNamer = (x) => x): RuleView {
  return {
    title: t.title, provision: localize(t.provision, s), citations: t.citations.map((c) => localize(c, s)).join(s.separator), outcome: t.outcome, verdict: s.verdict[t.outcome],
    explanation: t.explanation,
    facts: t.facts.filter((f) => !["results", "anyOf", "allOf", "countOf"].includes(f.fact)).map((f) => factView(f, s, lang)),
    settle: (t.missing ?? []).map((m) => m.question),
    // A step's own label is an internal key ("state-referral:0 × incident:…"): its sentences name the step.
    ...("subject" in t && t.subject && !STEP_RULES.has(t.id) ? { subject: subjectName(t.subject) } : {}),
    ...(t.interpretation ? { interpretation: t.interpretation } : {}),
  };
}

/** The memo reads the assessment with its words: every trace explained once, in the memo's language. */
export function buildViewModel(lean: Assessment, s: MemoStrings, rt: Runtime, factSet?: FactSet) {
  const a: ExplainedAssessment = explainAssessment(lean, rt);
  const lang = a.lang;
  const name = (st: string) => stateNameIn(st, lang, rt.ref.states.get(st)?.name);
  const people = new Map((factSet?.incidents ?? []).flatMap((inc) => inc.perpetrators ?? []).map((p) => [p.id, p.name ?? p.id]));
  const subjectName = (label: string) => subjectText(label, s, name, (id) => people.get(id) ?? id);
  const rv = (t: ExplainedTrace) => ruleView(t, s, lang, subjectName);
  const incidents = a.jurisdiction.incidents.map((j) => {
    const cah = a.crimesAgainstHumanity.incidents.find((c) => c.id === j.id)!;
    return {
      id: j.id,
      outcome: j.outcome,
      verdict: s.jurisdictionVerdict[j.outcome],
      conclusion: rv(j.conclusion),
      temporal: rv(j.temporal),
      preconditions: rv(j.preconditions),
      candidates: j.preconditions.candidates.filter((c) => !c.synthetic).map(rv),
      securityCouncil: j.securityCouncil.filter((c) => !c.synthetic).map(rv),
      perpetrators: j.age.perpetrators.map(rv),
      actConditions: (j.actConditions ?? []).map(rv),
      bases: j.bases.map((b) => basisText(b, s, name)).join(s.separator),
      reach: j.reach.map((p) => periodText(p, s, lang)).join("; "),
      effectsOnly: j.effectsOnly.join(", "),
      act: { title: cah.title, provision: localize(cah.provision, s), outcome: cah.outcome, verdict: s.verdict[cah.outcome], elements: cah.elements.map(rv), conclusion: cah.conclusion ? rv(cah.conclusion) : null },
    };
  });
  const t = a.jurisdiction.trigger;
  const count = (o: string) => incidents.filter((i) => i.outcome === o).length;
  const actCount = (o: Outcome) => a.crimesAgainstHumanity.incidents.filter((i) => i.outcome === o).length;
  return {
    lang,
    s,
    title: a.title ?? a.factSetId ?? s.untitled,
    assessmentDate: formatDate(a.assessmentDate, lang),
    engine: { ...a.engine, evaluator: s.evaluators[a.engine.evaluator] ?? a.engine.evaluator, referenceDataAsOf: formatDate(a.engine.referenceDataAsOf, lang) },
    factSetId: a.factSetId,
    hypothetical: a.hypothetical,
    summary: {
      jurisdiction: s.jurisdictionVerdict[a.jurisdiction.outcome],
      jurisdictionOutcome: a.jurisdiction.outcome,
      established: incidents.filter((i) => i.outcome === "established").map((i) => i.id),
      counts: { established: count("established"), notEstablished: count("not_established"), undetermined: count("undetermined"), total: incidents.length },
      actsMet: a.crimesAgainstHumanity.incidents.filter((i) => i.outcome === "met").map((i) => `${i.id} (${i.title}, ${localize(i.provision, s)})`),
      actCounts: { met: actCount("met"), notMet: actCount("not_met"), undetermined: actCount("undetermined") },
      cah: s.verdict[a.crimesAgainstHumanity.outcome],
      cahOutcome: a.crimesAgainstHumanity.outcome,
      trigger: s.triggerVerdict[t.outcome],
      triggerOutcome: t.outcome,
      missingCount: a.missingFacts.length,
    },
    incidents,
    trigger: {
      outcome: t.outcome, verdict: s.triggerVerdict[t.outcome], conclusion: rv(t.conclusion),
      routes: t.routes.map((r) => ({ route: s.routeName[r.route], provision: localize(r.provision, s), verdict: s.verdict[r.outcome], traces: r.traces.map(rv) })),
      // Where a step reaches the incident, that step decides: the others are not walked through.
      incidents: t.incidents.map((x) => ({ id: x.id, verdict: s.triggerVerdict[x.outcome], coverage: x.coverage.filter((c) => x.outcome !== "triggered" || c.outcome === "met").map(rv), conclusion: x.conclusion ? rv(x.conclusion) : null })),
      open: t.open.map((r) => MESSAGES[lang].openRoutes[r]), notes: t.notes,
      deferral: { inForce: t.deferral.inForce === "met", until: t.deferral.until ? formatDate(t.deferral.until, lang) : null, conclusion: rv(t.deferral.conclusion), traces: t.deferral.traces.map(rv) },
    },
    contextual: contextualView(a.crimesAgainstHumanity.contextualElements, rv, s),
    // Each attack once, followed by the incidents assessed against it (one group, without an id, for the single attack).
    attackGroups: attackGroups(a, incidents, rv, s),
    multipleAttacks: a.crimesAgainstHumanity.contextualElements.attacks !== undefined,
    missing: a.missingFacts.map((m) => ({ question: m.question, pointer: m.pointer, neededFor: joinList(m.neededFor, lang) })),
    paths: a.jurisdiction.paths.map((p) => ({ ...p, provision: localize(p.provision, s), incidents: p.incidents.join(", ") })),
    notes: a.notes,
    sources: ((used) => a.sources.filter((src) => used.has(src.id)))(usedSources(a)),
    citations: a.citations,
    body: bodyView(a, s, rt, factSet),
    annexB: factsAnnex(a, s),
  };
}

function contextualView(c: Explained<ContextualElements>, rv: (t: ExplainedTrace) => RuleView, s: MemoStrings) {
  return { verdict: s.verdict[c.outcome], elements: c.elements.map(rv), conclusion: c.conclusion ? rv(c.conclusion) : null };
}

function attackGroups<I extends { id: string }>(a: Explained<Assessment>, incidents: I[], rv: (t: ExplainedTrace) => RuleView, s: MemoStrings) {
  const ctx = a.crimesAgainstHumanity.contextualElements;
  if (!ctx.attacks) return [{ id: null, description: null, contextual: contextualView(ctx, rv, s), incidentIds: [] as string[], incidents }];
  return ctx.attacks.map((x) => ({
    id: x.id, description: x.description ?? null,
    contextual: contextualView(x, rv, s), incidentIds: x.incidents,
    incidents: x.incidents.map((id) => incidents.find((i) => i.id === id)!),
  }));
}

/** The sources a fact in the memo cites (only those get a footnote). */
/** The sources the facts read cite (each fact read's `evidence`). */
function usedSources(a: Assessment): Set<string> {
  const used = new Set<string>();
  eachTrace(a, (t) => { for (const f of t.facts) for (const id of f.evidence ?? []) used.add(id); });
  return used;
}

export type MemoView = ReturnType<typeof buildViewModel>;
