/**
 * The facts panel: every fact a rule can read in the fact set, grouped (each attack, each
 * incident, the record), as a control named by its JSON Pointer — yes / no / unknown for a
 * three-valued fact, the listed values for the others — with its sources and whether it is as in
 * the scenario or changed. The labels are the rules' own condition names.
 */
import type { FactSet } from "../facts/factSet.generated";
import actsSchema from "../../schemas/acts.schema.json";
import { ruleLeaves } from "../engine/evaluateRule";
import type { RuleBook } from "../engine/loadRules";
import { readPointer } from "../engine/path";
import type { Lang } from "../i18n/format";
import type { WebStrings } from "./strings";
import { controlValue } from "./urlState";

export interface Control {
  pointer: string; id: string; label: string; kind: "bool" | "choice" | "date";
  options: { value: string; label: string; checked: boolean }[];
  changed: boolean; read: boolean; sources: string[];
  /** A date's input (./record.ts): its value, bounds, whether the fact set requires it, the date in words. */
  date?: { value: string; min: string; max: string; required: boolean; words: string };
  /** Why the last form sent could not change it. */
  error?: string;
}
/** A group of facts; the record's carry what they show read-only (a reference step's scope, its source). */
export interface FactGroup {
  title: string; facts: Control[];
  details?: { label: string; text: string }[]; sources?: string[];
  /** A step of the Court's own record (reference data): read-only, shown whatever the filter. */
  reference?: boolean;
}

const ELEMENTS = (actsSchema as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;

/** A pointer as an HTML id: the controls are linked to from the tree. */
export const controlId = (pointer: string) => `f${pointer.replace(/[^A-Za-z0-9]/g, (c) => (c === "/" ? "-" : `_${c.charCodeAt(0).toString(16)}`))}`;

const labels = new WeakMap<RuleBook, Map<string, { en: string; fr: string }>>();
/** The name of the first condition that reads `fact.path` (for incident elements, per act), in both languages. */
function labelOf(book: RuleBook, key: string): { en: string; fr: string } | undefined {
  let m = labels.get(book);
  if (!m) {
    m = new Map();
    for (const r of book.rules) for (const l of ruleLeaves(r.conditions)) {
      if (!l.path || (l.fact !== "incident" && l.fact !== "attack" && l.fact !== "subject")) continue;
      const k = `${r.act ?? ""}|${l.fact}.${l.path}`;
      if (!m.has(k)) m.set(k, { en: l.name, fr: l.fr?.name ?? l.name });
      if (!m.has(`|${l.fact}.${l.path}`)) m.set(`|${l.fact}.${l.path}`, { en: l.name, fr: l.fr?.name ?? l.name });
    }
    labels.set(book, m);
  }
  return m.get(key);
}

/** A condition's name without its placeholders' braces (the panel names no subject). */
const plain = (text: string) => text.replace(/\{[^}]+\}/g, "…");

/** `stateName`: a State's name in `lang`, from its code (the territories' labels name them). */
export function factsPanel(base: FactSet, current: FactSet, read: Set<string>, book: RuleBook, s: WebStrings, lang: Lang, stateName: (code: string) => string = (code) => code): FactGroup[] {
  const ev = (current.evidence ?? {}) as Record<string, string[]>;
  const control = (pointer: string, key: string, kind: Control["kind"], values: string[] = []): Control => {
    const now = readPointer(current, pointer);
    const before = readPointer(base, pointer);
    const value = controlValue(now);
    const words = labelOf(book, key);
    const options = kind === "bool" ? ["yes", "no", "unknown"] : [...values, "unknown"];
    return {
      pointer, id: controlId(pointer), label: plain(words ? words[lang] : pointer), kind,
      options: options.map((v) => ({ value: v, label: s.values[v] ?? v, checked: v === value })),
      changed: JSON.stringify(now ?? null) !== JSON.stringify(before ?? null), read: read.has(pointer), sources: ev[pointer] ?? [],
    };
  };
  const groups: FactGroup[] = [];
  const attackFacts = (at: string) => [
    ...["multipleActs", "againstCivilianPopulation", "widespread", "systematic"].map((k) => control(`${at}/${k}`, `|attack.${k}`, "bool")),
    control(`${at}/policy`, "|attack.policy", "choice", ["state", "organization", "none"]),
  ];
  if (current.attacks) current.attacks.forEach((x, k) => groups.push({ title: `${s.attack} “${x.id}”`, facts: attackFacts(`/attacks/${k}`) }));
  else groups.push({ title: s.theAttack, facts: attackFacts("/attack") });
  (current.incidents ?? []).forEach((inc, i) => {
    const at = `/incidents/${i}`;
    const elements = Object.keys(ELEMENTS[inc.act]?.properties ?? {});
    groups.push({
      title: `${s.incident} “${inc.id}”`,
      facts: [
        ...elements.map((e) => control(`${at}/elements/${e}`, `${inc.act}|incident.elements.${e}`, "bool")),
        control(`${at}/partOfAttack`, "|incident.partOfAttack", "bool"),
        control(`${at}/knowledgeOfAttack`, "|incident.knowledgeOfAttack", "bool"),
        ...(inc.territories ?? []).map((t, k) => ({ ...control(`${at}/territories/${k}/part`, "|subject.part", "choice", ["conduct", "element", "effects"]), label: `${s.whatTookPlace} ${stateName(t.state)}` })),
        ...(inc.perpetrators ?? []).map((p, k) => ({ ...control(`${at}/perpetrators/${k}/adult`, "|none", "bool"), label: `${p.name ?? p.id}: ${s.adult}` })),
      ],
    });
  });
  return groups;
}
