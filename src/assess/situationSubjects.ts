/**
 * The situation's own subjects: each triggering step (State referral, Security Council referral,
 * authorization), each deferral, each withdrawal in question; then each step paired with each
 * incident (is the incident within the step's scope?) and each incident's trigger. What they read
 * of the incidents and of one another is gathered here; the rules decide.
 */
import { formatDate, joinList } from "../i18n/format";
import { kleeneAny } from "../engine/fold";
import { Outcome, Scope } from "../engine/types";
import type { IncidentRun } from "./assess";
import { CaseRecord } from "./record";
import { scopeTexts, scopeWindows, stepName } from "./stepTexts";
import { TriggerStepEntry, inPlay, nationalsOf, placesOf } from "./steps";
import { SubjectEntry, deferralWindow, periodOf, situationFacts } from "./subjects";
import { withdrawalSubjects } from "./withdrawals";

const prefixes = (base: string | null): [string, string | null][] => [
  ["factSet", ""], ["attack", "/attack"], ["results", null], ["anyOf", null], ["allOf", null], ["countOf", null], ["subject", base],
];
const derived = (...keys: string[]): [string, null][] => keys.map((k) => [`subject.${k}`, null]);

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
/** The step's name in both languages, and capitalized for the start of a sentence. */
const names = (rec: CaseRecord, s: TriggerStepEntry) => {
  const en = stepName(rec, s, "en"), fr = stepName(rec, s, "fr");
  return { stepName: en, stepNameFr: fr, stepNameCap: cap(en), stepNameCapFr: cap(fr) };
};

/** The subjects of one step rule; `stepKey` ties each to its step. */
export interface StepSubject extends SubjectEntry { stepKey: string }

export function stepSubjects(rec: CaseRecord, scope: Scope): StepSubject[] {
  const facts = situationFacts(rec);
  switch (scope) {
    case "state-referral":
      return rec.steps.filter((s) => s.kind === "state-referral").map((s) => {
        const parties = s.by.map((st) => ({ st, party: rec.memberships(st).some((m) => !m.hypothetical && m.windows.some((w) => s.date >= w.from && (w.to === null || s.date <= w.to))) }));
        const subject = {
          by: s.by, date: s.date, ...names(rec, s),
          // How many of the referring States were parties on the date: the rule (art13-a) decides what that means.
          partiesAmongReferring: parties.filter((p) => p.party).length,
          byText: joinList(s.by.map((st) => rec.nameIn(st, "en")), "en"), byTextFr: joinList(s.by.map((st) => rec.nameIn(st, "fr")), "fr"),
          nonPartiesText: joinList(parties.filter((p) => !p.party).map((p) => rec.nameIn(p.st, "en")), "en") || "none",
          nonPartiesTextFr: joinList(parties.filter((p) => !p.party).map((p) => rec.nameIn(p.st, "fr")), "fr") || "aucun",
        };
        return { stepKey: s.key, label: `${s.key} (${s.date})`, facts: { ...facts, subject }, pointers: { prefixes: [...prefixes(s.pointer), ...derived("partiesAmongReferring", "byText", "byTextFr", "nonPartiesText", "nonPartiesTextFr", "stepName", "stepNameFr", "stepNameCap", "stepNameCapFr")] }, fullFactSet: rec.factSet };
      });
    case "security-council-trigger":
      // The referrals in play (those that could reach an incident, or given in the fact set).
      return rec.securityCouncilReferrals.filter((r) => rec.steps.some((s) => s.key === `security-council:${r.id}`)).map((r) => ({
        stepKey: `security-council:${r.id}`, label: r.id, facts: { ...facts, subject: { ...r } },
        pointers: { prefixes: [...prefixes(r.pointer), ["subject.id", r.pointer ? `${r.pointer}/resolution` : null]] }, fullFactSet: rec.factSet,
      }));
    case "authorization":
      return rec.steps.filter((s) => s.kind === "authorization").map((s) => ({
        stepKey: s.key, label: `${s.key} (${s.date})`, facts: { ...facts, subject: { date: s.date, chamber: s.chamber, decision: s.decision, ...names(rec, s) } },
        pointers: { prefixes: [...prefixes(s.pointer ? "/proprioMotu" : null), ["subject.date", s.pointer ? "/proprioMotu/authorized" : null], ...derived("chamber", "decision", "stepName", "stepNameFr", "stepNameCap", "stepNameCapFr")] }, fullFactSet: rec.factSet,
      }));
    default:
      throw new Error(`not a step scope: ${scope}`);
  }
}

export function deferralSubjects(rec: CaseRecord): SubjectEntry[] {
  const facts = situationFacts(rec);
  return (rec.factSet.deferrals ?? []).map((d, j) => {
    const w = deferralWindow(d.from, d.to);
    return { label: d.resolution, facts: { ...facts, subject: { ...d, windows: [w], windowText: `from ${formatDate(w.from, "en")} to ${formatDate(w.to!, "en")}`, windowTextFr: `du ${formatDate(w.from, "fr")} au ${formatDate(w.to!, "fr")}` } }, pointers: { prefixes: [...prefixes(`/deferrals/${j}`), ...derived("windows", "windowText", "windowTextFr")] }, fullFactSet: rec.factSet };
  });
}

export function withdrawalRuleSubjects(rec: CaseRecord, runs: IncidentRun[]): (SubjectEntry & { withdrawalKey: string })[] {
  const facts = situationFacts(rec);
  return withdrawalSubjects(rec, runs).map((w) => {
    const subject = {
      state: w.state, stateName: rec.nameIn(w.state, "en"), stateNameFr: rec.nameIn(w.state, "fr"),
      lastDayAsParty: w.lastDayAsParty, effective: w.effective, stepKey: w.step.key, ...names(rec, w.step),
      lastDayText: formatDate(w.lastDayAsParty, "en"), lastDayTextFr: formatDate(w.lastDayAsParty, "fr"),
      effectiveText: formatDate(w.effective, "en"), effectiveTextFr: formatDate(w.effective, "fr"),
      preliminaryExamination: w.step.preliminaryExamination,
      // Only the other reading of Art. 127(2) reads when the step was sought.
      sought: w.step.sought,
    };
    return { withdrawalKey: `${w.state}|${w.step.key}`, label: `withdrawal:${w.state} (${w.step.key})`, facts: { ...facts, subject }, pointers: { prefixes: [...prefixes(null), ["subject.preliminaryExamination", w.step.preliminaryExaminationPointer], ["subject.sought", w.step.soughtPointer]] }, fullFactSet: rec.factSet };
  });
}

/** A situation defined by the kind of conduct: only the fact set can place the incident in it. */
function withinSubjectMatter(s: TriggerStepEntry, situations: string[] | undefined): Outcome {
  if (!s.scope?.subjectMatter) return "met";
  if (situations === undefined) return "undetermined";
  return s.situation && situations.includes(s.situation.id) ? "met" : "not_met";
}

/** A step paired with an incident: does the incident fall within the step's scope? */
export interface CoverageSubject extends SubjectEntry { stepKey: string; kind: TriggerStepEntry["kind"]; incidentIndex: number }

export function coverageSubjects(rec: CaseRecord, runs: IncidentRun[], stepOutcomes: Map<string, Outcome>, bars: Map<string, Outcome>): CoverageSubject[] {
  const out: CoverageSubject[] = [];
  const incidents = rec.factSet.incidents ?? [];
  for (const s of rec.steps) {
    const stepOutcome = stepOutcomes.get(s.key) ?? "undetermined";
    if (stepOutcome === "not_met") continue; // a step that triggers nothing reaches no incident
    const en = scopeTexts(rec, s, "en"), fr = scopeTexts(rec, s, "fr");
    runs.filter(Boolean).forEach((run) => {
      const i = run.index, inc = incidents[i]!, at = `/incidents/${i}`;
      const territories = placesOf(inc);
      const perps = inc.perpetrators;
      // Nationalities matter only to a step that covers nationals' conduct abroad.
      const nationalities = s.scope && s.scope.nationals.length === 0 ? [] : nationalsOf(inc);
      if (!inPlay(s, territories, nationalities)) return;
      const subject = {
        ...names(rec, s), stepOutcome, incidentId: inc.id, territories, nationalities,
        scope: s.scope ? { territories: s.scope.territories, nationals: s.scope.nationals } : null,
        scopeWindows: scopeWindows(s),
        scopeText: en.whole, scopeTextFr: fr.whole, scopeTerritoriesText: en.territories, scopeTerritoriesTextFr: fr.territories,
        scopeWindowText: en.period, scopeWindowTextFr: fr.period,
        withdrawalsDoNotBar: bars.get(`${s.key}|${i}`) ?? "met",
        withinSubjectMatter: withinSubjectMatter(s, inc.situations),
        subjectMatterText: s.scope?.subjectMatter ?? "any conduct within its territories and period",
        subjectMatterTextFr: s.scope?.subjectMatterFr ?? "tout comportement relevant de ses territoires et de sa période",
      };
      // Where a scope is unknown, ask for it where the fact set would hold it.
      const scopeAsk = s.scope === null ? (s.kind === "security-council" ? null : s.scopePointer) : null;
      const aliases: Record<string, string[]> = {
        "incident.period": [`${at}/start`, `${at}/end`],
        "subject.territories": [`${at}/territories`],
        "subject.nationalities": (perps ?? []).map((p, k) => (p.nationalities === undefined ? `${at}/perpetrators/${k}/nationalities` : null)).filter((x): x is string => x !== null).concat(perps === undefined ? [`${at}/perpetrators`] : []),
        "subject.scope.territories": scopeAsk ? [scopeAsk] : s.scopeFieldsAt && !(s.scope?.territories) ? [`${s.scopeFieldsAt}/territories`] : [],
        "subject.scope.nationals": [],
        "subject.withinSubjectMatter": s.scope?.subjectMatter && inc.situations === undefined ? [`${at}/situations`] : [],
        "subject.scopeWindows": scopeAsk ? [scopeAsk] : s.kind === "security-council" && s.scopeFieldsAt && s.scope?.from == null ? [`${s.scopeFieldsAt}/from`] : [],
      };
      out.push({
        stepKey: s.key, kind: s.kind, incidentIndex: i, label: `${s.key} × incident:${inc.id}`,
        facts: { ...situationFacts(rec), incident: { ...inc, period: periodOf(inc) }, subject },
        pointers: { prefixes: [...prefixes(null), ["incident", at]], aliases }, fullFactSet: rec.factSet,
      });
    });
  }
  return out;
}

/** Each incident, with whether each route's steps reach it (the Kleene "any" of its coverage). */
export function incidentTriggerSubjects(rec: CaseRecord, runs: IncidentRun[], coverage: { entry: CoverageSubject; outcome: Outcome }[]): (SubjectEntry & { incidentIndex: number })[] {
  // With no step in play at all, no incident can fall within one: the situation's `trigger` rule
  // says so once (DESIGN: only what is in play is evaluated), not a trace per incident.
  if (rec.steps.length === 0) return [];
  return runs.filter(Boolean).map((run) => {
    const mine = coverage.filter((c) => c.entry.incidentIndex === run.index);
    const via = (kind: TriggerStepEntry["kind"]) => kleeneAny(mine.filter((c) => c.entry.kind === kind).map((c) => c.outcome));
    const subject = { id: rec.factSet.incidents![run.index]!.id, viaStateReferral: via("state-referral"), viaSecurityCouncil: via("security-council"), viaAuthorization: via("authorization") };
    return { incidentIndex: run.index, label: `incident:${subject.id}`, facts: { ...situationFacts(rec), subject }, pointers: { prefixes: [...prefixes(null)] }, fullFactSet: rec.factSet };
  });
}
