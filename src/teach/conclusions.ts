/**
 * Every conclusion of an assessment under a stable key — the overall outcomes, each incident's
 * jurisdiction and its parts, each basis candidate, each Article 7 element — so that two
 * assessments can be compared, and a student's answers graded, key by key.
 */
import type { Assessment } from "../assess/types";
import { explainAssessment } from "../assess/explainAssessment";
import { ExplainedTrace } from "../engine/explain";
import { runtime } from "../runtime";

export interface Conclusion {
  key: string;
  /** What is concluded, in words. */
  label: string;
  value: string;
  /** The rule that decides it, where one does. */
  trace?: ExplainedTrace;
}

/**
 * The overall outcomes follow from the incidents' (DESIGN: established / met when at least one
 * incident's is; undetermined when none is but one is undetermined): said as a trace, so that a
 * miss on them is explained like any other.
 */
function overall(id: string, title: string, provision: string, citations: string[], outcome: string, explanation: string, parts: { label: string; value: string }[]): ExplainedTrace {
  const o = (v: string) => (v === "established" || v === "met" ? "met" : v === "undetermined" ? "undetermined" : "not_met") as ExplainedTrace["outcome"];
  return {
    id, title, provision, citations, outcome: o(outcome), explanation, missing: [], decidedBy: [],
    facts: parts.map((p, k) => ({ leaf: k, name: p.label, fact: "results", path: "", value: p.value, outcome: o(p.value) })),
  };
}

export function conclusionsOf(lean: Assessment): Conclusion[] {
  // The conclusions are compared and graded with their words: each trace explained once.
  const a = explainAssessment(lean, runtime());
  const out: Conclusion[] = [];
  const add = (key: string, label: string, value: string, trace?: ExplainedTrace) => out.push({ key, label, value, ...(trace ? { trace } : {}) });
  const j = a.jurisdiction;
  add("jurisdiction", "Jurisdiction over the situation", j.outcome, overall("jurisdiction", "Jurisdiction over the situation", "Arts. 11, 12, 13(b), 26", ["Rome Statute, art. 11", "Rome Statute, art. 12", "Rome Statute, art. 13(b)", "Rome Statute, art. 26"], j.outcome,
    `Jurisdiction over the situation is established when it is established over at least one incident, and undetermined when it is over none but undetermined over one; here it is ${j.outcome}.`,
    j.incidents.map((i) => ({ label: `Jurisdiction over incident "${i.id}"`, value: i.outcome }))));
  add("trigger", "Trigger of the exercise of jurisdiction", j.trigger.outcome, j.trigger.conclusion);
  add("deferral", "Security Council deferral in force", j.trigger.deferral.inForce, j.trigger.deferral.conclusion);
  for (const r of j.trigger.routes) {
    r.traces.forEach((t, k) => add(`trigger/${r.route}/${k}`, `${t.title}${"subject" in t ? ` (${String((t as { subject: string }).subject)})` : ""}`, t.outcome, t));
  }
  add("crimesAgainstHumanity", "Crimes against humanity (Art. 7)", a.crimesAgainstHumanity.outcome, overall("crimes-against-humanity", "Crimes against humanity (Art. 7)", "Art. 7", ["Rome Statute, art. 7"], a.crimesAgainstHumanity.outcome,
    `The elements of a crime against humanity appear to be met when they are for at least one incident, and cannot be determined when they are for none but cannot be for one; here: ${a.crimesAgainstHumanity.outcome}.`,
    a.crimesAgainstHumanity.incidents.map((i) => ({ label: `${i.title} (${i.provision}) — "${i.id}"`, value: i.outcome }))));
  const ctx = a.crimesAgainstHumanity.contextualElements;
  if (ctx.conclusion) add("contextual", ctx.conclusion.title, ctx.conclusion.outcome, ctx.conclusion);
  for (const t of ctx.elements) add(`contextual/${t.id}`, t.title, t.outcome, t);
  for (const x of ctx.attacks ?? []) {
    if (x.conclusion) add(`contextual/${x.id}`, `${x.conclusion.title} — attack "${x.id}"`, x.conclusion.outcome, x.conclusion);
    for (const t of x.elements) add(`contextual/${x.id}/${t.id}`, `${t.title} — attack "${x.id}"`, t.outcome, t);
  }
  for (const inc of j.incidents) {
    const at = `incident/${inc.id}`;
    add(`${at}/jurisdiction`, `Jurisdiction over incident "${inc.id}"`, inc.outcome, inc.conclusion);
    add(`${at}/bases`, `Bases of jurisdiction over incident "${inc.id}"`, inc.bases.join(", ") || "none");
    add(`${at}/jurisdiction/${inc.temporal.id}`, `${inc.temporal.title} — "${inc.id}"`, inc.temporal.outcome, inc.temporal);
    add(`${at}/jurisdiction/${inc.preconditions.id}`, `${inc.preconditions.title} — "${inc.id}"`, inc.preconditions.outcome, inc.preconditions);
    for (const p of inc.age.perpetrators) add(`${at}/persons/${p.subject}`, `${p.title} — ${p.subject} — "${inc.id}"`, p.outcome, p);
    for (const c of [...inc.preconditions.candidates, ...inc.securityCouncil].filter((c) => !c.synthetic)) {
      add(`${at}/jurisdiction/${c.id}/${c.subject}`, `${c.title} — ${c.subject} — "${inc.id}"`, c.outcome, c);
    }
  }
  for (const inc of a.crimesAgainstHumanity.incidents) {
    const at = `incident/${inc.id}`;
    add(`${at}/article7`, `${inc.title} (${inc.provision}) — "${inc.id}"`, inc.outcome, inc.conclusion ?? undefined);
    for (const e of inc.elements) add(`${at}/article7/${e.id}`, `${e.title} — "${inc.id}"`, e.outcome, e);
  }
  return out;
}
