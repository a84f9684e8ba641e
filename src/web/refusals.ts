/**
 * What the page says of a change the form sent and could not make (./formApply.ts): beside the
 * field, why; at the top of the page, a notice naming the field and its entry as the facts panel
 * names them, and the value it keeps.
 */
import { MAX_YEAR, MIN_YEAR } from "../dates";
import { readPointer } from "../engine/path";
import type { FactSet } from "../facts/factSet.generated";
import { Lang, fillSlots, formatDate } from "../i18n/format";
import type { FactGroup } from "./facts";
import { controlId } from "./facts";
import type { Refusal } from "./formApply";
import { dateValue } from "./recordFields";
import type { WebStrings } from "./strings";

export interface Notice { text: string; href: string }

export function refusals(refused: Refusal[], current: FactSet, s: WebStrings, lang: Lang) {
  const r = s.record;
  const bounds = { min: String(MIN_YEAR), max: String(MAX_YEAR) };
  const errors = new Map(refused.map((x) => [x.pointer, x.why === "required" ? r.errorRequired : fillSlots(r.errorNotADate, bounds)]));
  const notices = (groups: FactGroup[]): Notice[] => refused.map((x) => {
    const group = groups.find((g) => g.facts.some((f) => f.pointer === x.pointer));
    const field = group?.facts.find((f) => f.pointer === x.pointer)?.label ?? x.pointer;
    const kept = dateValue(readPointer(current, x.pointer));
    const vars = { field, entry: group?.title ?? x.pointer, value: kept ? formatDate(kept, lang) : r.notGiven, ...bounds };
    return { text: fillSlots(x.why === "required" ? r.noticeRequired : r.noticeNotADate, vars), href: `#${controlId(x.pointer)}` };
  });
  return { errors, notices };
}
