/**
 * The facts of a scenario as `rome-assess scenarios show` prints them: each incident in one line
 * (act, dates, places, the persons named as alleged perpetrators — Art. 66), then each fact the
 * rules read with its value and the sources the scenario cites for it (the memo's Annex B, in
 * text), then the sources. Words in templates/cli/<lang>/scenario-facts.txt.hbs (English so far, as
 * the rest of `scenarios show`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { Assessment } from "../assess/types";
import { explainAssessment } from "../assess/explainAssessment";
import type { FactSet } from "../facts/factSet.generated";
import { Lang, fillSlots, formatDate } from "../i18n/format";
import { factsAnnex } from "../memo/factsAnnex";
import { memoStrings } from "../memo/renderMemo";
import { stateName } from "../reference/reference";
import { Runtime } from "../runtime";

const compiled = new Map<Lang, HandlebarsTemplateDelegate>();

export function renderScenarioFacts(lean: Assessment, fs: FactSet, file: string, rt: Runtime): string {
  const lang = lean.lang;
  let tpl = compiled.get(lang);
  if (!tpl) compiled.set(lang, (tpl = Handlebars.create().compile(readFileSync(join(rt.root, "templates", "cli", lang, "scenario-facts.txt.hbs"), "utf8"), { noEscape: true, strict: false })));
  const a = explainAssessment(lean, rt);
  const s = memoStrings(lang);
  const acts = new Map(a.crimesAgainstHumanity.incidents.map((x) => [x.id, x.title]));
  const date = (d: string | null | undefined) => (d ? formatDate(d, lang) : s.unknown);
  const annex = factsAnnex(a, s);
  return tpl({
    file,
    incidents: (fs.incidents ?? []).map((inc) => ({
      id: inc.id,
      act: acts.get(inc.id) ?? inc.act ?? s.unknown,
      from: date(inc.start),
      to: date(inc.end),
      // Named as the memo names them: the State, and what happened there in words.
      places: (inc.territories ?? []).map((t) => fillSlots(s.body.place, { state: stateName(rt.ref, t.state), part: s.body.part[t.part as keyof typeof s.body.part] ?? s.unknown })).join("; "),
      persons: (inc.perpetrators ?? []).map((p) => p.name ?? p.id).join("; "),
    })),
    facts: annex.facts.map((f) => ({ name: f.name, value: f.value, sources: f.sources.join(", "), pointer: f.pointer })),
    sources: (fs.sources ?? []).map((src) => ({ id: src.id, citation: src.citation, url: src.url ?? "" })),
  });
}
