/**
 * Every conclusion of an assessment under a stable key — the overall outcomes, each incident's
 * jurisdiction and its parts, each basis candidate, each Article 7 element — so that two
 * assessments can be compared, and a student's answers graded, key by key.
 */
import type { Assessment } from "../assess/types";
import type { RuleTrace } from "../engine/evaluateRule";

export interface Conclusion {
  key: string;
  /** What is concluded, in words. */
  label: string;
  value: string;
  /** The rule that decides it, where one does. */
  trace?: RuleTrace;
}

export function conclusionsOf(a: Assessment): Conclusion[] {
  const out: Conclusion[] = [];
  const add = (key: string, label: string, value: string, trace?: RuleTrace) => out.push({ key, label, value, ...(trace ? { trace } : {}) });
  const j = a.jurisdiction;
  add("jurisdiction", "Jurisdiction over the situation", j.outcome);
  add("trigger", "Trigger of the exercise of jurisdiction", j.trigger.outcome, j.trigger.conclusion);
  add("deferral", "Security Council deferral in force", j.trigger.deferral.inForce, j.trigger.deferral.conclusion);
  for (const r of j.trigger.routes) {
    r.traces.forEach((t, k) => add(`trigger/${r.route}/${k}`, `${t.title}${"subject" in t ? ` (${String((t as { subject: string }).subject)})` : ""}`, t.outcome, t));
  }
  add("crimesAgainstHumanity", "Crimes against humanity (Art. 7)", a.crimesAgainstHumanity.outcome);
  const ctx = a.crimesAgainstHumanity.contextualElements;
  if (ctx.conclusion) add("contextual", ctx.conclusion.title, ctx.conclusion.outcome, ctx.conclusion);
  for (const t of ctx.elements) add(`contextual/${t.id}`, t.title, t.outcome, t);
  for (const inc of j.incidents) {
    const at = `incident/${inc.id}`;
    add(`${at}/jurisdiction`, `Jurisdiction over incident "${inc.id}"`, inc.outcome, inc.conclusion);
    add(`${at}/bases`, `Bases of jurisdiction over incident "${inc.id}"`, inc.bases.join(", ") || "none");
    add(`${at}/jurisdiction/${inc.temporal.id}`, `${inc.temporal.title} — "${inc.id}"`, inc.temporal.outcome, inc.temporal);
    add(`${at}/jurisdiction/${inc.preconditions.id}`, `${inc.preconditions.title} — "${inc.id}"`, inc.preconditions.outcome, inc.preconditions);
    add(`${at}/jurisdiction/${inc.age.id}`, `${inc.age.title} — "${inc.id}"`, inc.age.outcome, inc.age);
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
