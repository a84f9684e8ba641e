/** A value of the fact set (or one the pipeline derived) as the memo writes it. */
import { Lang, formatDate, windowsText } from "../i18n/format";
import type { Period } from "../dates";
import { periodText } from "./periodText";
import type { MemoStrings } from "./strings";

const isDate = (x: unknown): x is string => typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x);

type LinkOutcome = "met" | "not_met" | "undetermined";
/** A connection of a persecution: the incident and its outcome, or the crime and whether it is established. */
function linkText(o: Record<string, unknown>, s: MemoStrings): string {
  const outcome = (["met", "not_met"].includes(String(o.outcome)) ? o.outcome : "undetermined") as LinkOutcome;
  if ("incident" in o) return s.links.incident.replace("{id}", `${s.quote[0]}${String(o.incident)}${s.quote[1]}`).replace("{outcome}", s.verdict[outcome]);
  return s.links.crime.replace("{crime}", s.links.crimes[String(o.crime)] ?? String(o.crime)).replace("{outcome}", s.links.established[outcome]);
}

export function formatValue(v: unknown, s: MemoStrings, lang: Lang): string {
  if (v === null || v === undefined) return s.unknown;
  if (v === true) return s.yes;
  if (v === false) return s.no;
  if (v === "met" || v === "not_met" || v === "undetermined") return s.verdict[v];
  if (isDate(v)) return formatDate(v, lang);
  if (typeof v === "string" && Object.prototype.hasOwnProperty.call(s.values, v)) return s.values[v]!;
  if (Array.isArray(v)) {
    if (v.length && v.every((w) => w && typeof w === "object" && "from" in w)) return windowsText(v as { from: string; to: string | null }[], lang);
    return v.length ? v.map((x) => formatValue(x, s, lang)).join(", ") : s.none;
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("start" in o || "end" in o) return periodText(o as unknown as Period, s, lang);
    if ("outcome" in o && ("incident" in o || "crime" in o)) return linkText(o, s);
    if ("birthDate" in o) return o.birthDate ? `${s.bornOn} ${formatDate(String(o.birthDate), lang)}` : o.adult === true ? s.adult : s.unknown;
    return Object.entries(o).map(([k, x]) => `${k}: ${formatValue(x, s, lang)}`).join("; ");
  }
  return String(v);
}
