/**
 * What the build page shows at one step: the outcome so far (jurisdiction, trigger, Article 7 in
 * a line each, then the outcome tree), the step's question and fields, the other open questions
 * (each a link that asks it), those passed over, and the links that move on. Pure.
 */
import { explainAssessment } from "../assess/explainAssessment";
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import type { FactError } from "../facts/validate";
import type { Lang } from "../i18n/format";
import { memoStrings } from "../memo/renderMemo";
import type { Runtime } from "../runtime";
import { FieldGroup, factFields, flagGroups, incidentFields, recordFields } from "./buildFields";
import { optionsFor } from "./buildOptions";
import { BuildState, buildHref } from "./buildState";
import { Step, nextStep, ranked } from "./buildStep";
import type { WebStrings } from "./strings";
import { localize } from "../memo/strings";
import { popovers } from "./popovers";
import { treeView } from "./tree";

export interface BuildViewInput {
  st: BuildState; a: Assessment; s: WebStrings; rt: Runtime;
  /** The answer just refused, shown in its fields with its errors. */
  attempt?: { doc: unknown; errors: FactError[] };
}

/** A step's words for the engine's pointers it has no question for (a fact chosen out of turn). */
const genericQuestion = (s: WebStrings) => (pointer: string) => s.builder.generic.replace("{pointer}", pointer);

export function stepOf(st: BuildState, a: Assessment, s: WebStrings): Step {
  return nextStep(st, a, { record: s.builder.recordHeading, done: s.builder.done, incident: s.builder.whatHappened, generic: genericQuestion(s) });
}

/** The step's pointer as the answer form names it: what the answer handler reads back. */
export const stepKey = (step: Step) => (step.kind === "fact" ? step.pointer : step.kind);

export function buildView(x: BuildViewInput) {
  const { st, a, s, rt } = x;
  const lang: Lang = st.lang;
  const b = s.builder;
  const step = stepOf(st, a, s);
  const ctx = { doc: x.attempt?.doc ?? st.factSet, errors: x.attempt?.errors ?? [], s, o: optionsFor(rt, lang) };
  const groups: FieldGroup[] =
    step.kind === "fact" ? factFields(step.control, step.question, ctx, st.factSet)
    : step.kind === "incident" ? incidentFields(step.index, step.question, ctx)
    : step.kind === "record" ? recordFields(ctx)
    : [];
  // The interview has no facts panel: the tree links to no control.
  const ms = memoStrings(lang);
  const words = popovers(rt.provisions, lang, (c) => localize(c, ms));
  const tree = treeView(explainAssessment(a, rt, lang), s, ms, lang, new Set(), words);
  const summary = tree.map((n) => ({ title: n.title, word: n.word, badge: n.badge, outcome: n.outcome }));
  const at = (more: Partial<BuildState>, drop: (keyof BuildState)[] = []) => {
    const next: BuildState = { ...st, ...more };
    for (const k of ["ask", "step", ...drop] as (keyof BuildState)[]) if (!(k in more)) delete next[k];
    return buildHref(next);
  };
  const skipped = new Set(st.skip);
  const others = ranked(a.missingFacts).filter((m) => m.pointer !== step.pointer && !(step.kind === "fact" && step.control.covers.includes(m.pointer)));
  const ask = (pointer: string) => (pointer === "/incidents" ? at({ step: "incident" }) : at({ ask: pointer }));
  const question = (m: { pointer: string; question: string; settles: unknown[] }) => ({ pointer: m.pointer, question: m.question, settles: String(m.settles.length), href: ask(m.pointer) });
  const settlesText = step.settles ? b.settles.replace("{n}", String(step.settles)) : undefined;
  return {
    step: { kind: step.kind, key: stepKey(step), question: step.question, ...(settlesText ? { settles: settlesText } : {}),
      isDone: step.kind === "done", isRecord: step.kind === "record", outOfTurn: step.kind === "fact" && step.outOfTurn, groups: flagGroups(groups) },
    errors: x.attempt?.errors ?? [],
    summary, tree, provisions: words.list(),
    // One line per question: the two ends of a period are asked in the same words.
    open: others.filter((m, k) => !skipped.has(m.pointer) && others.findIndex((o) => o.question === m.question) === k).slice(0, 10).map(question),
    skipped: a.missingFacts.filter((m) => skipped.has(m.pointer)).map((m) => ({ ...question(m), href: at({ ask: m.pointer, skip: st.skip.filter((p) => p !== m.pointer) }) })),
    incidents: (st.factSet.incidents ?? []).map((inc, i) => ({
      id: inc.id, act: optionsFor(rt, lang).acts.find((o) => o.value === inc.act)?.label ?? inc.act,
      places: at({ ask: `/incidents/${i}/territories` }), perpetrators: at({ ask: `/incidents/${i}/perpetrators` }),
    })),
    hrefs: {
      incident: at({ step: "incident" }), record: at({ step: "record" }), restart: `/build?lang=${lang}`,
      json: buildHref(st, "/build/facts.json"), memoMd: buildHref(st, "/build/memo.md"), memoHtml: buildHref(st, "/build/memo.html"), memoDocx: buildHref(st, "/build/memo.docx"),
    },
    hidden: hiddenOf(st),
    json: JSON.stringify(st.factSet, null, 2),
  };
}

/** The state as hidden fields: a form sent carries the fact set it answers about. */
export function hiddenOf(st: BuildState): { name: string; value: string }[] {
  const q = new URL(buildHref(st), "http://x").searchParams;
  return [...q.entries()].filter(([k]) => k !== "ask" && k !== "step").map(([name, value]) => ({ name, value }));
}
