/**
 * A scenario page's state, read from its URL (./urlState.ts): the changes (`p`) applied to the
 * scenario, the links that carry them, and whether the link was made under other rules (`rd`).
 * Shared by every tab (facts, quiz, memo), so that each reads the same fact set from the same link.
 */
import type { FactSet } from "../facts/factSet.generated";
import type { Lang } from "../i18n/format";
import { patchFactSet } from "../teach/patch";
import type { Scenario } from "../teach/scenarios";
import type { WebStrings } from "./strings";
import { Patch, decodePatch, encodePatch } from "./urlState";

export interface ScenarioState {
  patch: Patch;
  /** The scenario with the link's changes applied (the scenario as given when they cannot be). */
  current: FactSet;
  /** Why the link's changes could not be read or applied, if they could not. */
  badLink?: string;
}

/** The fact set a link's `p` gives: a patch that cannot be read or applied leaves the scenario as given (and says why, in `lang`). */
export function scenarioState(scenario: Scenario, p: unknown, lang: Lang): ScenarioState {
  const decoded = decodePatch(p, lang);
  if (!decoded.ok) return { patch: [], current: scenario.factSet, badLink: decoded.errors[0]!.message };
  if (!decoded.patch.length) return { patch: [], current: scenario.factSet };
  const applied = patchFactSet(scenario.factSet, decoded.patch, lang);
  if (!applied.ok) return { patch: [], current: scenario.factSet, badLink: applied.errors[0]!.message };
  return { patch: decoded.patch, current: applied.value as FactSet };
}

/** The rules digest as links carry it: its first 12 hex digits. */
export const linkDigest = (bookDigest: string) => bookDigest.replace(/^sha256:/, "").slice(0, 12);

/** A maker of links to one view of a scenario (`view`: "", "/quiz", "/memo"…), given the changes. */
export const scenarioHref = (id: string, lang: Lang, digest: string, view = "", extra: Record<string, string> = {}) =>
  (patch: Patch, more: Record<string, string> = {}) => {
    const q = new URLSearchParams({ lang, ...(patch.length ? { p: encodePatch(patch) } : {}), rd: digest, ...extra, ...more });
    return `/scenario/${id}${view}?${q.toString()}`;
  };

/** What the page says of a link made under other rules than those in force. */
export function staleNotice(rd: unknown, digest: string, s: WebStrings): string | undefined {
  return typeof rd === "string" && rd && rd !== digest ? s.staleLink.replace("{then}", rd).replace("{now}", digest) : undefined;
}
