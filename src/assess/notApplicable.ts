/**
 * Only what is in play is evaluated (DESIGN): a Security Council referral of another territory,
 * a declaration by a State no incident concerns, a situation of the Court whose steps cannot reach
 * any incident. They are listed here once, by id, so a reader sees that they were considered and
 * set aside, without a trace for each incident.
 */
import type { CaseRecord } from "./record";

export interface NotApplicable { kind: "security-council-referral" | "declaration" | "situation"; ids: string[] }

export function notApplicable(rec: CaseRecord): NotApplicable[] {
  const incidents = rec.factSet.incidents ?? [];
  const concerned = new Set(incidents.flatMap((inc) => [...(inc.territories ?? []).map((t) => t.state), ...(inc.perpetrators ?? []).flatMap((p) => p.nationalities ?? [])]));
  // A State is unknown where an incident does not say where or by whom: then nothing is set aside.
  const everyKnown = incidents.length > 0 && incidents.every((inc) => inc.territories !== undefined && inc.perpetrators !== undefined && inc.perpetrators.every((p) => p.nationalities !== undefined));
  const inPlay = new Set(rec.steps.map((s) => s.key));
  const out: NotApplicable[] = [];
  const sc = rec.securityCouncilReferrals.filter((r) => !inPlay.has(`security-council:${r.id}`)).map((r) => r.id);
  if (sc.length) out.push({ kind: "security-council-referral", ids: sc });
  if (everyKnown) {
    const decl = rec.declarations.filter((d) => !concerned.has(d.state)).map((d) => d.id);
    if (decl.length) out.push({ kind: "declaration", ids: decl });
  }
  const played = new Set(rec.steps.map((s) => s.situation?.id).filter((x): x is string => !!x));
  const situations = rec.ref.situations
    .filter((s) => s.steps.some((st) => (st.kind === "state-referral" || st.kind === "authorization") && st.date && st.date <= rec.assessmentDate))
    .map((s) => s.id).filter((id) => !played.has(id));
  if (situations.length) out.push({ kind: "situation", ids: situations });
  return out;
}
