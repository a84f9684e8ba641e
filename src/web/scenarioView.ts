/**
 * What the scenario page shows, from the same assessment the API returns: the facts panel, what
 * decides it (the open questions ranked by how many conclusions each would settle, with what "yes"
 * and "no" would give), what changed from the scenario as given (the existing compare), the
 * scenario's what-ifs, and the outcome tree.
 */
import type { AssessFn } from "../http/jobs";
import { explainAssessment } from "../assess/explainAssessment";
import type { Assessment } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import { Lang, stateNameIn } from "../i18n/format";
import { MemoStrings, localize } from "../memo/strings";
import type { Runtime } from "../runtime";
import { Change, compareAssessments } from "../teach/compare";
import type { Scenario } from "../teach/scenarios";
import { factsPanel } from "./facts";
import { popovers } from "./popovers";
import type { Refusal } from "./formApply";
import { recordGroups } from "./record";
import { readPointers } from "./recordReads";
import { refusals } from "./refusals";
import type { WebStrings } from "./strings";
import { treeView } from "./tree";
import { Patch, encodePatch, patchBetween, setAt } from "./urlState";

/** Facts a yes / no answers: the three-valued ones (the rest are dates, places and lists). */
const BOOLEAN = /\/(elements\/[A-Za-z]+|partOfAttack|knowledgeOfAttack|multipleActs|againstCivilianPopulation|widespread|systematic|adult|organizationStateLike|established)$/;

const MAIN = /^(jurisdiction|trigger|deferral|crimesAgainstHumanity|contextual(\/[^/]+)?|incident\/[^/]+\/(jurisdiction|article7))$/;
/** The situation's conclusions follow from the incidents': their "why" is the incidents' (and is the engine's English). */
const OVERALL = new Set(["jurisdiction", "crimesAgainstHumanity"]);

/** A change in the page's words: the conclusion named by its incident and rule title, outcomes as words. */
function changeText(c: Change, s: WebStrings, rt: Runtime, lang: Lang) {
  const word = (v: string | null) => (v === null ? "—" : s.outcomes[v] ?? s.values[v] ?? v);
  const rule = c.rule ? rt.book.byId.get(c.rule) : undefined;
  const title = rule ? (lang === "fr" && rule.fr ? rule.fr.title : rule.title) : undefined;
  const inc = /^incident\/([^/]+)\/([a-z0-9]+)/.exec(c.key);
  const top: Record<string, string> = { jurisdiction: s.jurisdiction, trigger: s.trigger, crimesAgainstHumanity: s.article7 };
  const label = top[c.key] ?? (inc ? `${s.incident} “${inc[1]}”${title ? ` — ${title}` : ""}` : title ?? c.key);
  return { label, before: word(c.before), after: word(c.after), ...(c.why && !OVERALL.has(c.key) ? { why: c.why } : {}) };
}

export interface ScenarioInput {
  scenario: Scenario; base: FactSet; current: FactSet; patch: Patch; lang: Lang;
  baseAssessment: Assessment; assessment: Assessment; onlyRead: boolean;
  href: (patch: Patch, extra?: Record<string, string>) => string;
  /** The changes the form sent that were refused (./formApply.ts). */
  refused?: Refusal[];
}

export async function scenarioView(x: ScenarioInput, rt: Runtime, s: WebStrings, ms: MemoStrings, assess: AssessFn) {
  const a = explainAssessment(x.assessment, rt, x.lang);
  const read = readPointers(x.assessment, x.current);
  const stateName = (st: string) => stateNameIn(st, x.lang, rt.ref.states.get(st)?.name);
  const j = x.assessment.jurisdiction;
  const { errors, notices } = refusals(x.refused ?? [], x.current, s, x.lang);
  const record = recordGroups({ base: x.base, current: x.current, read: (p) => read.has(p), trigger: j.trigger, incidents: j.incidents, ref: rt.ref, s, lang: x.lang, stateName, errors });
  const groups = [...factsPanel(x.base, x.current, read, rt.book, s, x.lang, stateName), ...record]
    .map((g) => ({ ...g, facts: (x.onlyRead ? g.facts.filter((f) => f.read || f.changed || f.error) : g.facts).map((f) => ({ ...f, resetHref: x.href(x.patch.filter((op) => op.path !== f.pointer && !op.path.startsWith(`${f.pointer}/`))) })) }))
    // A step of the Court's own record has no control: it is shown as what the outcome rests on.
    .filter((g) => g.facts.length > 0 || g.reference);

  // What decides it: the open questions, most decisive first; for the first few yes/no facts, what each answer gives.
  const ranked = [...x.assessment.missingFacts].sort((p, q) => q.settles.length - p.settles.length);
  const missing = await Promise.all(ranked.slice(0, 8).map(async (m, k) => {
    const entry = { question: m.question, pointer: m.pointer, settles: String(m.settles.length) };
    if (k >= 4 || !BOOLEAN.test(m.pointer)) return entry;
    const answer = async (value: boolean) => {
      const next = structuredClone(x.current) as unknown as Record<string, unknown>;
      if (!setAt(next, m.pointer, value)) return null;
      const r = await assess(next, { lang: x.lang });
      if (!r.ok) return null;
      const changes = compareAssessments(x.current, next, x.assessment, r.assessment).changes.filter((c) => MAIN.test(c.key) && !OVERALL.has(c.key));
      const summary = changes.length ? changes.map((c) => { const t = changeText(c, s, rt, x.lang); return `${t.label}: ${t.before} → ${t.after}`; }).join("; ") : s.previewSame;
      return { href: x.href(patchBetween(x.base, next)), summary };
    };
    const [yes, no] = await Promise.all([answer(true), answer(false)]);
    return yes && no ? { ...entry, yes, no } : entry;
  }));

  // Only the conclusions a reader asks about: the situation's, and each incident's jurisdiction and Article 7.
  const changes = x.patch.length ? compareAssessments(x.base, x.current, x.baseAssessment, x.assessment).changes.filter((c) => MAIN.test(c.key)).map((c) => changeText(c, s, rt, x.lang)) : [];
  const whatIfs = (x.scenario.words(x.lang).teaching?.whatIf ?? []).map((w) => ({ description: w.description, href: x.href(w.patch as Patch) }));
  const members = new Set((x.current.hypotheticals?.membership ?? []).map((m) => m.state));
  const concerned = [...new Set((x.current.incidents ?? []).flatMap((inc) => [...(inc.territories ?? []).map((t) => t.state), ...(inc.perpetrators ?? []).flatMap((p) => p.nationalities ?? [])]))].sort();
  const hypothetical = concerned.filter((st) => members.has(st) || !rt.ref.states.get(st)?.entryIntoForce).map((st) => ({ state: st, name: stateNameIn(st, x.lang, rt.ref.states.get(st)?.name), checked: members.has(st) }));
  const words = popovers(rt.provisions, x.lang, (c) => localize(c, ms));
  const tree = treeView(a, s, ms, x.lang, new Set(groups.flatMap((g) => g.facts.map((f) => f.pointer))), words);
  return { groups, missing, changes, whatIfs, hypothetical, notices: notices(groups), tree, provisions: words.list(), p: encodePatch(x.patch) };
}
