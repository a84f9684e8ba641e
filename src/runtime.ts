/**
 * Everything loaded once at start-up: the rule book, the reference data, the engine version.
 * A request does no file I/O (DESIGN principle 6).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { RuleBook, loadRuleBook } from "./engine/loadRules";
import { Provisions, checkProvisions, loadProvisions } from "./engine/provisions";
import { ReferenceData, loadReference } from "./reference/reference";

/** A route to jurisdiction (rules/routes/routes.json). */
export interface RouteText { title: string; whatItTakes: string; obstacle?: string }
export interface RouteDef extends RouteText { id: string; provision: string; fr?: RouteText }

export interface Runtime {
  book: RuleBook; ref: ReferenceData; routes: RouteDef[]; version: string; root: string;
  /** What each provision the rules cite provides, in words (rules/provisions/). */
  provisions: Provisions;
}

export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export function loadRuntime(rulesDir?: string): Runtime {
  const root = projectRoot();
  const dir = rulesDir ?? join(root, "rules");
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const routes = (JSON.parse(readFileSync(join(dir, "routes", "routes.json"), "utf8")) as { routes: RouteDef[] }).routes;
  const book = loadRuleBook(dir);
  const provisions = loadProvisions(dir);
  checkProvisions(book, provisions);
  return { book, ref: loadReference(dir), routes, version, root, provisions };
}

let shared: Runtime | undefined;
/** The process-wide runtime, loaded on first use. */
export function runtime(): Runtime {
  return (shared ??= loadRuntime());
}
