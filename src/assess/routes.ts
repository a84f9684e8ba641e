/**
 * `jurisdiction.paths`: where jurisdiction is not established, each route that could establish it
 * (rules/routes/routes.json), with the States concerned and the obstacles the facts show.
 */
import { joinList } from "../i18n/format";
import { Runtime } from "../runtime";
import type { IncidentRun } from "./assess";
import { CaseRecord } from "./record";
import { IncidentJurisdiction, PathRoute } from "./types";


const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

export function routesFor(rec: CaseRecord, rt: Runtime, incidents: IncidentJurisdiction[], runs: IncidentRun[]): PathRoute[] {
  const open = incidents.filter((x, k) => x.outcome !== "established"
    // No route reaches conduct before 1 July 2002 (Arts. 11(1), 24) or persons under eighteen (Art. 26).
    && runs[k]!.traces.get("art11-1")?.outcome !== "not_met"
    // Nor an enforced disappearance belonging to an attack before the Statute (EoC art. 7(1)(i), fn 24).
    && runs[k]!.traces.get("eoc-7-1-i-fn24")?.outcome !== "not_met");
  if (open.length === 0) return [];
  const ids = open.map((x) => x.id);
  const incs = (rec.factSet.incidents ?? []).filter((inc) => ids.includes(inc.id));
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  const isParty = (s: string) => rec.memberships(s).some((m) => !m.hypothetical && m.windows.length > 0 && (m.windows.at(-1)!.to === null || m.windows.at(-1)!.to! >= rec.assessmentDate));
  const territorial = uniq(incs.flatMap((i) => (i.territories ?? []).filter((t) => t.part !== "effects").map((t) => t.state)));
  const nationals = uniq(incs.flatMap((i) => (i.perpetrators ?? []).flatMap((p) => p.nationalities ?? [])));
  const effectsInParties = uniq(incs.flatMap((i) => (i.territories ?? []).filter((t) => t.part === "effects").map((t) => t.state))).filter(isParty);
  const concerned = uniq([...territorial, ...nationals]);
  const nonParties = (xs: string[]) => xs.filter((s) => !isParty(s));
  const names = (xs: string[]) => xs.map((s) => rec.name(s));
  const out: PathRoute[] = [];
  const list = (xs: string[]) => joinList(xs, rec.lang, "or");
  for (const def of rt.routes) {
    const r = { ...def, ...(rec.lang === "fr" && def.fr ? def.fr : {}) };
    let states: string[] = [];
    let obstacles: string[] = [];
    switch (r.id) {
      case "security-council-referral":
        states = territorial;
        obstacles = concerned.filter((s) => rt.ref.permanentMembers.has(s)).map((s) => fill(r.obstacle ?? "", { state: rec.name(s) }));
        break;
      case "declaration-territorial-state": states = nonParties(territorial); break;
      case "declaration-nationality-state": states = nonParties(nationals); break;
      case "accession": states = nonParties(concerned); break;
      case "element-on-state-party-territory":
        obstacles = effectsInParties.map((s) => fill(r.obstacle ?? "", { state: rec.name(s) }));
        break;
      case "national-of-state-party": break;
      default: continue;
    }
    if (["declaration-territorial-state", "declaration-nationality-state", "accession"].includes(r.id) && states.length === 0) continue;
    out.push({
      route: r.id, provision: r.provision, title: r.title,
      whatItTakes: fill(r.whatItTakes, { territories: list(names(states)) || rec.msg.theStatesConcerned, states: list(names(states)) }),
      obstacles, incidents: ids,
    });
  }
  return out;
}
