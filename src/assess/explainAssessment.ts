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
import { ActAssessment, Assessment, PathRoute } from "./types";

type Titled<T> = Omit<T, "title"> & { title: string };
export type ExplainedAssessment = Omit<Explained<Assessment>, "jurisdiction" | "crimesAgainstHumanity"> & {
  jurisdiction: Omit<Explained<Assessment>["jurisdiction"], "paths"> & { paths: Required<PathRoute>[] };
  crimesAgainstHumanity: Omit<Explained<Assessment>["crimesAgainstHumanity"], "incidents"> & { incidents: Titled<Explained<ActAssessment>>[] };
  citations: string[];
};

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
    citations: citationsOf(a, rt.book),
  };
}
