/**
 * Article 7 contextual elements (rules/article7/contextual.json): the attack (Art. 7(1) chapeau,
 * 7(2)(a), EoC Introduction to art. 7 para 3 and fn 6), assessed once per fact set, and each
 * incident's link to it and the perpetrator's knowledge of it (the last two elements of every act).
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { assess } from "../../src/assess/assess";

const ROOT = path.resolve(__dirname, "../../..");

type Outcome = "met" | "not_met" | "undetermined";
interface ElementNode { id: string; outcome: Outcome; facts?: { pointer: string; value: unknown }[]; explanation?: string }
interface IncidentNode { id: string; act: string; outcome: Outcome; elements: ElementNode[] }
interface MissingFact { pointer: string; question: string; neededFor: string[] }
interface AssessmentView {
  crimesAgainstHumanity: {
    outcome: Outcome;
    contextualElements: { outcome: Outcome; elements: ElementNode[] };
    incidents: IncidentNode[];
  };
  missingFacts: MissingFact[];
}
interface LeafJson { fact: string; path?: string; question?: string; name: string }
type ConditionJson = { all: ConditionJson[] } | { any: ConditionJson[] } | { not: ConditionJson } | LeafJson;
interface RuleJson { id: string; scope: string; conditions: ConditionJson }

const contextual = JSON.parse(readFileSync(path.join(ROOT, "rules/article7/contextual.json"), "utf8")) as { rules: RuleJson[] };

function leavesOf(c: ConditionJson, out: LeafJson[] = []): LeafJson[] {
  if ("all" in c) c.all.forEach((x) => leavesOf(x, out));
  else if ("any" in c) c.any.forEach((x) => leavesOf(x, out));
  else if ("not" in c) leavesOf(c.not, out);
  else out.push(c);
  return out;
}
/** The situation rule that reads attack.<field>, and its leaf. */
function attackReader(field: string): { rule: RuleJson; leaf: LeafJson } {
  for (const rule of contextual.rules) for (const leaf of leavesOf(rule.conditions)) if (leaf.fact === "attack" && leaf.path === field) return { rule, leaf };
  throw new Error(`no contextual rule reads attack.${field}`);
}

interface Attack {
  multipleActs?: boolean | null;
  againstCivilianPopulation?: boolean | null;
  policy?: "state" | "organization" | "none" | null;
  widespread?: boolean | null;
  systematic?: boolean | null;
}
const fullAttack = (): Attack => ({ multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true, systematic: true });

function factSet(attack: Attack, incident: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    factSetVersion: 1,
    assessmentDate: "2020-01-01",
    attack,
    incidents: [{
      id: "i1", act: "murder", elements: { killed: true, intent: true }, partOfAttack: true, knowledgeOfAttack: true,
      start: "2019-01-01", end: "2019-01-31", territories: [{ state: "BGD", part: "conduct" }],
      ...incident,
    }],
  };
}

async function run(fs: unknown): Promise<AssessmentView> {
  const r = (await assess(fs, { explain: true })) as unknown as { ok: true; assessment: AssessmentView } | { ok: false; errors: { pointer: string; message: string }[] };
  if (!r.ok) assert.fail(`assess() rejected the fact set: ${JSON.stringify(r.errors)}`);
  return r.assessment;
}
const ctx = (a: AssessmentView) => a.crimesAgainstHumanity.contextualElements;
function ctxElement(a: AssessmentView, id: string): ElementNode {
  const e = ctx(a).elements.find((x) => x.id === id);
  assert.ok(e, `no contextual element ${id} (have ${ctx(a).elements.map((x) => x.id).join(", ")})`);
  return e;
}
const incident = (a: AssessmentView) => a.crimesAgainstHumanity.incidents.find((i) => i.id === "i1")!;
const missing = (a: AssessmentView, pointer: string) => a.missingFacts.find((m) => m.pointer === pointer);

describe("the rules' shape", () => {
  test("one situation rule per contextual element, a conclusion art7-attack over them, and two incident rules", () => {
    const byId = new Map(contextual.rules.map((r) => [r.id, r]));
    const attack = byId.get("art7-attack");
    assert.ok(attack && attack.scope === "attack");
    const reads = leavesOf(attack.conditions);
    assert.ok("all" in attack.conditions);
    assert.equal(reads.length, 4);
    for (const leaf of reads) {
      assert.equal(leaf.fact, "results");
      assert.equal(byId.get(leaf.path!)?.scope, "attack");
    }
    const fieldsRead = reads.flatMap((l) => leavesOf(byId.get(l.path!)!.conditions).map((x) => x.path)).sort();
    assert.deepEqual(fieldsRead, ["againstCivilianPopulation", "multipleActs", "policy", "systematic", "widespread"]);
    const ws = attackReader("widespread").rule;
    assert.equal(ws.id, attackReader("systematic").rule.id, "widespread and systematic are alternatives of one rule");
    assert.ok("any" in ws.conditions, "widespread or systematic is an any");
    assert.equal(byId.get("art7-part-of-attack")?.scope, "incident");
    assert.equal(byId.get("art7-knowledge-of-attack")?.scope, "incident");
    assert.deepEqual(leavesOf(byId.get("art7-part-of-attack")!.conditions).map((l) => `${l.fact}.${l.path}`), ["incident.partOfAttack"]);
    assert.deepEqual(leavesOf(byId.get("art7-knowledge-of-attack")!.conditions).map((l) => `${l.fact}.${l.path}`), ["incident.knowledgeOfAttack"]);
  });
});

describe("the attack (Art. 7(1), 7(2)(a))", () => {
  test("all elements true → met, and the incident is met", async () => {
    const a = await run(factSet(fullAttack()));
    assert.equal(ctx(a).outcome, "met");
    for (const f of ["multipleActs", "againstCivilianPopulation", "policy", "widespread"]) assert.equal(ctxElement(a, attackReader(f).rule.id).outcome, "met", f);
    assert.equal(incident(a).outcome, "met");
  });

  test("systematic alone suffices", async () => {
    const a = await run(factSet({ ...fullAttack(), widespread: false, systematic: true }));
    assert.equal(ctx(a).outcome, "met");
    assert.equal(incident(a).outcome, "met");
  });

  test("widespread alone suffices", async () => {
    const a = await run(factSet({ ...fullAttack(), widespread: true, systematic: false }));
    assert.equal(ctx(a).outcome, "met");
  });

  test("widespread alone suffices, and then whether it was also systematic is not asked", async () => {
    const a = await run(factSet({ ...fullAttack(), widespread: true, systematic: null }));
    assert.equal(ctx(a).outcome, "met");
    assert.equal(missing(a, "/attack/systematic"), undefined);
  });

  test("neither widespread nor systematic → not_met", async () => {
    const a = await run(factSet({ ...fullAttack(), widespread: false, systematic: false }));
    assert.equal(ctx(a).outcome, "not_met");
    assert.equal(ctxElement(a, attackReader("widespread").rule.id).outcome, "not_met");
    assert.equal(incident(a).outcome, "not_met");
  });

  test("neither known → undetermined, and both are asked", async () => {
    const a = await run(factSet({ ...fullAttack(), widespread: null, systematic: null }));
    assert.equal(ctx(a).outcome, "undetermined");
    assert.ok(missing(a, "/attack/widespread"));
    assert.ok(missing(a, "/attack/systematic"));
  });

  test("an organizational policy suffices", async () => {
    const a = await run(factSet({ ...fullAttack(), policy: "organization" }));
    assert.equal(ctx(a).outcome, "met");
    assert.equal(ctxElement(a, attackReader("policy").rule.id).outcome, "met");
  });

  test("policy \"none\" fails", async () => {
    const a = await run(factSet({ ...fullAttack(), policy: "none" }));
    assert.equal(ctx(a).outcome, "not_met");
    assert.equal(ctxElement(a, attackReader("policy").rule.id).outcome, "not_met");
    assert.equal(incident(a).outcome, "not_met");
  });

  for (const how of ["absent", "null"] as const) {
    test(`policy ${how} → undetermined, and /attack/policy is asked`, async () => {
      const attack = fullAttack();
      if (how === "absent") delete attack.policy;
      else attack.policy = null;
      const a = await run(factSet(attack));
      assert.equal(ctx(a).outcome, "undetermined");
      assert.equal(ctxElement(a, attackReader("policy").rule.id).outcome, "undetermined");
      assert.equal(incident(a).outcome, "undetermined");
      const m = missing(a, "/attack/policy");
      assert.ok(m, `missingFacts: ${JSON.stringify(a.missingFacts.map((x) => x.pointer))}`);
      assert.equal(m.question, attackReader("policy").leaf.question);
      assert.ok(m.neededFor.length > 0);
    });
  }

  test("an attack directed at combatants, not a civilian population, fails", async () => {
    const a = await run(factSet({ ...fullAttack(), againstCivilianPopulation: false }));
    assert.equal(ctx(a).outcome, "not_met");
    assert.equal(ctxElement(a, attackReader("againstCivilianPopulation").rule.id).outcome, "not_met");
    assert.equal(incident(a).outcome, "not_met");
  });

  test("a single act with no course of conduct fails", async () => {
    const a = await run(factSet({ ...fullAttack(), multipleActs: false }));
    assert.equal(ctx(a).outcome, "not_met");
    assert.equal(ctxElement(a, attackReader("multipleActs").rule.id).outcome, "not_met");
  });

  test("no attack facts at all → undetermined, and every element of the attack is asked", async () => {
    const a = await run(factSet({}));
    assert.equal(ctx(a).outcome, "undetermined");
    for (const f of ["multipleActs", "againstCivilianPopulation", "policy"]) {
      const m = missing(a, `/attack/${f}`);
      assert.ok(m, f);
      assert.equal(m.question, attackReader(f).leaf.question);
    }
  });

  test("a failing element decides the attack even when others are unknown", async () => {
    const a = await run(factSet({ multipleActs: null, againstCivilianPopulation: false, policy: null, widespread: null, systematic: null }));
    assert.equal(ctx(a).outcome, "not_met");
  });
});

describe("the incident's link to the attack and the perpetrator's knowledge of it", () => {
  test("conduct not part of the attack → the act is not_met", async () => {
    const a = await run(factSet(fullAttack(), { partOfAttack: false }));
    assert.equal(incident(a).outcome, "not_met");
  });

  test("no knowledge or intent → the act is not_met", async () => {
    const a = await run(factSet(fullAttack(), { knowledgeOfAttack: false }));
    assert.equal(incident(a).outcome, "not_met");
  });

  test("link or knowledge unknown → undetermined, and each is asked", async () => {
    const fs = factSet(fullAttack(), { partOfAttack: null });
    delete ((fs.incidents as Record<string, unknown>[])[0]!).knowledgeOfAttack;
    const a = await run(fs);
    assert.equal(incident(a).outcome, "undetermined");
    const rules = new Map(contextual.rules.map((r) => [r.id, r]));
    for (const [f, id] of [["partOfAttack", "art7-part-of-attack"], ["knowledgeOfAttack", "art7-knowledge-of-attack"]] as const) {
      const m = missing(a, `/incidents/0/${f}`);
      assert.ok(m, `missingFacts: ${JSON.stringify(a.missingFacts.map((x) => x.pointer))}`);
      assert.equal(m.question, leavesOf(rules.get(id)!.conditions)[0]!.question);
    }
  });
});
