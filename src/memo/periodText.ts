/** A period in the memo's words: its dates, or what is known of an end that is not ("at the latest …"). */
import type { Period } from "../dates";
import { Lang, formatDate } from "../i18n/format";
import type { MemoStrings } from "./strings";

export function periodText(p: Period, s: MemoStrings, lang: Lang): string {
  const from = p.start ? formatDate(p.start, lang) : p.since ? `${s.startUnknownSince} ${formatDate(p.since, lang)}` : s.unknown;
  const to = p.end ? formatDate(p.end, lang) : p.until ? `${s.endUnknownUntil} ${formatDate(p.until, lang)}` : s.endUnknown;
  return s.period(from, to);
}
