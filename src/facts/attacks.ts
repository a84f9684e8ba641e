/**
 * One attack or several. A fact set gives either the single `attack` (the shorthand every fact set
 * used before `attacks` existed) or `attacks`, a list of attacks with ids that incidents name in
 * their own `attack`. These helpers say which attack is which and which one each incident belongs
 * to; validation (attackErrors) makes sure that question always has exactly one answer.
 */
import type { Attack, FactSet } from "./factSet.generated";

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

/** What the schema cannot say about attacks: unique ids, incidents naming an attack that exists, dates in order. */
export function attackErrors(fs: FactSet): AttackError[] {
  const errors: AttackError[] = [];
  const ordered = (a: Attack, at: string) => {
    if (a.start && a.end && a.end < a.start) errors.push({ pointer: `${at}/end`, message: `the end of the attack (${a.end}) is before its start (${a.start}); expected an end on or after the start: correct one of the two dates` });
  };
  if (fs.attack) ordered(fs.attack, "/attack");
  const ids: string[] = [];
  (fs.attacks ?? []).forEach((a, k) => {
    if (ids.includes(a.id)) errors.push({ pointer: `/attacks/${k}/id`, message: `duplicate attack id "${a.id}"; expected each attack to have its own id: rename one of them (and the incidents' \`attack\` that should name it)` });
    ids.push(a.id);
    ordered(a, `/attacks/${k}`);
  });
  const known = ids.length ? `the attacks given are ${ids.map((id) => `"${id}"`).join(", ")}` : "";
  (fs.incidents ?? []).forEach((inc, i) => {
    const at = `/incidents/${i}/attack`;
    if (!fs.attacks) {
      if (inc.attack !== undefined) errors.push({ pointer: at, message: `names attack "${inc.attack}", but this fact set gives no \`attacks\` list (only the single \`attack\`, which has no id); expected no \`attack\` here: remove it, or describe the attacks in \`attacks\`, each with an id` });
      return;
    }
    if (inc.attack === undefined) {
      if (fs.attacks.length > 1) errors.push({ pointer: at, message: `is required because \`attacks\` has ${fs.attacks.length} entries; expected the id of the attack this conduct was part of: add "attack": one of ${ids.map((id) => `"${id}"`).join(", ")}` });
      return;
    }
    if (!ids.includes(inc.attack)) errors.push({ pointer: at, message: `no attack with id "${inc.attack}" in /attacks; ${known}: use one of them, or add an attack with this id to \`attacks\`` });
  });
  return errors;
}
