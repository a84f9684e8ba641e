/**
 * The fact-set pointers an assessment read, for the facts panel's marks and its "only the facts
 * the outcome reads" filter: each fact's own pointer and those a derived value rests on, and the
 * record's dates that a rule reads through a window made from them (the traces name the window,
 * not the dates): a deferral's twelve months (Art. 16), a declaration's period (Art. 12(3)), a
 * step's scope checked against each incident (Arts. 13–15).
 */
import type { Assessment } from "../assess/types";
import { eachTrace } from "../engine/explain";
import type { FactSet } from "../facts/factSet.generated";

/** A declaration's or a deferral's entry: its rules compare a date with the window its dates make (Arts. 12(3), 16). */
const WINDOWED = /^\/(?:declarations|deferrals)\/\d+(?=\/|$)/;

export function readPointers(a: Assessment, fs: FactSet): Set<string> {
  const read = new Set<string>();
  const window = (at: string) => { read.add(`${at}/from`); read.add(`${at}/to`); };
  eachTrace(a, (t) => {
    for (const f of t.facts) {
      if (f.pointer) read.add(f.pointer);
      for (const p of f.from ?? []) read.add(p);
      // A rule that read a declaration or a deferral of the fact set read its window too.
      const entry = f.pointer ? WINDOWED.exec(f.pointer)?.[0] : undefined;
      if (entry) window(entry);
    }
  });
  const t = a.jurisdiction.trigger;
  // Arts. 13–15: an incident is checked against the scope of each step in play; a scope the fact set gives is read there.
  const checked = new Set(t.incidents.flatMap((inc) => inc.coverage.map((c) => c.subject.split(" × ")[0]!)));
  for (const key of checked) {
    const j = /^state-referral:(\d+)$/.exec(key)?.[1];
    if (j !== undefined) {
      const r = fs.referrals?.states?.[Number(j)];
      if (r) window(r.scope ? `/referrals/states/${j}/scope` : `/referrals/states/${j}`);
    } else if (/^proprio-motu(:\d+)?$/.test(key) && fs.proprioMotu?.scope) window("/proprioMotu/scope");
    else if (key.startsWith("security-council:")) {
      const i = (fs.referrals?.securityCouncil ?? []).findIndex((r) => `security-council:${r.resolution}` === key);
      if (i >= 0) window(fs.referrals!.securityCouncil![i]!.scope ? `/referrals/securityCouncil/${i}/scope` : `/referrals/securityCouncil/${i}`);
    }
  }
  return read;
}
