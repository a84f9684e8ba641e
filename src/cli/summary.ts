/**
 * What `rome-assess assess` prints in a terminal: per question, the outcome, the sentence of the
 * rule that decided it, and the open questions — rendered from the explained assessment with the
 * words in templates/cli/<lang>/. Piped, or with --json, the assessment itself is printed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { Assessment, IncidentJurisdiction } from "../assess/types";
import { ruleLeaves } from "../engine/evaluateRule";
import { explainAssessment } from "../assess/explainAssessment";
import { Explained } from "../engine/explain";
import { Lang, formatDate } from "../i18n/format";
import { memoStrings } from "../memo/renderMemo";
import { Runtime } from "../runtime";

const compiled = new Map<Lang, HandlebarsTemplateDelegate>();
const MAX_QUESTIONS = 5;

/** The sentence of the part that decided an incident's jurisdiction (in time, Art. 12, …), from the conclusion's decidedBy. */
function decisiveReason(x: Explained<IncidentJurisdiction>, rt: Runtime): string {
  const rule = rt.book.byId.get(x.conclusion.id);
  if (!rule) return x.conclusion.explanation;
  const leaves = ruleLeaves(rule.conditions);
  const parts = x.conclusion.decidedBy.map((i) => {
    const path = leaves[i]?.path;
    return path === x.temporal.id ? x.temporal.explanation : path === x.preconditions.id ? x.preconditions.explanation : (x.actConditions ?? []).find((c) => c.id === path)?.explanation ?? null;
  }).filter((p): p is string => p !== null);
  return [...new Set(parts)].join(" ") || x.conclusion.explanation;
}

export function renderSummary(lean: Assessment, rt: Runtime): string {
  const lang = lean.lang;
  let tpl = compiled.get(lang);
  if (!tpl) compiled.set(lang, (tpl = Handlebars.create().compile(readFileSync(join(rt.root, "templates", "cli", lang, "summary.txt.hbs"), "utf8"), { noEscape: true, strict: false })));
  const a = explainAssessment(lean, rt);
  const s = memoStrings(lang);
  const t = a.jurisdiction.trigger;
  return tpl({
    title: a.title ?? a.factSetId ?? s.untitled,
    date: formatDate(a.assessmentDate, lang),
    hypothetical: a.hypothetical,
    jurisdiction: s.jurisdictionVerdict[a.jurisdiction.outcome],
    incidents: a.jurisdiction.incidents.map((x) => ({ id: x.id, verdict: s.jurisdictionVerdict[x.outcome], bases: x.bases.join(", "), reason: x.outcome === "established" ? "" : decisiveReason(x, rt) })),
    trigger: s.triggerVerdict[t.outcome],
    by: t.by.map((r) => (s.routeName as Record<string, string>)[r] ?? r).join(", "),
    // Where a step reaches the incident, say which (and its scope); otherwise the rule's sentence.
    triggerIncidents: t.incidents.map((x) => ({ id: x.id, verdict: s.triggerVerdict[x.outcome], reason: x.coverage.find((c) => c.outcome === "met")?.explanation ?? x.conclusion?.explanation ?? "" })),
    deferral: t.deferral.inForce === "met", until: t.deferral.until ? formatDate(t.deferral.until, lang) : null,
    cah: s.verdict[a.crimesAgainstHumanity.outcome],
    acts: a.crimesAgainstHumanity.incidents.map((x) => ({ id: x.id, title: x.title, verdict: s.verdict[x.outcome] })),
    questionCount: a.missingFacts.length,
    questions: a.missingFacts.slice(0, MAX_QUESTIONS),
  });
}
