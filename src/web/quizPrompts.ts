/**
 * The quiz's questions in the page's language. The API's prompts (src/teach/conclusions.ts) are
 * English around the rules' titles; the page writes its own from each conclusion's key, with the
 * rule's (or the act's) title in the page's language, and groups them: the situation, each
 * attack, each incident. The ids and the options are the API's (src/teach/quiz.ts).
 */
import type { Assessment } from "../assess/types";
import type { Lang } from "../i18n/format";
import { localize } from "../memo/strings";
import type { MemoStrings } from "../memo/strings";
import type { Runtime } from "../runtime";
import { conclusionsOf } from "../teach/conclusions";
import type { Conclusion } from "../teach/conclusions";
import { quizQuestions } from "../teach/quiz";
import type { WebStrings } from "./strings";

export interface PageQuestion {
  id: string; prompt: string; options: { value: string; label: string }[];
  /** The form field that carries the answer. */
  name: string;
  /** The group it is asked in: "situation", "attack/<id>", "incident/<id>". */
  group: string;
}
export interface QuestionGroup { key: string; title: string; questions: PageQuestion[] }

/** The form field of a question: its id behind a prefix no other field of the form has. */
export const answerField = (id: string) => `q/${id}`;

const fill = (text: string, params: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

/** A rule's title in `lang` (the key itself where no rule has that id: never the English label). */
function ruleTitle(rt: Runtime, id: string | undefined, lang: Lang): string | undefined {
  const rule = id ? rt.book.byId.get(id) : undefined;
  return rule ? (lang === "fr" && rule.fr ? rule.fr.title : rule.title) : undefined;
}

/** A question's prompt and group, from its conclusion's key. */
export function promptOf(c: Conclusion, a: Assessment, rt: Runtime, s: WebStrings, ms: MemoStrings): { prompt: string; group: string } {
  const q = s.quizPage;
  const lang = s.lang as Lang;
  const title = ruleTitle(rt, c.trace?.id, lang) ?? c.key;
  if (c.key === "jurisdiction") return { prompt: q.jurisdiction, group: "situation" };
  if (c.key === "trigger") return { prompt: q.trigger, group: "situation" };
  if (c.key === "crimesAgainstHumanity") return { prompt: q.crimesAgainstHumanity, group: "situation" };
  if (c.key === "contextual") return { prompt: title, group: "attack" };
  // contextual/<rule> with the one attack; contextual/<attack>[/<rule>] with several.
  let m = /^contextual\/([^/]+)/.exec(c.key);
  if (m) return { prompt: title, group: a.crimesAgainstHumanity.contextualElements.attacks ? `attack/${m[1]}` : "attack" };
  m = /^incident\/([^/]+)\/(jurisdiction|article7)(?:\/([^/]+))?$/.exec(c.key);
  if (m) {
    const group = `incident/${m[1]}`;
    if (m[3] !== undefined) return { prompt: ruleTitle(rt, m[3], lang) ?? title, group };
    if (m[2] === "jurisdiction") return { prompt: q.incidentJurisdiction, group };
    const inc = a.crimesAgainstHumanity.incidents.find((x) => x.id === m![1]);
    const act = inc ? rt.book.acts.get(inc.act) : undefined;
    const actTitle = act ? (lang === "fr" && act.fr ? act.fr.title : act.title) : title;
    return { prompt: inc ? `${actTitle} (${localize(inc.provision, ms)})` : actTitle, group };
  }
  return { prompt: title, group: "situation" };
}

/** The title of a group of questions. */
export function groupTitle(key: string, s: WebStrings): string {
  if (key === "situation") return s.quizPage.situation;
  if (key === "attack") return s.theAttack;
  const [kind, id] = [key.slice(0, key.indexOf("/")), key.slice(key.indexOf("/") + 1)];
  return fill(kind === "attack" ? s.quizPage.attackGroup : s.quizPage.incidentGroup, { id });
}

/** The quiz of an assessment, as the page asks it: quizQuestions' ids and options, the page's words. */
export function pageQuestions(a: Assessment, rt: Runtime, s: WebStrings, ms: MemoStrings): QuestionGroup[] {
  const conclusions = new Map(conclusionsOf(a).map((c) => [c.key, c]));
  const groups = new Map<string, QuestionGroup>();
  for (const q of quizQuestions(a)) {
    const { prompt, group } = promptOf(conclusions.get(q.id)!, a, rt, s, ms);
    let g = groups.get(group);
    if (!g) groups.set(group, (g = { key: group, title: groupTitle(group, s), questions: [] }));
    g.questions.push({ id: q.id, prompt, group, name: answerField(q.id), options: q.options.map((o) => ({ value: o, label: s.outcomes[o as keyof WebStrings["outcomes"]] ?? o })) });
  }
  return [...groups.values()];
}
