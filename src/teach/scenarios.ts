/** The teaching scenarios (scenarios/ and scenarios/expected/), loaded once at start-up. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { FactSet } from "../facts/factSet.generated";

export interface Teaching {
  objectives: string[]; questions: string[]; leadingDecision: string;
  whatIf: { description: string; patch: unknown[]; expect: Record<string, unknown> }[];
}
export interface Scenario {
  id: string; title: string; kind: "real" | "classroom"; description: string;
  factSet: FactSet; expected: Record<string, unknown>; teaching: Teaching | null;
}

export function loadScenarios(root: string): Scenario[] {
  const dir = join(root, "scenarios");
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const id = f.replace(/\.json$/, "");
    const factSet = JSON.parse(readFileSync(join(dir, f), "utf8")) as FactSet;
    const expected = JSON.parse(readFileSync(join(dir, "expected", f), "utf8")) as Record<string, unknown>;
    return {
      id, title: factSet.title ?? id, kind: expected.kind === "classroom" ? "classroom" : "real",
      description: String(expected.description ?? ""), factSet, expected, teaching: (expected.teaching as Teaching | undefined) ?? null,
    };
  });
}
