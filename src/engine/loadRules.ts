/**
 * Loads the law from rules/ once, at start-up: validates every file against the rule-file schema,
 * lints what a schema cannot say (unique ids, known references, no cycles), and orders the rules
 * so that each is evaluated after the rules it reads. A bad file stops start-up with its name and
 * the JSON path of the problem.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import ruleFileSchema from "../../schemas/rule-file.schema.json";
import { ActFile, Condition, Leaf, RuleDef, Scope } from "./types";

export class RuleLoadError extends Error {
  constructor(readonly file: string, readonly path: string, readonly problem: string) {
    super(`${file}: ${path || "/"}: ${problem}`);
    this.name = "RuleLoadError";
  }
}

export interface ActBook extends ActFile { elementRuleIds: string[] }

export interface RuleBook {
  /** Every rule, each after the rules it reads. */
  rules: RuleDef[];
  byId: Map<string, RuleDef>;
  acts: Map<string, ActBook>;
  /** sha256 over every file in rules/ (law and reference data). */
  digest: string;
  /** The rules of each scope, in evaluation order. */
  byScope: Map<Scope, RuleDef[]>;
  /** Situation rules that wait on the situation's own subjects (referrals, deferrals, withdrawals). */
  late: Set<string>;
  /**
   * Incident rules that read a rule concerning one act only (EoC art. 7(1)(i) fn 24 in
   * `jurisdiction-incident`), as they apply to an incident of each other act: without that
   * condition, which does not concern it. Rule id → act → the rule for that act.
   */
  variants: Map<string, Map<string, RuleDef>>;
}

/** The rule as it applies to an incident of `act` (the rule itself unless it has a variant for it). */
export function ruleForAct(book: RuleBook, rule: RuleDef, act: string): RuleDef {
  return book.variants.get(rule.id)?.get(act) ?? rule;
}

/** Scopes whose rules may read an attack rule: the attack's own rules, and incident rules (each reads its own attack's). */
const READS_ATTACK: Scope[] = ["attack", "incident"];

/** Subject scopes evaluated per incident; the rest of the situation is evaluated around them. */
export const INCIDENT_SUBJECT_SCOPES: Scope[] = ["perpetrator", "territory-membership", "territory-declaration", "nationality-membership", "nationality-declaration", "security-council-referral"];
export const SITUATION_SUBJECT_SCOPES: Scope[] = ["state-referral", "security-council-trigger", "authorization", "deferral", "withdrawal", "trigger-coverage", "incident-trigger"];

/** Directories of rules/ that hold data read by TypeScript, not rules (the provisions' words: ./provisions.ts). */
const NOT_RULES = new Set(["reference", "routes", "provisions"]);

function listJson(dir: string, root: string, skip: boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!(skip && NOT_RULES.has(name))) out.push(...listJson(full, root, false));
    } else if (name.endsWith(".json")) out.push(full);
  }
  return out;
}

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...allFiles(full));
    else out.push(full);
  }
  return out;
}

const REFERENCING_FACTS = new Set(["results", "anyOf", "allOf", "countOf"]);

function leaves(c: Condition, path: string, out: { leaf: Leaf; path: string }[] = []) {
  if ("all" in c) c.all.forEach((x, i) => leaves(x, `${path}/all/${i}`, out));
  else if ("any" in c) c.any.forEach((x, i) => leaves(x, `${path}/any/${i}`, out));
  else if ("not" in c) leaves(c.not, `${path}/not`, out);
  else out.push({ leaf: c as Leaf, path });
  return out;
}

/** The rules a rule reads through `results` / `anyOf` / `allOf` / `countOf`, with where. */
export function dependenciesOf(rule: RuleDef): { id: string; path: string }[] {
  const deps: { id: string; path: string }[] = [];
  for (const { leaf, path } of leaves(rule.conditions, "/conditions")) {
    if (REFERENCING_FACTS.has(leaf.fact) && leaf.path) deps.push({ id: leaf.path, path });
    const v = leaf.value as { fact?: unknown; path?: unknown } | null;
    if (v && typeof v === "object" && typeof v.fact === "string" && REFERENCING_FACTS.has(v.fact) && typeof v.path === "string") deps.push({ id: v.path, path: `${path}/value` });
  }
  return deps;
}

export function loadRuleBook(rulesDir: string): RuleBook {
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  const validate = ajv.compile(ruleFileSchema);
  const rules: RuleDef[] = [];
  const acts = new Map<string, ActBook>();
  const where = new Map<string, { file: string; path: string }>();

  for (const full of listJson(rulesDir, rulesDir, true)) {
    const file = join("rules", relative(rulesDir, full));
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(full, "utf8"));
    } catch (e) {
      throw new RuleLoadError(file, "", `not valid JSON (${(e as Error).message})`);
    }
    if (!validate(doc)) {
      const err = validate.errors![0]!;
      const detail = err.params && "additionalProperty" in err.params ? ` (${String(err.params.additionalProperty)})` : "";
      throw new RuleLoadError(file, err.instancePath, `${err.message ?? "invalid"}${detail}`);
    }
    const f = doc as { act?: string; provision?: string; title?: string; conclusion?: string; fr?: ActFile["fr"]; rules: Omit<RuleDef, "file">[] };
    f.rules.forEach((r, i) => {
      const prior = where.get(r.id);
      if (prior) throw new RuleLoadError(file, `/rules/${i}/id`, `duplicate rule id "${r.id}" (also in ${prior.file})`);
      where.set(r.id, { file, path: `/rules/${i}` });
      rules.push({ ...r, file, ...(f.act ? { act: f.act } : {}) });
    });
    if (f.act) {
      if (acts.has(f.act)) throw new RuleLoadError(file, "/act", `act "${f.act}" is already defined in ${acts.get(f.act)!.file}`);
      const conclusionIndex = f.rules.findIndex((r) => r.id === f.conclusion);
      if (conclusionIndex < 0) throw new RuleLoadError(file, "/conclusion", `no rule "${f.conclusion}" in this file`);
      acts.set(f.act, {
        act: f.act, provision: f.provision!, title: f.title!, conclusion: f.conclusion!, file, ...(f.fr ? { fr: f.fr } : {}),
        elementRuleIds: f.rules.filter((r) => r.id !== f.conclusion).map((r) => r.id),
      });
    }
  }

  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const r of rules) {
    const w = where.get(r.id)!;
    if (r.act && !acts.has(r.act)) throw new RuleLoadError(w.file, `${w.path}/act`, `concerns act "${r.act}", which no act file defines`);
    if (r.act && r.scope !== "incident") throw new RuleLoadError(w.file, `${w.path}/act`, `only an incident rule can concern one act (scope is "${r.scope}")`);
    for (const d of dependenciesOf(r)) {
      const dep = byId.get(d.id);
      if (!dep) throw new RuleLoadError(w.file, `${w.path}${d.path}`, `reads rule "${d.id}", which does not exist`);
      if (dep.scope === "attack" && !READS_ATTACK.includes(r.scope)) throw new RuleLoadError(w.file, `${w.path}${d.path}`, `reads attack rule "${d.id}", evaluated once per attack: only attack and incident rules can read it`);
      if (r.scope === "attack" && dep.scope !== "attack") throw new RuleLoadError(w.file, `${w.path}${d.path}`, `an attack rule can read only rules of its own attack, not "${d.id}" (scope "${dep.scope}")`);
    }
  }

  // The other reading of a contested point replaces the rule's conditions in a second book: it may
  // read only what the rule reads, so that the order below holds for both books.
  for (const r of rules) {
    if (!r.reading) continue;
    const w = where.get(r.id)!;
    const own = new Set(dependenciesOf(r).map((d) => d.id));
    const extra = dependenciesOf({ conditions: r.reading.conditions } as RuleDef).find((d) => !own.has(d.id));
    if (extra) throw new RuleLoadError(w.file, `${w.path}/reading/conditions${extra.path.slice("/conditions".length)}`, `the other reading reads rule "${extra.id}", which the rule itself does not read`);
    const twice = rules.find((x) => x !== r && x.reading?.id === r.reading!.id);
    if (twice) throw new RuleLoadError(w.file, `${w.path}/reading/id`, `reading "${r.reading.id}" is also defined by rule "${twice.id}"`);
  }

  // Topological order (depth-first, stable in file order); a cycle stops start-up.
  const ordered: RuleDef[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (r: RuleDef, chain: string[]) => {
    const s = state.get(r.id);
    if (s === "done") return;
    if (s === "visiting") {
      const w = where.get(r.id)!;
      throw new RuleLoadError(w.file, w.path, `rules read each other in a cycle: ${[...chain, r.id].join(" → ")}`);
    }
    state.set(r.id, "visiting");
    for (const d of dependenciesOf(r)) visit(byId.get(d.id)!, [...chain, r.id]);
    state.set(r.id, "done");
    ordered.push(r);
  };
  for (const r of rules) visit(r, []);

  const byScope = new Map<Scope, RuleDef[]>();
  for (const r of ordered) byScope.set(r.scope, [...(byScope.get(r.scope) ?? []), r]);

  const hash = createHash("sha256");
  for (const full of allFiles(rulesDir)) hash.update(relative(rulesDir, full)).update("\0").update(readFileSync(full)).update("\0");
  const variants = actVariants(ordered, byId, acts, where);
  // An act variant keeps the conditions it was made from: the other reading could not reach it.
  for (const id of variants.keys()) if (byId.get(id)!.reading) throw new RuleLoadError(where.get(id)!.file, `${where.get(id)!.path}/reading`, "a rule that reads a rule of one act only cannot carry a reading");
  return { rules: ordered, byId, acts, digest: `sha256:${hash.digest("hex")}`, byScope, late: lateSituationRules(ordered, byId), variants };
}

/** Leave out the conditions that read a rule concerning another act than `act`; null if nothing is left. */
function forAct(c: Condition, act: string, byId: Map<string, RuleDef>): Condition | null {
  if ("all" in c || "any" in c) {
    const key = "all" in c ? "all" : "any";
    const kept = ((c as Record<string, Condition[]>)[key]!).map((x) => forAct(x, act, byId)).filter((x): x is Condition => x !== null);
    return kept.length ? ({ ...c, [key]: kept } as Condition) : null;
  }
  if ("not" in c) {
    const inner = forAct(c.not, act, byId);
    return inner ? { ...c, not: inner } : null;
  }
  const deps = dependenciesOf({ conditions: c } as RuleDef).map((d) => byId.get(d.id)!);
  return deps.some((d) => d.act !== undefined && d.act !== act) ? null : c;
}

function actVariants(rules: RuleDef[], byId: Map<string, RuleDef>, acts: Map<string, ActBook>, where: Map<string, { file: string; path: string }>) {
  const variants = new Map<string, Map<string, RuleDef>>();
  for (const r of rules) {
    if (r.scope !== "incident" || r.act) continue;
    const actSpecific = new Set(dependenciesOf(r).map((d) => byId.get(d.id)!.act).filter((a): a is string => a !== undefined));
    if (actSpecific.size === 0) continue;
    const byAct = new Map<string, RuleDef>();
    for (const act of acts.keys()) {
      if (actSpecific.size === 1 && actSpecific.has(act)) continue;
      const conditions = forAct(r.conditions, act, byId);
      if (!conditions) {
        const w = where.get(r.id)!;
        throw new RuleLoadError(w.file, `${w.path}/conditions`, `for an incident of act "${act}", no condition is left once those concerning other acts are set aside`);
      }
      byAct.set(act, { ...r, conditions });
    }
    variants.set(r.id, byAct);
  }
  return variants;
}

/** Situation rules that read (directly or not) the situation's own subjects, or what is derived from them, run after the incidents. */
function lateSituationRules(rules: RuleDef[], byId: Map<string, RuleDef>): Set<string> {
  const late = new Set<string>();
  const readsDerived = (r: RuleDef) => JSON.stringify(r.conditions).includes('"fact":"derived"');
  const isLate = (r: RuleDef, seen = new Set<string>()): boolean => {
    if (SITUATION_SUBJECT_SCOPES.includes(r.scope) || readsDerived(r)) return true;
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return dependenciesOf(r).some((d) => isLate(byId.get(d.id)!, seen));
  };
  for (const r of rules) if (r.scope === "situation" && isLate(r)) late.add(r.id);
  return late;
}
