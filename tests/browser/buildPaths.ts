/**
 * Build pages mid-interview, for the page-wide tests (pages.test.ts, french.test.ts): a state of
 * the interview is a URL (src/web/buildState.ts), given here without its language, which the
 * tests add.
 */
import type { FactSet } from "../../src/facts/factSet.generated";
import { encodeFactSet } from "../../src/web/buildState";

const deportation = { id: "deportation-to-lithuania", act: "deportation" };
const path = (factSet: object, more: Record<string, string | string[]> = {}) => {
  const q = new URLSearchParams({ f: encodeFactSet(factSet as FactSet) });
  for (const [k, v] of Object.entries(more)) for (const x of [v].flat()) q.append(k, x);
  return `/build?${q.toString()}`;
};

export const BUILD_PAGES: Record<string, string> = {
  // What happened: the first question of a blank fact set (its act, a line on it, its id).
  "build-incident": path({ factSetVersion: 1 }),
  // The record: a State referral, an authorization, a Security Council referral, each with its fields.
  "build-record": path({ factSetVersion: 1, incidents: [deportation] }, { step: "record" }),
  // Rows of places, one given; a question passed over; the other open questions.
  "build-places": path({ factSetVersion: 1, incidents: [{ ...deportation, territories: [{ state: "BLR", part: "conduct" }] }], referrals: { states: [{ by: ["LTU"], date: "2024-09-30" }] } },
    { rec: "1", ask: "/incidents/0/territories", skip: "/incidents/0/start" }),
};
