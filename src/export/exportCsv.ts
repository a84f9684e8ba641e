/**
 * An assessment as a sheet, one row per incident keyed by the incident's id, to be imported back
 * into the user's own records: the act, the jurisdiction outcome and its bases, the trigger, the
 * Article 7 outcome and the questions still open for that incident. Written with csv-stringify.
 */
import { stringify } from "csv-stringify/sync";
import type { Assessment } from "../assess/types";

export const EXPORT_COLUMNS = ["id", "act", "jurisdiction", "bases", "trigger", "article7", "open questions"] as const;

export function exportRows(a: Assessment): string[][] {
  const jurisdiction = new Map(a.jurisdiction.incidents.map((j) => [j.id, j]));
  const trigger = new Map(a.jurisdiction.trigger.incidents.map((t) => [t.id, t]));
  return a.crimesAgainstHumanity.incidents.map((inc) => {
    const questions = a.missingFacts.filter((m) => m.settles.some((s) => s.incident === inc.id)).map((m) => m.question);
    return [
      inc.id,
      inc.act,
      jurisdiction.get(inc.id)?.outcome ?? "",
      (jurisdiction.get(inc.id)?.bases ?? []).join(" | "),
      trigger.get(inc.id)?.outcome ?? a.jurisdiction.trigger.outcome,
      inc.outcome,
      [...new Set(questions)].join(" | "),
    ];
  });
}

/** The sheet: a header row, then one row per incident; CRLF, as spreadsheets write it. */
export function exportCsv(a: Assessment, options: { delimiter?: string; bom?: boolean } = {}): string {
  return stringify([[...EXPORT_COLUMNS], ...exportRows(a)], { delimiter: options.delimiter ?? ",", record_delimiter: "windows", bom: options.bom ?? false });
}
