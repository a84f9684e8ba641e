/**
 * Article 7(1) acts: every act, driven from schemas/acts.schema.json and rules/article7/acts/*.json.
 * For each act: all elements true → met; each element false → not_met; each element null or
 * absent → undetermined, with the element's pointer and question in missingFacts. Then the acts
 * with particular structure (enforced disappearance's limbs, torture without purpose or official,
 * deportation vs forcible transfer, persecution's grounds and connection), and the rule files'
 * conformity to docs/RULES.md.
 */
import { describe, test } from "node:test";
import Ajv2020 from "ajv/dist/2020";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { assess } from "../../src/assess/assess";

const ROOT = path.resolve(__dirname, "../../..");

type Outcome = "met" | "not_met" | "undetermined";

interface LeafJson {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  name?: string;
  question?: string;
}
type ConditionJson = { all: ConditionJson[] } | { any: ConditionJson[] } | { not: ConditionJson } | LeafJson;
interface RuleJson {
  id: string;
  scope: string;
  provision: string;
  title: string;
  citations: string[];
  conditions: ConditionJson;
  explanation: { met: string; not_met: string; undetermined: string };
  [k: string]: unknown;
}
interface RuleFileJson {
  description: string;
  act?: string;
  provision?: string;
  title?: string;
  conclusion?: string;
  rules: RuleJson[];
  [k: string]: unknown;
}
interface SchemaProperty { type: unknown; description: string }
interface ActSchemaJson {
  type: string;
  title: string;
  description: string;
  properties: Record<string, SchemaProperty>;
  additionalProperties: boolean;
}
interface ActsSchemaJson {
  $id: string;
  $defs: Record<string, unknown> & { elementsByAct: { allOf: { if: { properties: { act: { const: string } } }; then: { properties: { elements: { $ref: string } } } }[] } };
}

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(ROOT, rel), "utf8")) as T;

const actsSchema = readJson<ActsSchemaJson>("schemas/acts.schema.json");
const contextualFile = readJson<RuleFileJson>("rules/article7/contextual.json");
const actFiles: Map<string, RuleFileJson> = new Map(
  readdirSync(path.join(ROOT, "rules/article7/acts"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const doc = readJson<RuleFileJson>(`rules/article7/acts/${f}`);
      return [doc.act ?? f, doc] as [string, RuleFileJson];
    }),
);

const ACTS = [
  "murder", "extermination", "enslavement", "deportation", "forcible-transfer", "imprisonment", "torture",
  "rape", "sexual-slavery", "enforced-prostitution", "forced-pregnancy", "enforced-sterilization", "sexual-violence",
  "persecution", "enforced-disappearance", "apartheid", "other-inhumane-act",
] as const;

function actSchema(act: string): ActSchemaJson {
  const s = actsSchema.$defs[act] as ActSchemaJson | undefined;
  assert.ok(s, `schemas/acts.schema.json has no $defs/${act}`);
  return s;
}
const elementKeys = (act: string): string[] => Object.keys(actSchema(act).properties);

function leavesOf(c: ConditionJson, out: LeafJson[] = []): LeafJson[] {
  if ("all" in c) c.all.forEach((x) => leavesOf(x, out));
  else if ("any" in c) c.any.forEach((x) => leavesOf(x, out));
  else if ("not" in c) leavesOf(c.not, out);
  else out.push(c);
  return out;
}

/** The rules of an act file (the conclusion last) and the leaf that asks for each element. */
function actRules(act: string): { file: RuleFileJson; elementRules: RuleJson[]; conclusion: RuleJson } {
  const file = actFiles.get(act);
  assert.ok(file, `no rule file for act ${act}`);
  const conclusion = file.rules.find((r) => r.id === file.conclusion);
  assert.ok(conclusion, `${act}: conclusion ${file.conclusion} not found`);
  return { file, elementRules: file.rules.filter((r) => r.id !== file.conclusion), conclusion };
}
function rulesReading(act: string, fact: string, p: string): { rule: RuleJson; leaf: LeafJson }[] {
  const out: { rule: RuleJson; leaf: LeafJson }[] = [];
  for (const rule of actRules(act).elementRules) {
    for (const leaf of leavesOf(rule.conditions)) if (leaf.fact === fact && leaf.path === p) out.push({ rule, leaf });
  }
  return out;
}

// ---- fact sets ---------------------------------------------------------------------------------

type Elements = Record<string, boolean | null>;
interface AttackFacts {
  multipleActs?: boolean | null;
  againstCivilianPopulation?: boolean | null;
  policy?: "state" | "organization" | "none" | null;
  widespread?: boolean | null;
  systematic?: boolean | null;
}
const fullAttack = (): AttackFacts => ({ multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true, systematic: true });

function allTrue(act: string): Elements {
  return Object.fromEntries(elementKeys(act).map((k) => [k, true]));
}

function incident(id: string, act: string, elements: Elements, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, act, elements, partOfAttack: true, knowledgeOfAttack: true,
    start: "2019-01-01", end: "2019-01-31", territories: [{ state: "BGD", part: "conduct" }],
    ...extra,
  };
}

/** A fact set whose first incident (index 0, id "i1") is of `act`; persecution gets grounds and a connected murder. */
function factSetFor(act: string, elements: Elements, opts: { attack?: AttackFacts; extra?: Record<string, unknown> } = {}): Record<string, unknown> {
  const incidents: Record<string, unknown>[] = [];
  if (act === "persecution") {
    incidents.push(incident("i1", act, elements, { grounds: ["ethnic", "religious"], connectedTo: [{ incident: "i2" }], ...opts.extra }));
    incidents.push(incident("i2", "murder", allTrue("murder")));
  } else {
    incidents.push(incident("i1", act, elements, opts.extra));
  }
  return { factSetVersion: 1, assessmentDate: "2020-01-01", attack: opts.attack ?? fullAttack(), incidents };
}

// ---- assessment views --------------------------------------------------------------------------

interface FactRead { pointer: string; value: unknown }
interface ElementNode { id: string; provision?: string; outcome: Outcome; facts?: FactRead[]; explanation?: string }
interface IncidentNode { id: string; act: string; provision?: string; outcome: Outcome; elements: ElementNode[] }
interface MissingFact { pointer: string; question: string; neededFor: string[] }
interface AssessmentView {
  crimesAgainstHumanity: {
    outcome: Outcome;
    contextualElements: { outcome: Outcome; elements: ElementNode[] };
    incidents: IncidentNode[];
  };
  missingFacts: MissingFact[];
}

async function run(factSet: unknown): Promise<AssessmentView> {
  const r = (await assess(factSet, { explain: true })) as unknown as { ok: true; assessment: AssessmentView } | { ok: false; errors: { pointer: string; message: string }[] };
  if (!r.ok) assert.fail(`assess() rejected the fact set: ${JSON.stringify(r.errors)}`);
  return r.assessment;
}

function incidentNode(a: AssessmentView, id: string): IncidentNode {
  const node = a.crimesAgainstHumanity.incidents.find((i) => i.id === id);
  assert.ok(node, `no incident ${id} in the assessment`);
  return node;
}
function elementNode(node: IncidentNode, ruleId: string): ElementNode {
  const el = node.elements.find((e) => e.id === ruleId);
  assert.ok(el, `incident ${node.id}: no element ${ruleId} in the assessment (have ${node.elements.map((e) => e.id).join(", ")})`);
  return el;
}
function missing(a: AssessmentView, pointer: string): MissingFact | undefined {
  return a.missingFacts.find((m) => m.pointer === pointer);
}

// ================================================================================================
// The rule files are valid per docs/RULES.md, and the schema and the rules agree.
// ================================================================================================

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOT_PATH = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
/** Facts of an incident that article 7 (not jurisdiction) reads. */
const ART7_POINTER = /^\/incidents\/\d+\/(elements(\/|$)|partOfAttack$|knowledgeOfAttack$|grounds$|connectedTo$|connection$)/;
const CONTEXT_RESULTS = ["art7-attack", "art7-part-of-attack", "art7-knowledge-of-attack"];
/** The id of an act's general mental-element rule (Art. 30): its conclusion's id, then -mental. */
const MENTAL = (file: RuleFileJson): string => `${file.conclusion}-mental`;

function walk(c: ConditionJson, where: string, visit: (c: ConditionJson, where: string) => void): void {
  visit(c, where);
  if ("all" in c) c.all.forEach((x, i) => walk(x, `${where}/all/${i}`, visit));
  else if ("any" in c) c.any.forEach((x, i) => walk(x, `${where}/any/${i}`, visit));
  else if ("not" in c) walk(c.not, `${where}/not`, visit);
}

describe("article 7 rule files are valid (docs/RULES.md)", () => {
  const files: [string, RuleFileJson][] = [["rules/article7/contextual.json", contextualFile], ...[...actFiles].map(([act, f]) => [`rules/article7/acts/${act}.json`, f] as [string, RuleFileJson])];
  const allRules = files.flatMap(([, f]) => f.rules);
  const ids = new Set(allRules.map((r) => r.id));

  test("there is one act file per act, named after it, and one schema definition per act", () => {
    assert.deepEqual([...actFiles.keys()].sort(), [...ACTS].sort());
    for (const act of ACTS) {
      assert.equal(actFiles.get(act)!.act, act);
      actSchema(act);
    }
    const defs = Object.keys(actsSchema.$defs).filter((k) => k !== "elementsByAct").sort();
    assert.deepEqual(defs, [...ACTS].sort());
  });

  test("every file validates against schemas/rule-file.schema.json in strict mode", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(readJson<object>("schemas/rule-file.schema.json"));
    for (const [name, f] of files) assert.ok(validate(f), `${name}: ${JSON.stringify(validate.errors)}`);
  });

  test("rule ids are unique, well-formed, and every referenced rule exists", () => {
    assert.equal(ids.size, allRules.length, "duplicate rule ids");
    for (const r of allRules) {
      assert.match(r.id, ID);
      for (const leaf of leavesOf(r.conditions)) {
        if (leaf.fact === "results") assert.ok(ids.has(leaf.path!), `${r.id} reads results.${leaf.path}, which is not an article 7 rule`);
      }
    }
  });

  test("every rule names its provision and title, cites at least one source, and explains all three outcomes", () => {
    for (const [name, f] of files) {
      assert.ok(f.description.length > 0, `${name}: description`);
      for (const r of f.rules) {
        const where = `${name} ${r.id}`;
        assert.ok(r.provision.trim().length > 0, `${where}: provision`);
        assert.ok(r.title.trim().length > 0, `${where}: title`);
        assert.ok(Array.isArray(r.citations) && r.citations.length > 0, `${where}: citations`);
        for (const c of r.citations) assert.ok(c.trim().length > 0, `${where}: empty citation`);
        for (const o of ["met", "not_met", "undetermined"] as const) {
          const s = r.explanation[o];
          assert.ok(typeof s === "string" && s.trim().length > 0, `${where}: explanation.${o}`);
          assert.doesNotMatch(s, /\b(crime|offence)s?\b[^.]*\b(was|were|has been|have been) committed\b/i, `${where}: explanation.${o} says a crime was committed`);
        }
        assert.ok(!("priority" in r), `${where}: priority is not allowed`);
      }
    }
  });

  test("conditions: no empty all/any, no priorities or condition references, plain dot paths, every leaf named, user facts asked", () => {
    for (const [name, f] of files) {
      for (const r of f.rules) {
        walk(r.conditions, `${name} ${r.id} /conditions`, (c, where) => {
          if ("all" in c) assert.ok(c.all.length > 0, `${where}: empty all`);
          else if ("any" in c) assert.ok(c.any.length > 0, `${where}: empty any`);
          else if (!("not" in c)) {
            const leaf = c as LeafJson;
            assert.ok(!("condition" in (leaf as object)) && !("priority" in (leaf as object)), `${where}: condition reference or priority`);
            assert.ok(typeof leaf.name === "string" && leaf.name.trim().length > 0, `${where}: leaf without a name`);
            if (leaf.path !== undefined) assert.match(leaf.path, DOT_PATH, `${where}: path must be a plain dot path`);
            if (leaf.fact === "incident" && leaf.path?.startsWith("elements.")) {
              assert.ok(typeof leaf.question === "string" && leaf.question.trim().length > 0, `${where}: reads ${leaf.path} but has no question`);
            }
            if (leaf.fact === "attack" || leaf.fact === "incident") {
              assert.ok(typeof leaf.question === "string" && leaf.question.trim().length > 0, `${where}: reads a user fact but has no question`);
            }
          }
        });
      }
    }
  });

  for (const act of ACTS) {
    test(`${act}: the file's metadata, the element rules and the conclusion are in the required form`, () => {
      const { file, elementRules, conclusion } = actRules(act);
      assert.ok(file.provision && file.title && file.conclusion && file.description, `${act}: act, provision, title, conclusion and description are required`);
      assert.match(file.provision!, /^Art\. 7\(1\)\([a-k]\)(-[1-6])?$/);
      assert.equal(file.rules[file.rules.length - 1]!.id, file.conclusion, `${act}: the conclusion comes last`);
      assert.ok(elementRules.length > 0);
      for (const r of [...elementRules, conclusion]) assert.equal(r.scope, "incident", `${r.id}: scope`);
      // The general mental element (Art. 30) is one rule of its own, reading elements.intent; every
      // other element rule applies a numbered EoC element.
      const mental = elementRules.filter((r) => r.id === MENTAL(file));
      assert.equal(mental.length, 1, `${act}: no mental-element rule ${MENTAL(file)}`);
      const m = mental[0]!;
      assert.deepEqual(leavesOf(m.conditions).map((l) => `${l.fact}.${l.path}`), ["incident.elements.intent"], `${m.id}: reads only elements.intent`);
      assert.match(m.provision, /\b30; EoC General Introduction, paras 2-3$/, `${m.id}: provision names Art. 30 and the General Introduction`);
      for (const c of ["Rome Statute, art. 30(1)", "Rome Statute, art. 30(2)", "Rome Statute, art. 30(3)", "Elements of Crimes, General Introduction, para 2", "Elements of Crimes, General Introduction, para 3"]) {
        assert.ok(m.citations.some((x) => x.startsWith(c)), `${m.id}: does not cite ${c}`);
      }
      assert.match(m.explanation.met, /intent and knowledge/, `${m.id}: explanation.met`);
      assert.match(m.explanation.not_met, /did not act with intent and knowledge/, `${m.id}: explanation.not_met names the absence of intent`);
      for (const r of elementRules.filter((x) => x !== m)) {
        assert.ok(r.citations.some((c) => c.startsWith("Elements of Crimes, art. 7(1)") && /element \d/.test(c)), `${r.id}: cites no EoC element`);
        assert.match(r.provision, /EoC art\. 7\(1\)\([a-k]\)(-[1-6])?, element \d/, `${r.id}: provision names no EoC element`);
      }
      // The conclusion is `all` of each element rule's result and the three contextual results, all via isMet.
      assert.ok("all" in conclusion.conditions, `${conclusion.id}: must be an all`);
      const leaves = leavesOf(conclusion.conditions);
      for (const leaf of leaves) {
        assert.equal(leaf.fact, "results");
        assert.equal(leaf.operator, "isMet");
        assert.equal(leaf.value, true);
      }
      assert.deepEqual(leaves.map((l) => l.path).sort(), [...elementRules.map((r) => r.id), ...CONTEXT_RESULTS].sort());
    });

    test(`${act}: every element in the schema is read by a rule, and every element a rule reads is in the schema`, () => {
      const schema = actSchema(act);
      assert.equal(schema.additionalProperties, false);
      assert.ok(schema.title.includes(actFiles.get(act)!.provision!), `${act}: schema title names the provision`);
      assert.ok(schema.description.length > 0);
      const inSchema = new Set(Object.keys(schema.properties));
      const read = new Set<string>();
      for (const r of actRules(act).elementRules) {
        for (const leaf of leavesOf(r.conditions)) if (leaf.fact === "incident" && leaf.path?.startsWith("elements.")) read.add(leaf.path.slice("elements.".length));
      }
      assert.deepEqual([...read].sort(), [...inSchema].sort());
      for (const [k, p] of Object.entries(schema.properties)) {
        assert.match(k, /^[a-z][A-Za-z]*$/, `${act}.${k}: camelCase`);
        assert.deepEqual(p.type, ["boolean", "null"], `${act}.${k}: type`);
        if (k === "intent") assert.match(p.description, /^Rome Statute art\. 30 and EoC General Introduction para 2 \(the mental element, applied to EoC art\. 7\(1\)\([a-k]\)(-[1-6])? element/, `${act}.intent: description must cite Art. 30 and the act`);
        else assert.match(p.description, /^EoC art\. 7\(1\)\([a-k]\)(-[1-6])? element \d/, `${act}.${k}: description must name its EoC element`);
      }
      assert.ok(inSchema.has("intent"), `${act}: no intent element (Art. 30)`);
      assert.ok(!inSchema.has("partOfAttack") && !inSchema.has("knowledgeOfAttack"), "the contextual elements are incident fields");
    });
  }

  test("elementsByAct applies each act's definition to incidents of that act", () => {
    const branches = actsSchema.$defs.elementsByAct.allOf;
    assert.deepEqual(branches.map((b) => b.if.properties.act.const).sort(), [...ACTS].sort());
    for (const b of branches) assert.equal(b.then.properties.elements.$ref, `#/$defs/${b.if.properties.act.const}`);
    assert.equal(actsSchema.$id, "https://rome-assess.invalid/schemas/acts.json");
  });

  test("the acts schema compiles in strict mode, and elementsByAct checks an incident's elements against its act", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    ajv.addSchema(actsSchema as object);
    const validate = ajv.compile({ $ref: "https://rome-assess.invalid/schemas/acts.json#/$defs/elementsByAct" });
    for (const act of ACTS) {
      assert.ok(validate({ id: "i1", act, elements: allTrue(act) }), `${act}: ${JSON.stringify(validate.errors)}`);
      assert.ok(validate({ id: "i1", act, elements: Object.fromEntries(elementKeys(act).map((k) => [k, null])) }), `${act}: null elements`);
      assert.equal(validate({ id: "i1", act, elements: { notAnElement: true } }), false, `${act}: unknown element accepted`);
      assert.equal(validate({ id: "i1", act, elements: { [elementKeys(act)[0]!]: "yes" } }), false, `${act}: a non-boolean accepted`);
    }
    assert.equal(validate({ id: "i1", act: "murder", elements: { killed: true, purpose: true } }), false);
    assert.equal(validate({ id: "i1", act: "forcible-transfer", elements: { toAnotherState: true } }), false, "deportation's destination is not forcible transfer's");
  });

});

// ================================================================================================
// Every act, driven from the schema and the rule files.
// ================================================================================================

/** Acts whose elements have alternative limbs: any one complete group suffices. */
const LIMBS: Record<string, string[][]> = {
  "enforced-disappearance": [
    ["arrestedDetainedOrAbducted", "deprivationFollowedByRefusal", "awareRefusalWouldFollow"],
    ["refusedToAcknowledge", "refusalPrecededByDeprivation", "awareOfPrecedingDeprivation"],
  ],
};

/** All true, except that the limbs other than the one holding `key` are false. */
function allTrueBut(act: string, key: string): Elements {
  const e = allTrue(act);
  const groups = LIMBS[act] ?? [];
  if (groups.some((g) => g.includes(key))) for (const group of groups) if (!group.includes(key)) for (const k of group) e[k] = false;
  return e;
}

for (const act of ACTS) {
  describe(`act: ${act}`, () => {
    const { elementRules, conclusion } = actRules(act);

    test("all elements true → met, and every element rule is met", async () => {
      const a = await run(factSetFor(act, allTrue(act)));
      const node = incidentNode(a, "i1");
      assert.equal(node.act, act);
      assert.equal(node.outcome, "met");
      for (const r of elementRules) assert.equal(elementNode(node, r.id).outcome, "met", r.id);
      assert.deepEqual(a.missingFacts.filter((m) => ART7_POINTER.test(m.pointer)), []);
    });

    for (const key of elementKeys(act)) {
      const pointer = `/incidents/0/elements/${key}`;
      const readers = rulesReading(act, "incident", `elements.${key}`);

      test(`${key} false → not_met`, async () => {
        const elements = { ...allTrueBut(act, key), [key]: false };
        const a = await run(factSetFor(act, elements));
        const node = incidentNode(a, "i1");
        assert.equal(node.outcome, "not_met");
        const reading = readers.map(({ rule }) => elementNode(node, rule.id));
        assert.ok(reading.some((e) => e.outcome === "not_met"), `no element rule reading ${key} is not_met`);
        const first = reading.find((e) => e.outcome === "not_met")!;
        if (first.facts) assert.ok(first.facts.some((f) => f.pointer === pointer && f.value === false), `${first.id} does not show the fact ${pointer} = false`);
        assert.equal(missing(a, pointer), undefined);
      });

      for (const how of ["null", "absent"] as const) {
        test(`${key} ${how} → undetermined, and the question is asked`, async () => {
          const elements: Elements = { ...allTrueBut(act, key) };
          if (how === "null") elements[key] = null;
          else delete elements[key];
          const a = await run(factSetFor(act, elements));
          const node = incidentNode(a, "i1");
          assert.equal(node.outcome, "undetermined");
          assert.ok(readers.map(({ rule }) => elementNode(node, rule.id)).some((e) => e.outcome === "undetermined"));
          const m = missing(a, pointer);
          assert.ok(m, `${pointer} is not in missingFacts: ${JSON.stringify(a.missingFacts.map((x) => x.pointer))}`);
          assert.equal(m.question, readers[0]!.leaf.question);
          assert.ok(Array.isArray(m.neededFor) && m.neededFor.length > 0);
          // neededFor names what the fact would help settle: a rule id, or a label naming the act.
          assert.ok(m.neededFor.some((x) => readers.some(({ rule }) => rule.id === x) || x === conclusion.id || x.includes(`(${act})`)), `neededFor ${JSON.stringify(m.neededFor)} names neither ${readers.map((r) => r.rule.id).join("/")}, ${conclusion.id} nor the act`);
        });
      }
    }
  });
}

// ================================================================================================
// Particular acts.
// ================================================================================================

describe("enforced disappearance: alternative limbs", () => {
  const [limbA, limbB] = LIMBS["enforced-disappearance"]!;
  const rest = { deprivationByStateOrOrganization: true, refusalByStateOrOrganization: true, intentToRemoveFromProtectionOfLaw: true, intent: true };
  const limb = (ks: string[], v: boolean | null) => Object.fromEntries(ks.map((k) => [k, v]));

  test("limb (a) alone suffices (the perpetrator who arrested, detained or abducted)", async () => {
    const a = await run(factSetFor("enforced-disappearance", { ...limb(limbA!, true), ...limb(limbB!, false), ...rest }));
    assert.equal(incidentNode(a, "i1").outcome, "met");
  });
  test("limb (b) alone suffices (the perpetrator who refused to acknowledge or inform)", async () => {
    const a = await run(factSetFor("enforced-disappearance", { ...limb(limbA!, false), ...limb(limbB!, true), ...rest }));
    assert.equal(incidentNode(a, "i1").outcome, "met");
  });
  test("limb (b) facts not given at all: limb (a) still suffices and nothing of limb (b) is asked", async () => {
    const a = await run(factSetFor("enforced-disappearance", { ...limb(limbA!, true), ...rest }));
    assert.equal(incidentNode(a, "i1").outcome, "met");
    for (const k of limbB!) assert.equal(missing(a, `/incidents/0/elements/${k}`), undefined, k);
  });
  test("the limbs are paired: 1(a) and 2(a) with 3(b) do not make a complete limb", async () => {
    const a = await run(factSetFor("enforced-disappearance", {
      arrestedDetainedOrAbducted: true, deprivationFollowedByRefusal: true, awareRefusalWouldFollow: false,
      refusedToAcknowledge: false, refusalPrecededByDeprivation: true, awareOfPrecedingDeprivation: true, ...rest,
    }));
    assert.equal(incidentNode(a, "i1").outcome, "not_met");
  });
  test("neither limb → not_met", async () => {
    const a = await run(factSetFor("enforced-disappearance", { ...limb(limbA!, false), ...limb(limbB!, false), ...rest }));
    assert.equal(incidentNode(a, "i1").outcome, "not_met");
  });
});

describe("torture: no purpose and no public official (EoC fn 14; contrast CAT art. 1)", () => {
  test("met on the three torture elements and the mental element alone, with no purpose or official fact anywhere", async () => {
    const fs = factSetFor("torture", { severePainOrSuffering: true, inCustodyOrControl: true, notLawfulSanctions: true, intent: true });
    assert.doesNotMatch(JSON.stringify(fs), /purpose|official/i);
    const a = await run(fs);
    assert.equal(incidentNode(a, "i1").outcome, "met");
    assert.deepEqual(a.missingFacts.filter((m) => /purpose|official/i.test(m.pointer)), []);
  });
  test("the torture rules read no fact named like purpose or official, and the schema has no such element", () => {
    for (const r of actFiles.get("torture")!.rules) {
      for (const leaf of leavesOf(r.conditions)) assert.doesNotMatch(`${leaf.fact}.${leaf.path ?? ""}`, /purpose|official|motive/i, `${r.id} reads ${leaf.path}`);
    }
    for (const k of elementKeys("torture")) assert.doesNotMatch(k, /purpose|official|motive/i);
  });
});

describe("torture: fn 14 is cited on the crime's conclusion, not on element 1", () => {
  const FN14 = /fn 14/;
  test("the conclusion cites EoC fn 14 and carries the note on purpose; element 1 does not", () => {
    const { file, conclusion } = actRules("torture");
    assert.ok(conclusion.citations.some((c) => c.startsWith("Elements of Crimes, art. 7(1)(f), fn 14")), `${conclusion.id}: ${JSON.stringify(conclusion.citations)}`);
    assert.match(String(conclusion.interpretation), FN14);
    const e1 = file.rules.find((r) => r.id === "art7-1-f-e1")!;
    assert.ok(!e1.citations.some((c) => FN14.test(c)), "element 1 still cites fn 14");
    assert.equal(e1.interpretation, undefined);
  });
  test("the assessment shows fn 14 on the torture conclusion", async () => {
    const a = await run(factSetFor("torture", allTrue("torture")));
    const node = incidentNode(a, "i1") as IncidentNode & { conclusion?: { id: string; citations?: string[] } };
    assert.equal(node.conclusion?.id, "art7-1-f");
    assert.ok(node.conclusion?.citations?.some((c) => FN14.test(c)), JSON.stringify(node.conclusion?.citations));
  });
});

describe("the mental element (Art. 30): a negligent act is not the crime, and an unknown intent is never met", () => {
  // Every other element true, so that only the mental element decides.
  for (const [act, ruleId] of [["murder", "art7-1-a-mental"], ["torture", "art7-1-f-mental"], ["persecution", "art7-1-h-mental"]] as const) {
    const others = (): Elements => { const e = allTrue(act); delete e.intent; return e; };

    test(`${act}: intent not given → undetermined, never met, and the question is asked`, async () => {
      const a = await run(factSetFor(act, others()));
      const node = incidentNode(a, "i1");
      assert.equal(node.outcome, "undetermined");
      assert.equal(elementNode(node, ruleId).outcome, "undetermined");
      for (const r of actRules(act).elementRules.filter((x) => x.id !== ruleId)) assert.equal(elementNode(node, r.id).outcome, "met", r.id);
      const m = missing(a, "/incidents/0/elements/intent");
      assert.ok(m, `missingFacts: ${JSON.stringify(a.missingFacts.map((x) => x.pointer))}`);
      assert.match(m.question, /intent|mean/i);
      // (The persecution fact set also holds the connected murder, which is met on its own.)
      if (act !== "persecution") assert.notEqual(a.crimesAgainstHumanity.outcome, "met");
    });
    test(`${act}: intent null → undetermined`, async () => {
      const a = await run(factSetFor(act, { ...others(), intent: null }));
      assert.equal(incidentNode(a, "i1").outcome, "undetermined");
      assert.ok(missing(a, "/incidents/0/elements/intent"));
    });
    test(`${act}: intent false (negligence or accident) → not_met, the fact shown and the explanation naming the absent intent`, async () => {
      const a = await run(factSetFor(act, { ...others(), intent: false }));
      const node = incidentNode(a, "i1");
      assert.equal(node.outcome, "not_met");
      const el = elementNode(node, ruleId);
      assert.equal(el.outcome, "not_met");
      assert.ok(el.facts?.some((f) => f.pointer === "/incidents/0/elements/intent" && f.value === false));
      assert.match(String(el.explanation), /intent|intentional/);
      assert.match(String(el.explanation), /\bnot\b/);
      assert.equal(missing(a, "/incidents/0/elements/intent"), undefined);
    });
    test(`${act}: intent true with every other element → met`, async () => {
      const a = await run(factSetFor(act, { ...others(), intent: true }));
      assert.equal(incidentNode(a, "i1").outcome, "met");
    });
  }
  test("the specific mental elements stay: deportation's awareness of lawful presence and enforced disappearance's intention to remove are still asked", async () => {
    const dep = await run(factSetFor("deportation", { ...allTrue("deportation"), awareOfLawfulPresence: false }));
    assert.equal(incidentNode(dep, "i1").outcome, "not_met");
    const ed = allTrueBut("enforced-disappearance", "arrestedDetainedOrAbducted");
    const dis = await run(factSetFor("enforced-disappearance", { ...ed, intentToRemoveFromProtectionOfLaw: false }));
    assert.equal(incidentNode(dis, "i1").outcome, "not_met");
  });
  test("where the Elements list a specific mental element, the Art. 30 rule says it applies to the remaining material elements", () => {
    for (const act of ["deportation", "forcible-transfer", "imprisonment", "forced-pregnancy", "sexual-violence", "enforced-disappearance", "apartheid", "other-inhumane-act"]) {
      const { file } = actRules(act);
      const m = file.rules.find((r) => r.id === MENTAL(file))!;
      assert.match(String(m.interpretation), /Art\. 30[^.]* applies to the remaining material element/, `${m.id}: interpretation`);
      assert.ok((m.fr as { interpretation?: string }).interpretation, `${m.id}: French interpretation`);
    }
  });
});

describe("deportation and forcible transfer are told apart by destination", () => {
  test("deportation asks for displacement into another State, forcible transfer for another location in the same State", () => {
    assert.ok(elementKeys("deportation").includes("toAnotherState"));
    assert.ok(!elementKeys("deportation").includes("toAnotherLocationWithinState"));
    assert.ok(elementKeys("forcible-transfer").includes("toAnotherLocationWithinState"));
    assert.ok(!elementKeys("forcible-transfer").includes("toAnotherState"));
    for (const act of ["deportation", "forcible-transfer"]) for (const k of ["forciblyDisplaced", "lawfullyPresent", "awareOfLawfulPresence"]) assert.ok(elementKeys(act).includes(k), `${act}.${k}`);
  });
  test("a displacement within one State is not deportation", async () => {
    const a = await run(factSetFor("deportation", { ...allTrue("deportation"), toAnotherState: false }));
    assert.equal(incidentNode(a, "i1").outcome, "not_met");
  });
});

describe("persecution: grounds and connection", () => {
  const elements = () => allTrue("persecution");
  const conclusionId = actFiles.get("persecution")!.conclusion!;
  const connectionRule = rulesReading("persecution", "incident", "connection")[0]!.rule.id;
  const groundsRule = rulesReading("persecution", "incident", "grounds")[0]!.rule.id;

  test("connected with another incident that is met → met", async () => {
    const a = await run(factSetFor("persecution", elements()));
    assert.equal(incidentNode(a, "i2").outcome, "met");
    const node = incidentNode(a, "i1");
    assert.equal(node.outcome, "met");
    assert.equal(elementNode(node, connectionRule).outcome, "met");
    assert.equal(elementNode(node, groundsRule).outcome, "met");
    assert.ok(conclusionId);
  });
  test("connected with nothing → not_met", async () => {
    const a = await run(factSetFor("persecution", elements(), { extra: { connectedTo: [] } }));
    const node = incidentNode(a, "i1");
    assert.equal(node.outcome, "not_met");
    assert.equal(elementNode(node, connectionRule).outcome, "not_met");
  });
  test("connected with a war crime not known to be established → undetermined", async () => {
    const a = await run(factSetFor("persecution", elements(), { extra: { connectedTo: [{ crime: "war-crime", established: null, description: "pillage of the same villages" }] } }));
    const node = incidentNode(a, "i1");
    assert.equal(node.outcome, "undetermined");
    assert.equal(elementNode(node, connectionRule).outcome, "undetermined");
  });
  test("connected with an established war crime → met; with a crime found not established → not_met", async () => {
    const yes = await run(factSetFor("persecution", elements(), { extra: { connectedTo: [{ crime: "war-crime", established: true }] } }));
    assert.equal(incidentNode(yes, "i1").outcome, "met");
    const no = await run(factSetFor("persecution", elements(), { extra: { connectedTo: [{ crime: "genocide", established: false }] } }));
    assert.equal(incidentNode(no, "i1").outcome, "not_met");
  });
  test("grounds: a listed ground → met; none → not_met; not given → undetermined and asked", async () => {
    for (const g of ["political", "racial", "national", "ethnic", "cultural", "religious", "gender", "other-universally-recognized"]) {
      const a = await run(factSetFor("persecution", elements(), { extra: { grounds: [g] } }));
      assert.equal(elementNode(incidentNode(a, "i1"), groundsRule).outcome, "met", g);
    }
    const none = await run(factSetFor("persecution", elements(), { extra: { grounds: [] } }));
    assert.equal(incidentNode(none, "i1").outcome, "not_met");
    const fs = factSetFor("persecution", elements());
    delete ((fs.incidents as Record<string, unknown>[])[0]!).grounds;
    const unknown = await run(fs);
    assert.equal(incidentNode(unknown, "i1").outcome, "undetermined");
    assert.ok(missing(unknown, "/incidents/0/grounds"), `missingFacts: ${JSON.stringify(unknown.missingFacts.map((m) => m.pointer))}`);
  });
});

describe("an element that belongs to another act is rejected, with its pointer", () => {
  test("murder with a torture element", async () => {
    const r = (await assess(factSetFor("murder", { killed: true, inCustodyOrControl: true }))) as unknown as { ok: boolean; errors?: { pointer: string }[] };
    assert.equal(r.ok, false);
    assert.ok(r.errors!.some((e) => e.pointer === "/incidents/0/elements/inCustodyOrControl"), JSON.stringify(r.errors));
  });
});
