/**
 * The interview's next step, from the assessment so far: the engine's own open question that
 * would settle the most conclusions (missingFacts ranked by settles.length), less those passed
 * over; "what happened" (a new incident) when the engine asks for incidents; and, once there is
 * an incident, the record — the engine takes the record as given and complete, so it never asks
 * about referrals itself. Pure.
 */
import type { Assessment, MissingFact } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import { Control, controlFor } from "./buildControls";
import type { BuildState } from "./buildState";

export type Step =
  | { kind: "incident"; pointer: string; index: number; question: string; settles: number }
  | { kind: "record"; pointer: ""; question: string; settles: number }
  | { kind: "fact"; pointer: string; question: string; settles: number; control: Control; outOfTurn: boolean }
  | { kind: "done"; pointer: ""; question: string; settles: number };

/** Within a tie, where before when before who: the order a person tells it in. */
const ORDER = [/\/territories$/, /\/start$/, /\/end$/, /\/perpetrators$/];
const rank = (p: string) => { const k = ORDER.findIndex((r) => r.test(p)); return k < 0 ? ORDER.length : k; };

/** The engine's open questions, most decisive first (a stable sort: the engine's order breaks ties). */
export const ranked = (missing: MissingFact[]): MissingFact[] =>
  [...missing].sort((a, b) => b.settles.length - a.settles.length || rank(a.pointer) - rank(b.pointer));

/** The record as the page shows it answered: a step already taken counts as answered. */
export const hasRecord = (fs: FactSet) => Boolean(fs.referrals?.states?.length || fs.referrals?.securityCouncil?.length || fs.proprioMotu);

export interface StepWords { record: string; done: string; incident: string; generic: (pointer: string) => string }

export function nextStep(st: BuildState, a: Assessment, w: StepWords): Step {
  const open = ranked(a.missingFacts);
  const count = (p: string) => open.find((m) => m.pointer === p)?.settles.length ?? 0;
  const incident = (): Step => {
    const q = open.find((m) => m.pointer === "/incidents");
    return { kind: "incident", pointer: "/incidents", index: st.factSet.incidents?.length ?? 0, question: q?.question ?? w.incident, settles: q?.settles.length ?? 0 };
  };
  if (st.step === "incident") return incident();
  if (st.step === "record") return { kind: "record", pointer: "", question: w.record, settles: count("/referrals") };
  if (st.ask && st.ask !== "/incidents") {
    const m = open.find((x) => x.pointer === st.ask);
    return { kind: "fact", pointer: st.ask, question: m?.question ?? w.generic(st.ask), settles: m?.settles.length ?? 0, control: controlFor(st.ask), outOfTurn: true };
  }
  const skipped = new Set(st.skip);
  const left = open.filter((m) => !skipped.has(m.pointer));
  if (left[0]?.pointer === "/incidents" || st.ask === "/incidents") return incident();
  if (!st.rec && st.factSet.incidents?.length) return { kind: "record", pointer: "", question: w.record, settles: 0 };
  const first = left[0];
  if (!first) return { kind: "done", pointer: "", question: w.done, settles: 0 };
  return { kind: "fact", pointer: first.pointer, question: first.question, settles: first.settles.length, control: controlFor(first.pointer), outOfTurn: false };
}
