/**
 * A basis of jurisdiction, or the subject a rule was applied to, in words: the assessment names
 * them by key ("territory:BGD", "nationality:MMR (p1)", "perpetrator:p1",
 * "territory:UKR × declaration:UKR-2015"); a memo names States and persons.
 */
import { fillSlots } from "../i18n/format";
import type { MemoStrings } from "./strings";

type Name = (state: string) => string;

/** A basis ("territory:BGD", "nationality:GBR", "declaration:UKR-2015", "security-council:S/RES/1593 (2005)") in words. */
export function basisText(basis: string, s: MemoStrings, name: Name): string {
  const [kind, rest = ""] = basis.split(/:(.*)/s);
  const code = rest.replace(/ \(hypothetical\)$/, "");
  const hyp = rest.endsWith("(hypothetical)") ? s.body.hypotheticalTag : "";
  switch (kind) {
    case "territory": return fillSlots(s.body.basis.territory, { state: name(code) }) + hyp;
    case "nationality": return fillSlots(s.body.basis.nationality, { state: name(code) }) + hyp;
    case "declaration": return fillSlots(s.body.basis.declaration, { id: code });
    case "security-council": return fillSlots(s.body.basis.securityCouncil, { id: code });
    default: return basis;
  }
}

/** A subject's label in words; `person` names a perpetrator by id. */
export function subjectText(label: string, s: MemoStrings, name: Name, person: (id: string) => string): string {
  return label.split(" × ").map((part) => {
    const nationality = /^nationality:([A-Z]{3})( \(hypothetical\))? \((.+)\)$/.exec(part);
    if (nationality) return fillSlots(s.body.basis.nationalityOf, { state: name(nationality[1]!), person: person(nationality[3]!) }) + (nationality[2] ? s.body.hypotheticalTag : "");
    if (part.startsWith("perpetrator:")) return person(part.slice("perpetrator:".length));
    // A Security Council referral is named by its resolution ("S/RES/1593 (2005)").
    if (part.startsWith("S/RES/")) return basisText(`security-council:${part}`, s, name);
    return basisText(part, s, name);
  }).join(s.separator);
}
