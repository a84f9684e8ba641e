/**
 * The fields of one step of the build page, as data for the template: each named `f` + the JSON
 * Pointer it sets (the record step's yes / no by `r:` + what it records), with its label, its
 * current value (read from the fact set, or from the answer just refused, so nothing typed is
 * lost) and the errors at its pointer.
 */
import { readPointer } from "../engine/path";
import type { FactSet } from "../facts/factSet.generated";
import type { FactError } from "../facts/validate";
import type { Control } from "./buildControls";
import type { Options } from "./buildOptions";
import { controlId } from "./facts";
import type { WebStrings } from "./strings";

export interface Field {
  name: string; id: string; label: string; pointer: string;
  type: "radio" | "select" | "date" | "text" | "checkbox";
  value?: string; options?: { value: string; label: string; checked: boolean }[];
  errors: string[]; hint?: string;
}
export interface FieldGroup { legend?: string; hint?: string; given?: string[]; fields: Field[] }

/** The template tells fields apart by flags (Handlebars compares nothing). */
export const flagField = (f: Field) => ({
  ...f, isRadio: f.type === "radio", isCheckbox: f.type === "checkbox", isInput: ["select", "date", "text"].includes(f.type),
  isSelect: f.type === "select", isDate: f.type === "date", isText: f.type === "text",
});
export const flagGroups = (groups: FieldGroup[]) => groups.map((g) => ({ ...g, fields: g.fields.map(flagField) }));

export type B = WebStrings["builder"];

export interface FieldContext { doc: unknown; errors: FactError[]; s: WebStrings; o: Options }

const asText = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "boolean" ? (v ? "yes" : "no") : String(v));
const fill = (t: string, n: number) => t.replace("{n}", String(n));

/** Errors at a pointer, or inside it. */
const errorsAt = (errors: FactError[], pointer: string) => errors.filter((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`)).map((e) => e.message);

export function fieldMaker(x: FieldContext) {
  const { s, o } = x;
  const b = s.builder;
  const base = (pointer: string, label: string, type: Field["type"], name = `f${pointer}`): Field =>
    ({ name, id: controlId(pointer) + (name.startsWith("r:") ? "-r" : ""), label, pointer, type, value: asText(readPointer(x.doc, pointer)), errors: errorsAt(x.errors, pointer) });
  const choices = (f: Field, values: { value: string; label: string }[]): Field => ({ ...f, options: values.map((v) => ({ ...v, checked: v.value === f.value })) });
  const make = {
    bool: (p: string, label: string) => {
      const f = base(p, label, "radio");
      return choices({ ...f, value: f.value || "unknown" }, ["yes", "no", "unknown"].map((v) => ({ value: v, label: s.values[v as "yes"] })));
    },
    choice: (p: string, label: string, values: string[], words: Record<string, string> = s.values) => {
      const f = base(p, label, "radio");
      return choices({ ...f, value: f.value || "unknown" }, [...values, "unknown"].map((v) => ({ value: v, label: words[v] ?? s.values[v as "yes"] ?? v })));
    },
    date: (p: string, label: string) => base(p, label, "date"),
    text: (p: string, label: string, hint?: string) => ({ ...base(p, label, "text"), ...(hint ? { hint } : {}) }),
    select: (p: string, label: string, values: { value: string; label: string }[], blank = b.unknownOption) => choices(base(p, label, "select"), [{ value: "", label: blank }, ...values]),
    state: (p: string, label: string) => make.select(p, label, o.states),
  };
  return make;
}

/** What a list already holds, in words, so a row control adds to it rather than repeats it. */
function givenOf(c: Control, doc: unknown, s: WebStrings, o: Options): string[] {
  const list = readPointer(doc, c.pointer);
  if (!Array.isArray(list)) return [];
  return list.map((x: Record<string, unknown>) => {
    if (c.kind === "territories") return `${o.stateName(String(x.state))}${x.part ? ` — ${s.values[x.part as "conduct"] ?? x.part}` : ""}`;
    if (c.kind === "perpetrators") return `${x.name ?? x.id}${Array.isArray(x.nationalities) && x.nationalities.length ? ` — ${x.nationalities.map((n) => o.stateName(String(n))).join(", ")}` : ""}`;
    if (c.kind === "connections") return "incident" in x ? `${s.incident} “${x.incident}”` : s.builder.crimes[x.crime as "genocide"] ?? String(x.crime);
    return String(x);
  });
}

/** The fields that answer one fact (`question` is the step's legend). */
export function factFields(c: Control, question: string, x: FieldContext, fs: FactSet): FieldGroup[] {
  const { s, o } = x;
  const b = s.builder;
  const m = fieldMaker(x);
  const p = c.pointer;
  const len = (() => { const v = readPointer(x.doc, p); return Array.isArray(v) ? v.length : 0; })();
  const rows = (n: number, row: (i: number, k: number) => Field[], label: string) =>
    Array.from({ length: n }, (_, k) => ({ legend: fill(label, len + k + 1), fields: row(len + k, k) }));
  const given = givenOf(c, x.doc, s, o);
  const head = { legend: question, ...(given.length ? { given } : {}) };
  // One field: its own label is the question, with no fieldset around it.
  const single = (f: Field): FieldGroup[] => [{ ...(given.length ? { given } : {}), fields: [f] }];
  switch (c.kind) {
    case "bool": return single(m.bool(p, question));
    case "choice": return single(m.choice(p, question, c.values ?? []));
    case "date": return single(m.date(p, question));
    case "text": return single(m.text(p, question));
    case "state": return single(m.state(p, question));
    case "period": {
      const [from, to] = c.covers as [string, string];
      const words = from.endsWith("/start") ? [b.start, b.end] : [b.from, b.to];
      return [{ ...head, fields: [m.date(from, words[0]!), m.date(to, words[1]!)] }];
    }
    case "birth": return [{ ...head, fields: [m.date(p, b.birthDate), m.bool(c.covers[1]!, s.adult)] }];
    case "states": {
      const have = readPointer(x.doc, p);
      const n = Math.max(3, Array.isArray(have) ? have.length + 1 : 0);
      return [{ legend: question, fields: Array.from({ length: n }, (_, k) => m.state(`${p}/${k}`, fill(b.stateN, k + 1))) }];
    }
    case "situations": {
      const have = readPointer(x.doc, p);
      const f = m.select(p, question, [{ value: "none", label: b.noneSituation }, ...o.situations]);
      const value = Array.isArray(have) ? (have.length ? String(have[0]) : "none") : "";
      return single({ ...f, value, options: f.options!.map((op) => ({ ...op, checked: op.value === value })) });
    }
    case "multi": {
      const have = new Set([readPointer(x.doc, p) ?? []].flat().map(String));
      const words = b.grounds as Record<string, string>;
      return single({ ...m.text(p, question), type: "checkbox", options: (c.values ?? []).map((v) => ({ value: v, label: words[v] ?? v, checked: have.has(v) })) });
    }
    case "connections": {
      const here = /^\/incidents\/(\d+)\//.exec(p)?.[1];
      const others = (fs.incidents ?? []).filter((_, i) => String(i) !== here).map((inc) => ({ value: `incident:${inc.id}`, label: `${s.incident} “${inc.id}”` }));
      const crimes = Object.entries(b.crimes).map(([k, v]) => ({ value: `crime:${k}`, label: v }));
      return [{ ...head, fields: [{ ...m.select(`${p}/${len}`, b.connectedTo, [...others, ...crimes], b.choose), value: "" }] }];
    }
    case "attackRef": {
      const ids = (fs.attacks ?? []).map((a) => ({ value: a.id, label: `${s.attack} “${a.id}”` }));
      return single(m.select(p, question, ids));
    }
    case "territories":
      return [head, ...rows(3, (i) => [m.state(`${p}/${i}/state`, b.state), m.choice(`${p}/${i}/part`, b.part, ["conduct", "element", "effects"])], b.placeN)].map((g) => ({ fields: [], ...g }));
    case "perpetrators":
      return [head, ...rows(2, (i) => [m.text(`${p}/${i}/name`, b.name), m.state(`${p}/${i}/nationalities/0`, b.nationality)], b.perpetratorN)].map((g) => ({ fields: [], ...g }));
    case "scope":
      return [{ ...head, fields: [m.state(`${p}/territories/0`, fill(b.stateN, 1)), m.state(`${p}/territories/1`, fill(b.stateN, 2)), m.date(`${p}/from`, b.from), m.date(`${p}/to`, b.to)] }];
    case "unsupported": return [{ ...head, hint: b.unsupported, fields: [] }];
  }
}

/** The step that adds an incident: its id, its act and a line on what happened. */
export function incidentFields(index: number, question: string, x: FieldContext): FieldGroup[] {
  const m = fieldMaker(x);
  const b = x.s.builder;
  const p = `/incidents/${index}`;
  return [{ legend: question, fields: [m.select(`${p}/act`, b.act, x.o.acts, b.choose), m.text(`${p}/description`, b.description), m.text(`${p}/id`, b.incidentId, b.incidentIdHint)] }];
}

/**
 * The record step: each way a situation reaches the Court, a yes / no and what it took. Neither is
 * checked for a step not yet given, so that filling in its fields is enough to give it.
 */
export function recordFields(x: FieldContext): FieldGroup[] {
  const m = fieldMaker(x);
  const b = x.s.builder;
  const yesNo = (name: string, label: string, present: boolean): Field =>
    ({ ...m.bool(name, b.yesOrNo), name: `r:${name}`, id: `r-${name.slice(1).replace(/\//g, "-")}`, options: ["yes", "no"].map((v) => ({ value: v, label: x.s.values[v as "yes"], checked: v === "yes" && present })) });
  const sr = "/referrals/states/0";
  const sc = "/referrals/securityCouncil/0";
  const more = (p: string) => { const v = readPointer(x.doc, p); return Array.isArray(v) && v.length > 1 ? b.moreAsGiven.replace("{n}", String(v.length - 1)) : undefined; };
  const has = (p: string) => readPointer(x.doc, p) !== undefined;
  const g = (legend: string, fields: Field[], hint?: string): FieldGroup => ({ legend, fields, ...(hint ? { hint } : {}) });
  return [
    g(b.stateReferral, [yesNo(sr, b.stateReferral, has(sr)), m.state(`${sr}/by/0`, fill(b.referringN, 1)), m.state(`${sr}/by/1`, fill(b.referringN, 2)), m.date(`${sr}/date`, b.referralDate),
      m.state(`${sr}/scope/territories/0`, b.scopeTerritory), m.date(`${sr}/scope/from`, b.from), m.date(`${sr}/scope/to`, b.to)], more("/referrals/states") ?? b.scopeHint),
    g(b.authorized, [yesNo("/proprioMotu/authorized", b.authorized, has("/proprioMotu/authorized")), m.date("/proprioMotu/authorized", b.authorizedDate),
      m.state("/proprioMotu/scope/territories/0", b.scopeTerritory), m.date("/proprioMotu/scope/from", b.from), m.date("/proprioMotu/scope/to", b.to)]),
    g(b.securityCouncil, [yesNo(sc, b.securityCouncil, has(sc)), m.text(`${sc}/resolution`, b.resolution), m.date(`${sc}/date`, b.resolutionDate), m.bool(`${sc}/chapterVII`, b.chapterVII),
      m.state(`${sc}/territories/0`, b.scopeTerritory)], more("/referrals/securityCouncil")),
  ];
}
