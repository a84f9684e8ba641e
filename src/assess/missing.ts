/**
 * `missingFacts`: every unknown that stands between the facts and a conclusion. It follows each
 * undetermined conclusion down through the rules it waits on to the facts they lack, so a fact
 * that could not change any conclusion is not asked for. Ordered by how many conclusions it
 * would help settle.
 */
import { RuleTrace } from "../engine/evaluateRule";
import { questionOf } from "../engine/explain";
import { Runtime } from "../runtime";
import type { IncidentRun, SituationRun } from "./assess";
import { CaseRecord } from "./record";
import { MissingFact, Settles } from "./types";

export function collectMissing(rec: CaseRecord, rt: Runtime, situation: SituationRun, runs: IncidentRun[]): MissingFact[] {
  // What a fact would settle, as data (`settles`) and in words (`neededFor`), keyed alike.
  const incidents = rec.factSet.incidents ?? [];
  const words = (x: Settles): string => {
    const inc = incidents.find((i) => i.id === x.incident);
    switch (x.conclusion) {
      case "jurisdiction": return rec.msg.neededForJurisdiction(x.incident!);
      case "act": return rec.msg.neededForAct(rt.book.acts.get(inc?.act ?? "")?.provision ?? "Art. 7(1)", inc?.act ?? "", x.incident!);
      case "trigger": return rec.msg.neededForTrigger;
      case "incident-trigger": return rec.msg.neededForIncidentTrigger(x.incident!);
      case "deferral": return rec.msg.neededForDeferral;
      case "person": {
        const p = inc?.perpetrators?.find((q) => q.id === x.person);
        return rec.msg.neededForPerson(p?.name ? `${p.name} (${x.person})` : x.person!, x.incident!);
      }
    }
  };
  type Found = { question: string; neededFor: Map<string, Settles> };
  const add = (f: Found, x: Settles) => f.neededFor.set(words(x), x);
  const found = new Map<string, Found>();
  const walk = (t: RuleTrace, label: Settles, run: IncidentRun | null, seen: Set<RuleTrace>) => {
    if (t.outcome !== "undetermined" || seen.has(t)) return;
    seen.add(t);
    for (const m of t.missing ?? []) {
      const f = found.get(m.pointer) ?? { question: questionOf(m, t, rt.book, rec.lang), neededFor: new Map() };
      add(f, label);
      found.set(m.pointer, f);
    }
    for (const id of t.awaiting ?? []) {
      // An incident waits on its own attack's rules (art7-attack …), found in that attack's run.
      const direct = run?.traces.get(id) ?? (run ? situation.attacks[run.attack]?.traces.get(id) : undefined) ?? situation.traces.get(id);
      const pool = direct && !(run?.subjects.has(id)) ? [direct] : run?.subjects.get(id) ?? situation.subjects.get(id) ?? [];
      for (const s of pool) walk(s, label, run, seen);
    }
  };
  for (const run of runs) {
    const inc = rec.factSet.incidents![run.index]!;
    const j = run.traces.get("jurisdiction-incident");
    if (j) walk(j, { conclusion: "jurisdiction", incident: inc.id }, run, new Set());
    const act = rt.book.acts.get(inc.act);
    const c = act ? run.traces.get(act.conclusion) : undefined;
    if (c) walk(c, { conclusion: "act", incident: inc.id }, run, new Set());
    // A persecution waiting on a connected act waits on that act's own missing facts.
    if (c?.outcome === "undetermined") for (const link of inc.connectedTo ?? []) {
      if (!("incident" in link)) continue;
      const other = runs.find((r) => rec.factSet.incidents![r.index]!.id === link.incident);
      const otherInc = other ? rec.factSet.incidents![other.index]! : undefined;
      const otherAct = otherInc && otherInc.act !== "persecution" ? rt.book.acts.get(otherInc.act) : undefined;
      if (!other || !otherAct) continue;
      for (const id of otherAct.elementRuleIds) {
        const t = other.traces.get(id);
        if (t) walk(t, { conclusion: "act", incident: inc.id }, other, new Set());
      }
    }
  }
  for (const id of ["trigger", "deferral-in-force"]) {
    const t = situation.traces.get(id);
    if (t) walk(t, { conclusion: id === "trigger" ? "trigger" : "deferral" }, null, new Set());
  }
  // An incident whose trigger is open waits on its place within the steps' scopes, even when the
  // situation is triggered by another incident.
  for (const c of situation.coverage) {
    const inc = rec.factSet.incidents![c.entry.incidentIndex]!;
    if (c.outcome !== "undetermined") continue;
    const label: Settles = { conclusion: "incident-trigger", incident: inc.id };
    walk(c.trace, label, null, new Set());
    // The step itself may be what is open (a resolution not known to be under Chapter VII).
    const step = situation.stepTraces.get(c.entry.stepKey);
    if (step) walk(step, label, null, new Set());
  }
  // An open trigger waits on the steps and on each incident's place within their scopes.
  if (situation.traces.get("trigger")?.outcome === "undetermined") {
    for (const id of ["art13-a", "art13-b-trigger", "art15", "art127-2", "trigger-scope"]) {
      for (const t of situation.subjects.get(id) ?? []) walk(t, { conclusion: "trigger" }, null, new Set());
    }
  }
  // Art. 26 concerns persons: an unknown age is a question about that person, never about the incident.
  const persons = new Map<string, Found & { person: string }>();
  for (const run of runs) {
    const inc = rec.factSet.incidents![run.index]!;
    (run.subjects.get("art26") ?? []).forEach((t, k) => {
      if (t.outcome !== "undetermined") return;
      const p = inc.perpetrators![k]!;
      const label: Settles = { conclusion: "person", incident: inc.id, person: p.id };
      for (const m of t.missing ?? []) {
        // A fact the case itself needs (the dates of the conduct) settles the person's age too.
        const shared = found.get(m.pointer);
        if (shared) { add(shared, label); continue; }
        const f = persons.get(m.pointer) ?? { question: questionOf(m, t, rt.book, rec.lang), neededFor: new Map(), person: p.id };
        add(f, label);
        persons.set(m.pointer, f);
      }
    });
  }
  const byPointer = (a: MissingFact, b: MissingFact) => b.neededFor.length - a.neededFor.length || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0);
  const aboutCase = [...found.entries()].map(([pointer, f]): MissingFact => ({ pointer, question: f.question, neededFor: [...f.neededFor.keys()], settles: [...f.neededFor.values()] })).sort(byPointer);
  const aboutPersons = [...persons.entries()].filter(([pointer]) => !found.has(pointer))
    .map(([pointer, f]): MissingFact => ({ pointer, question: f.question, neededFor: [...f.neededFor.keys()], settles: [...f.neededFor.values()], concerns: "person", person: f.person })).sort(byPointer);
  // The questions that decide the case come first; those about a person's age after them.
  return [...aboutCase, ...aboutPersons];
}
