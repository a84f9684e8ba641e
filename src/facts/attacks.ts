/**
 * One attack or several. A fact set gives either the single `attack` (the shorthand every fact set
 * used before `attacks` existed) or `attacks`, a list of attacks with ids that incidents name in
 * their own `attack`. These helpers say which attack is which and which one each incident belongs
 * to; validation (attackErrors) makes sure that question always has exactly one answer.
 */
import type { Attack, FactSet } from "./factSet.generated";
import type { Lang } from "../i18n/format";
import { errorText, quoted } from "./errorWords";

export interface AttackEntry {
  /** The attack's id, or null for the single `attack`. */
  id: string | null;
  /** JSON Pointer of the attack in the fact set: "/attack" or "/attacks/K". */
  at: string;
  data: Attack;
}

/** The attacks of a fact set: the single `attack` (present or not), or each entry of `attacks`. */
export function attackEntries(fs: FactSet): AttackEntry[] {
  if (fs.attacks) return fs.attacks.map(({ id, ...data }, k) => ({ id, at: `/attacks/${k}`, data }));
  return [{ id: null, at: "/attack", data: fs.attack ?? {} }];
}

/** The index (in attackEntries) of the attack incident i belongs to. Valid fact sets only. */
export function attackIndexOf(fs: FactSet, i: number): number {
  const name = fs.incidents![i]!.attack;
  if (!fs.attacks || name === undefined) return 0;
  const k = fs.attacks.findIndex((a) => a.id === name);
  return k < 0 ? 0 : k;
}

export interface AttackError { pointer: string; message: string }

/** What the schema cannot say about attacks: unique ids, incidents naming an attack that exists, dates in order; in `lang`. */
export function attackErrors(fs: FactSet, lang: Lang = "en"): AttackError[] {
  const errors: AttackError[] = [];
  const q = (v: string) => quoted(lang, v);
  const ordered = (a: Attack, at: string) => {
    if (a.start && a.end && a.end < a.start) errors.push({ pointer: `${at}/end`, message: errorText(lang, "attack.endBeforeStart", { start: a.start, end: a.end }) });
  };
  if (fs.attack) ordered(fs.attack, "/attack");
  const ids: string[] = [];
  (fs.attacks ?? []).forEach((a, k) => {
    if (ids.includes(a.id)) errors.push({ pointer: `/attacks/${k}/id`, message: errorText(lang, "attack.duplicate", { id: q(a.id) }) });
    ids.push(a.id);
    ordered(a, `/attacks/${k}`);
  });
  const listed = ids.map(q).join(", ");
  (fs.incidents ?? []).forEach((inc, i) => {
    const at = `/incidents/${i}/attack`;
    if (!fs.attacks) {
      if (inc.attack !== undefined) errors.push({ pointer: at, message: errorText(lang, "attack.noList", { id: q(inc.attack) }) });
      return;
    }
    if (inc.attack === undefined) {
      if (fs.attacks.length > 1) errors.push({ pointer: at, message: errorText(lang, "attack.required", { n: fs.attacks.length, ids: listed }) });
      return;
    }
    // The schema gives `attacks` at least one entry: there is always a list to name.
    if (!ids.includes(inc.attack)) errors.push({ pointer: at, message: errorText(lang, "attack.unknown", { id: q(inc.attack), ids: listed }) });
  });
  return errors;
}
