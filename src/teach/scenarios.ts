/**
 * The teaching scenarios (scenarios/ and scenarios/expected/), loaded once at start-up.
 *
 * A scenario's words for people — its title, description and teaching notes — are in English in
 * the scenario's files, and in French in the expected file's `fr` object, which has the same shape
 * but only the words: the what-ifs' patches and expectations stay in the English entries, matched
 * by position. The API and the command line speak English; the web page asks `words(lang)`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { FactSet } from "../facts/factSet.generated";
import type { Lang } from "../i18n/format";

export interface Teaching {
  objectives: string[]; questions: string[]; leadingDecision: string;
  whatIf: { description: string; patch: unknown[]; expect: Record<string, unknown> }[];
}
/** What a reader is shown of a scenario, in one language. */
export interface ScenarioWords { title: string; description: string; teaching: Teaching | null }
/** The `fr` object of scenarios/expected/<id>.json: the words alone. */
export interface TranslatedWords {
  title: string; description: string;
  teaching?: { objectives: string[]; questions: string[]; leadingDecision: string; whatIf: { description: string }[] };
}
export interface Scenario {
  id: string; title: string; kind: "real" | "classroom"; description: string;
  factSet: FactSet;
  /** The expected outcome as the API sends it (the teacher's key): without the French words. */
  expected: Record<string, unknown>;
  teaching: Teaching | null;
  /** The scenario's words in `lang`: the French ones where they are written, else the English. */
  words(lang: Lang): ScenarioWords;
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const texts = (v: unknown, n: number) => Array.isArray(v) && v.length === n && v.every(isText);

/**
 * The English words with the translation's put in their place. A translation that is not the
 * English one's shape (a what-if missing, a string empty) stops start-up, naming the file: matched
 * by position, a what-if out of place would describe another what-if's patch.
 */
export function translated(en: ScenarioWords, t: unknown, where: string): ScenarioWords {
  const fail = (what: string): never => { throw new Error(`${where}: the translation's ${what} does not match the English words`); };
  const x = (t ?? {}) as Partial<TranslatedWords>;
  if (!isText(x.title)) fail("title");
  if (!isText(x.description)) fail("description");
  if (!en.teaching) return { title: x.title!, description: x.description!, teaching: null };
  const e = en.teaching, f = x.teaching;
  if (!f || typeof f !== "object") return fail("teaching");
  if (!texts(f.objectives, e.objectives.length)) fail("teaching.objectives");
  if (!texts(f.questions, e.questions.length)) fail("teaching.questions");
  if (!isText(f.leadingDecision)) fail("teaching.leadingDecision");
  if (!Array.isArray(f.whatIf) || f.whatIf.length !== e.whatIf.length || !f.whatIf.every((w) => isText(w?.description))) fail("teaching.whatIf");
  return {
    title: x.title!, description: x.description!,
    teaching: { ...f, whatIf: e.whatIf.map((w, k) => ({ ...w, description: f.whatIf[k]!.description })) },
  };
}

export function loadScenarios(root: string): Scenario[] {
  const dir = join(root, "scenarios");
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const id = f.replace(/\.json$/, "");
    const factSet = JSON.parse(readFileSync(join(dir, f), "utf8")) as FactSet;
    const { fr, ...expected } = JSON.parse(readFileSync(join(dir, "expected", f), "utf8")) as Record<string, unknown>;
    const en: ScenarioWords = {
      title: factSet.title ?? id, description: String(expected.description ?? ""), teaching: (expected.teaching as Teaching | undefined) ?? null,
    };
    const french = fr === undefined ? en : translated(en, fr, `scenarios/expected/${f}`);
    return {
      id, title: en.title, kind: expected.kind === "classroom" ? "classroom" : "real",
      description: en.description, factSet, expected, teaching: en.teaching,
      words: (lang: Lang) => (lang === "fr" ? french : en),
    };
  });
}
