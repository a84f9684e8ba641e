/**
 * The outcome tree: jurisdiction, the trigger and Article 7 at the top, each node with its
 * outcome in words (and a badge that is never colour alone), its sentence, its provision (a
 * button that opens the provision's words, where the page has them) and citations, and the facts
 * it read, each linking to its control where the facts panel has one (the record's dates do; an
 * incident's dates, a list or the Court's own record are read but have none). A node not met or
 * undetermined is open.
 */
import type { ExplainedAssessment } from "../assess/explainAssessment";
import type { ExplainedTrace } from "../engine/explain";
import type { Lang } from "../i18n/format";
import { MemoStrings, localize } from "../memo/strings";
import { FactReadLine, factRead } from "./factRead";
import { controlId } from "./facts";
import type { Popovers } from "./popovers";
import type { WebStrings } from "./strings";

export interface TreeNode {
  title: string; outcome: string; word: string; badge: string; open: boolean;
  sentence?: string; provision?: string; citations?: string;
  /** The id of the popover with the provision's words (./popovers.ts), where the page has one. */
  popover?: string;
  facts: (FactReadLine & { href?: string })[];
  children: TreeNode[];
}

const BADGE: Record<string, string> = { met: "✓", established: "✓", triggered: "✓", not_met: "✗", not_established: "✗", not_triggered: "✗", undetermined: "?" };

/** The control a fact read links to: its own, or else that of the first fact a derived value rests on (a referral's window, its first day). */
const linkOf = (f: { pointer?: string; from?: string[] }, controls: ReadonlySet<string>) =>
  f.pointer ? (controls.has(f.pointer) ? f.pointer : undefined) : f.from?.find((p) => controls.has(p));

/** `controls`: the pointers the facts panel has a control for; `words`: the provisions' popovers, where the page shows them. */
export function treeView(a: ExplainedAssessment, s: WebStrings, ms: MemoStrings, lang: Lang, controls: ReadonlySet<string>, words?: Popovers): TreeNode[] {
  const node = (t: ExplainedTrace & { subject?: string }, children: TreeNode[] = [], title?: string): TreeNode => ({
    title: title ?? t.title, outcome: t.outcome, word: s.outcomes[t.outcome] ?? t.outcome, badge: BADGE[t.outcome] ?? "?", open: t.outcome !== "met",
    sentence: t.explanation, provision: t.provision && localize(t.provision, ms), citations: t.citations.map((c) => localize(c, ms)).join("; "), ...(t.provision && words?.idOf(t.provision) ? { popover: words.idOf(t.provision)! } : {}),
    facts: t.facts.filter((f) => !["results", "anyOf", "allOf", "countOf"].includes(f.fact)).map((f) => ({
      ...factRead(f, s, ms, lang),
      ...(linkOf(f, controls) ? { href: `#${controlId(linkOf(f, controls)!)}` } : {}),
    })),
    children,
  });
  const top = (title: string, outcome: string, children: TreeNode[], sentence?: string): TreeNode => ({
    title, outcome, word: s.outcomes[outcome] ?? outcome, badge: BADGE[outcome] ?? "?", open: true, ...(sentence ? { sentence } : {}), facts: [], children,
  });
  const j = a.jurisdiction;
  const jurisdiction = top(s.jurisdiction, j.outcome, j.incidents.map((x) => node(x.conclusion, [
    node(x.temporal),
    ...x.preconditions.candidates.filter((c) => !c.synthetic).map((c) => node(c)),
    ...x.securityCouncil.filter((c) => !c.synthetic).map((c) => node(c)),
    ...(x.actConditions ?? []).map((c) => node(c)),
    ...x.age.perpetrators.map((p) => node(p)),
  ], `${s.incident} “${x.id}”`)));
  const t = j.trigger;
  const trigger = top(s.trigger, t.outcome, [
    ...t.routes.map((r) => top(s.routes[r.route] ?? r.route, r.outcome, r.traces.map((x) => node(x)))),
    ...t.incidents.filter((x) => x.conclusion || x.coverage.length).map((x) => top(`${s.incident} “${x.id}”`, x.outcome, [...x.coverage.map((c) => node(c)), ...(x.conclusion ? [node(x.conclusion)] : [])])),
    ...(t.deferral.traces.length ? [node(t.deferral.conclusion, t.deferral.traces.map((x) => node(x)))] : []),
  ], t.conclusion.explanation);
  const cah = a.crimesAgainstHumanity;
  const ctx = cah.contextualElements;
  const contextual = (ctx.attacks ?? [{ ...ctx, id: null as string | null }]).map((c) =>
    c.conclusion ? node(c.conclusion, c.elements.map((e) => node(e)), c.id ? `${s.attack} “${c.id}”` : undefined) : top(s.theAttack, c.outcome, c.elements.map((e) => node(e))));
  const article7 = top(s.article7, cah.outcome, [
    ...contextual,
    ...cah.incidents.map((x) => (x.conclusion ? node(x.conclusion, x.elements.map((e) => node(e)), `${s.incident} “${x.id}” — ${x.title}`) : top(`${s.incident} “${x.id}”`, x.outcome, x.elements.map((e) => node(e))))),
  ]);
  return [jurisdiction, trigger, article7];
}
