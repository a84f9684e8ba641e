/**
 * An assessment with its words (DESIGN: the assessment is data; words are rendered at the edge):
 * every trace explained, each act and route titled, the routes' requirements and obstacles written
 * out, and the citations of the rules applied. The one rendering `?explain=true`, `--explain`, the
 * memo, the summary and the teaching tools share.
 */
import { Explained, citationsOf, explainAll } from "../engine/explain";
import type { Lang } from "../i18n/format";
import { stateNameIn } from "../i18n/format";
import { Runtime } from "../runtime";
import { explainRoute } from "./routes";
import { ActAssessment, Assessment, PathRoute, ReadingApplied } from "./types";

type Titled<T> = Omit<T, "title"> & { title: string };
/** A reading applied, with its words. */
export type ExplainedReading = Required<Omit<ReadingApplied, "asks">> & Pick<ReadingApplied, "asks">;
export type ExplainedAssessment = Omit<Explained<Assessment>, "jurisdiction" | "crimesAgainstHumanity" | "readings"> & {
  readings: ExplainedReading[];
  jurisdiction: Omit<Explained<Assessment>["jurisdiction"], "paths"> & { paths: Required<PathRoute>[] };
  crimesAgainstHumanity: Omit<Explained<Assessment>["crimesAgainstHumanity"], "incidents"> & { incidents: Titled<Explained<ActAssessment>>[] };
  citations: string[];
};

/** A reading's words in `lang`, from the rule that carries it. */
export function explainReading(r: ReadingApplied, rt: Runtime, lang: Lang): ExplainedReading {
  const reading = rt.book.byId.get(r.rule)!.reading!;
  const words = lang === "fr" ? reading.fr : reading;
  return { ...r, point: words.point, used: words.used, other: words.other, usedAuthority: reading.usedAuthority, otherAuthority: reading.otherAuthority };
}

export function explainAssessment(a: Assessment, rt: Runtime, lang: Lang = a.lang): ExplainedAssessment {
  const e = explainAll(a, rt.book, lang);
  const name = (s: string) => stateNameIn(s, lang, rt.ref.states.get(s)?.name);
  return {
    ...e,
    jurisdiction: { ...e.jurisdiction, paths: a.jurisdiction.paths.map((p) => explainRoute(p, rt, lang, name)) },
    crimesAgainstHumanity: {
      ...e.crimesAgainstHumanity,
      incidents: e.crimesAgainstHumanity.incidents.map((x) => {
        const act = rt.book.acts.get(x.act);
        return { ...x, title: act ? (lang === "fr" && act.fr ? act.fr.title : act.title) : x.act };
      }),
    },
    readings: a.readings.map((r) => explainReading(r, rt, lang)),
    citations: citationsOf(a, rt.book),
  };
}
