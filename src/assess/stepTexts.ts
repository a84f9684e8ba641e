/**
 * How the rules' sentences name a triggering step and its scope, in both working languages:
 * "the authorization of 27 January 2016 (Pre-Trial Chamber I, ICC-01/15-12)", "Georgia, from 1 July
 * 2008 to 10 October 2008". Words only; nothing here decides.
 */
import { Window } from "../dates";
import { Lang, formatDate, joinList, windowsText } from "../i18n/format";
import type { CaseRecord } from "./record";
import type { StepScope, TriggerStepEntry } from "./steps";
import { STATUTE_IN_FORCE } from "./record";

function states(rec: CaseRecord, list: string[], lang: Lang): string {
  const names = list.map((s) => rec.nameIn(s, lang));
  if (names.length <= 4) return joinList(names, lang);
  const more = names.length - 3;
  return lang === "fr" ? `${names.slice(0, 3).join(", ")} et ${more} autres États` : `${names.slice(0, 3).join(", ")} and ${more} other States`;
}

/** The Chambers' names as the Court writes them in French. */
const chamberIn = (chamber: string, lang: Lang) => (lang === "fr" ? chamber.replace("Pre-Trial Chamber", "Chambre préliminaire").replace("Appeals Chamber", "Chambre d'appel") : chamber);

export function stepName(rec: CaseRecord, s: TriggerStepEntry, lang: Lang): string {
  const on = formatDate(s.date, lang);
  const detail = [s.chamber ? chamberIn(s.chamber, lang) : null, s.decision].filter(Boolean).join(", ");
  switch (s.kind) {
    case "state-referral":
      return lang === "fr" ? `le renvoi du ${on} (${states(rec, s.by, lang)})` : `the referral by ${states(rec, s.by, lang)} of ${on}`;
    case "security-council":
      return lang === "fr" ? `la résolution ${s.resolution} du Conseil de sécurité` : `Security Council resolution ${s.resolution}`;
    case "authorization":
      return lang === "fr" ? `l'autorisation du ${on}${detail ? ` (${detail})` : ""}` : `the authorization of ${on}${detail ? ` (${detail})` : ""}`;
  }
}

/** The scope's period as windows: from the Statute's entry into force where the scope names no start. */
export function scopeWindows(s: TriggerStepEntry): Window[] | null {
  if (!s.scope) return null;
  // A Security Council referral's period is what the resolution says; without its start, unknown.
  if (s.kind === "security-council" && s.scope.from === null) return null;
  return [{ from: s.scope.from ?? STATUTE_IN_FORCE, to: s.scope.to }];
}

export function scopeTexts(rec: CaseRecord, s: TriggerStepEntry, lang: Lang) {
  const unknown = lang === "fr" ? "inconnu" : "not known";
  const sc: StepScope | null = s.scope;
  const territories = sc?.territories ? states(rec, sc.territories, lang) : unknown;
  const windows = scopeWindows(s);
  const period = windows ? windowsText(windows, lang) : unknown;
  const nationals = sc && sc.nationals.length ? (lang === "fr" ? `, ou par des ressortissants de ${states(rec, sc.nationals, lang)}` : `, or by nationals of ${states(rec, sc.nationals, lang)}`) : "";
  // The reference notes are in English only: the French text gives the parameters alone.
  const whole = sc ? `${territories}${nationals}, ${period}${sc.note && lang === "en" ? ` (${sc.note})` : ""}` : unknown;
  return { territories, period, whole };
}
