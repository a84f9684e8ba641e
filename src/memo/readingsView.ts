/**
 * The memo's "Readings applied": each contested point the result rests on, the reading used and
 * the other with the authority for each, and what assessing the fact set again under the other
 * reading changed (the assessment's `readings`, computed, not asserted).
 */
import type { ExplainedReading } from "../assess/explainAssessment";
import type { ReadingDifference } from "../assess/types";
import { Lang, fillSlots } from "../i18n/format";
import { MemoStrings, localize } from "./strings";

const KIND: Record<ReadingDifference["conclusion"], "jurisdiction" | "elements" | "trigger"> = {
  contextual: "elements", act: "elements", jurisdiction: "jurisdiction", "incident-trigger": "trigger", trigger: "trigger",
};

function differenceText(d: ReadingDifference, s: MemoStrings): string {
  const r = s.body.readings;
  const words = r.outcomes[KIND[d.conclusion]];
  const q = (id: string) => `${s.quote[0]}${id}${s.quote[1]}`;
  const template = d.conclusion === "contextual" && d.attack ? r.difference.contextualOf : r.difference[d.conclusion];
  return fillSlots(template, { used: words[d.used] ?? d.used, other: words[d.other] ?? d.other, incident: d.incident ? q(d.incident) : "", attack: d.attack ? q(d.attack) : "" });
}

export function readingsView(readings: ExplainedReading[], s: MemoStrings) {
  const r = s.body.readings;
  const cite = (xs: string[]) => xs.map((x) => localize(x, s)).join(s.separator);
  return readings.map((x) => ({
    point: x.point,
    used: x.used.replace(/\.$/, ""), usedAuthority: cite(x.usedAuthority),
    other: x.other.replace(/\.$/, ""), otherAuthority: cite(x.otherAuthority),
    effect: x.changes ? r.changes : r.same,
    differences: x.changes ? x.differences.map((d) => differenceText(d, s)) : [],
    asks: (x.asks ?? []).map((a) => a.question),
  }));
}
