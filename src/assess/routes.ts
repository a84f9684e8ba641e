/**
 * `jurisdiction.paths`: where jurisdiction is not established, each route that could establish it
 * (rules/routes/routes.json), with the States concerned and the obstacles the facts show.
 */
import { Lang, fillSlots, joinList } from "../i18n/format";
import { MESSAGES } from "../i18n/messages";
import { Runtime } from "../runtime";
import type { IncidentRun } from "./assess";
import { CaseRecord } from "./record";
import { IncidentJurisdiction, PathRoute } from "./types";



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
  const out: PathRoute[] = [];
  for (const r of rt.routes) {
    let states: string[] = [];
    let obstacleStates: string[] = [];
    switch (r.id) {
      case "security-council-referral":
        states = territorial;
        // A permanent member's negative vote blocks the resolution (UN Charter, art. 27(3)).
        obstacleStates = concerned.filter((s) => rt.ref.permanentMembers.has(s));
        break;
      case "declaration-territorial-state": states = nonParties(territorial); break;
      case "declaration-nationality-state": states = nonParties(nationals); break;
      case "accession": states = nonParties(concerned); break;
      // Effects felt in a State Party are not an element there (Pre-Trial Chamber I, 6 September 2018).
      case "element-on-state-party-territory": obstacleStates = effectsInParties; break;
      case "national-of-state-party": break;
      default: continue;
    }
    if (["declaration-territorial-state", "declaration-nationality-state", "accession"].includes(r.id) && states.length === 0) continue;
    out.push({ route: r.id, provision: r.provision, states, obstacleStates, incidents: ids });
  }
  return out;
}

/** A route's words in the language asked for (rules/routes/routes.json), filled with the States' names. */
export function explainRoute(p: PathRoute, rt: Runtime, lang: Lang, name: (state: string) => string): Required<PathRoute> {
  const def = rt.routes.find((r) => r.id === p.route);
  if (!def) return { ...p, title: p.route, whatItTakes: "", obstacles: [] };
  const r = { ...def, ...(lang === "fr" && def.fr ? def.fr : {}) };
  const states = joinList(p.states.map(name), lang, "or");
  return {
    ...p,
    title: r.title,
    whatItTakes: fillSlots(r.whatItTakes, { territories: states || MESSAGES[lang].theStatesConcerned, states }),
    obstacles: p.obstacleStates.map((s) => fillSlots(r.obstacle ?? "", { state: name(s) })),
  };
}
