/**
 * Reads the build page as a person's browser would: the answer form (its action, the step it
 * answers, its hidden state and its controls), and fills it from a table of answers keyed by the
 * field's name (its JSON Pointer), leaving every other control as the page set it.
 */
export interface Control { name: string; kind: "hidden" | "radio" | "checkbox" | "text" | "date" | "select"; value: string; checked: boolean; options: string[] }
export interface Form { action: string; step: string; controls: Control[] }

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#x3D;": "=", "&#x60;": "`" };
export const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/g, (e) => ENTITIES[e]!);
const attr = (tag: string, name: string) => { const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag); return m ? unescape(m[1]!) : undefined; };

/** The controls of a form's HTML, in document order. */
export function controlsOf(html: string): Control[] {
  const out: Control[] = [];
  const re = /<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g;
  for (const m of html.matchAll(re)) {
    const tag = m[0];
    const name = attr(tag, "name");
    if (!name) continue;
    if (tag.startsWith("<select")) {
      const options = [...tag.matchAll(/<option\b[^>]*>/g)].map((o) => ({ value: attr(o[0], "value") ?? "", selected: /\sselected\b/.test(o[0]) }));
      out.push({ name, kind: "select", value: options.find((o) => o.selected)?.value ?? options[0]?.value ?? "", checked: false, options: options.map((o) => o.value) });
    } else if (tag.startsWith("<textarea")) {
      out.push({ name, kind: "text", value: unescape(tag.replace(/^<textarea\b[^>]*>|<\/textarea>$/g, "")), checked: false, options: [] });
    } else {
      const type = (attr(tag, "type") ?? "text") as Control["kind"];
      if (type === ("file" as string)) continue;
      out.push({ name, kind: type, value: attr(tag, "value") ?? "", checked: /\schecked\b/.test(tag), options: [] });
    }
  }
  return out;
}

/** The page's answer form, if it asks anything. */
export function answerForm(page: string): Form | undefined {
  const m = /<form class="answer"([^>]*)>([\s\S]*?)<\/form>/.exec(page);
  if (!m) return undefined;
  return { action: attr(m[1]!, "action")!, step: attr(m[1]!, "data-step")!, controls: controlsOf(m[2]!) };
}

export type Answers = [RegExp, string][];

/**
 * The query the form sends once filled: each control named by a pattern of the table gets that
 * answer (a radio or a checkbox its value, a select or a box its text); the rest keep theirs.
 * `answered` says whether any control was filled from the table.
 */
export function fill(form: Form, answers: Answers, button: "answer" | "skip" = "answer"): { query: URLSearchParams; answered: string[] } {
  const query = new URLSearchParams();
  const answered: string[] = [];
  const answerOf = (name: string) => answers.find(([re]) => re.test(name))?.[1];
  const done = new Set<string>();
  for (const c of form.controls) {
    const a = c.kind === "hidden" ? undefined : answerOf(c.name);
    if (c.kind === "radio") {
      if (done.has(c.name)) continue;
      const group = form.controls.filter((x) => x.name === c.name);
      const pick = a !== undefined && group.some((x) => x.value === a) ? a : group.find((x) => x.checked)?.value;
      if (a !== undefined && pick === a) answered.push(c.name);
      if (pick !== undefined) query.append(c.name, pick);
      done.add(c.name);
    } else if (c.kind === "checkbox") {
      if ((a !== undefined && c.value === a) || (a === undefined && c.checked)) { query.append(c.name, c.value); if (a !== undefined) answered.push(c.name); }
    } else if (c.kind === "select") {
      const v = a !== undefined && c.options.includes(a) ? a : c.value;
      if (a !== undefined && v === a) answered.push(c.name);
      query.append(c.name, v);
    } else {
      if (a !== undefined) answered.push(c.name);
      query.append(c.name, a ?? c.value);
    }
  }
  query.set("do", button);
  return { query, answered };
}

/** The answers a person gives about the Belarus–Lithuania deportation, keyed by the field's pointer; the rest is skipped (the build page's tests, over HTTP and in Chromium). */
export const belarus = (lang: "en" | "fr"): Answers => [
  [/^f\/incidents\/0\/act$/, "deportation"], [/^f\/incidents\/0\/id$/, "deportation-to-lithuania"],
  [/^f\/incidents\/0\/description$/, lang === "fr" ? "Opposants et migrants chassés du Bélarus vers la Lituanie" : "Opposition members and migrants driven from Belarus into Lithuania"],
  [/^r:\/referrals\/states\/0$/, "yes"], [/^f\/referrals\/states\/0\/by\/0$/, "LTU"], [/^f\/referrals\/states\/0\/date$/, "2024-09-30"],
  [/^r:\/proprioMotu\/authorized$/, "no"], [/^r:\/referrals\/securityCouncil\/0$/, "no"],
  // The conduct in Belarus, a non-party; the crossing into Lithuania, a State Party, an element of the crime.
  [/\/territories\/0\/state$/, "BLR"], [/\/territories\/0\/part$/, "conduct"], [/\/territories\/1\/state$/, "LTU"], [/\/territories\/1\/part$/, "element"],
  [/\/start$/, "2021-06-01"], [/\/end$/, "2024-06-30"],
  [/\/perpetrators\/0\/name$/, lang === "fr" ? "Gardes-frontières bélarusses" : "Belarusian border guards"], [/\/perpetrators\/0\/nationalities\/0$/, "BLR"],
  [/\/situations$/, "pe-lithuania-belarus"], [/\/policy$/, "state"],
  [/\/(elements\/\w+|partOfAttack|knowledgeOfAttack|multipleActs|againstCivilianPopulation|widespread|systematic|adult)$/, "yes"],
];
