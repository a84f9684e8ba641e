/**
 * Readings applied: each contested point a result rests on is re-assessed under the other reading
 * (rules' `reading`), and the assessment says which conclusions would change.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import type { Assessment } from "../../src/assess/types";
import { projectRoot } from "../../src/runtime";

type Json = Record<string, any>;
const scenario = (name: string): Json => {
  const doc = JSON.parse(readFileSync(join(projectRoot(), "scenarios", `${name}.json`), "utf8"));
  return doc.facts ?? doc;
};
async function run(input: unknown, opts: Json = {}): Promise<Assessment> {
  const r = await assess(input, opts);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.assessment;
}
const reading = (a: Assessment, id: string) => a.readings.find((r) => r.id === id);

test("Art. 12(2)(a): on the reading that only the conduct counts, the Rohingya deportation into Bangladesh falls outside jurisdiction", async () => {
  const a = await run(scenario("bangladesh-myanmar"));
  const r = reading(a, "territory-element");
  assert.ok(r, JSON.stringify(a.readings));
  assert.equal(r.rule, "art12-2-a");
  assert.equal(r.changes, true);
  assert.deepEqual(r.differences.filter((d) => d.conclusion === "jurisdiction").map((d) => [d.used, d.other]), [["established", "not_established"]]);
});

test("Art. 12(2)(a): where the conduct itself took place on a State Party's territory, the point is not one the result rests on", async () => {
  const fs = scenario("bangladesh-myanmar");
  for (const inc of fs.incidents) inc.territories = inc.territories.map((t: Json) => ({ ...t, part: t.part === "effects" ? t.part : "conduct" }));
  const a = await run(fs);
  assert.equal(reading(a, "territory-element"), undefined);
});

test("Art. 7(2)(a): on Judge Kaul's reading an organization's policy needs a State-like organization, which the facts do not say: the context would be undetermined, and the fact it needs is named", async () => {
  const a = await run(scenario("kenya"));
  const r = reading(a, "organization-state-like");
  assert.ok(r);
  assert.equal(r.changes, true);
  assert.ok(r.differences.some((d) => d.conclusion === "contextual" && d.used === "met" && d.other === "undetermined"));
  assert.ok(r.differences.some((d) => d.conclusion === "act"));
  assert.deepEqual(r.asks?.map((x) => x.pointer), ["/attack/organizationStateLike"]);
  assert.match(r.asks![0]!.question, /characteristics of a State/);
  // The reading used does not ask it.
  assert.ok(!a.missingFacts.some((m) => m.pointer === "/attack/organizationStateLike"));
});

test("Art. 7(2)(a): an organization shown to be State-like meets both readings, and a State-like one that is not makes the other reading fail", async () => {
  const yes = scenario("kenya");
  yes.attack.organizationStateLike = true;
  assert.equal(reading(await run(yes), "organization-state-like"), undefined);
  const no = scenario("kenya");
  no.attack.organizationStateLike = false;
  const r = reading(await run(no), "organization-state-like")!;
  assert.ok(r.differences.some((d) => d.conclusion === "contextual" && d.other === "not_met"));
  assert.equal(r.asks, undefined);
});

test("Art. 127(2): on the 2023 dissent, the Philippines authorization (sought 24 May 2021, after the withdrawal took effect on 17 March 2019) would not trigger jurisdiction", async () => {
  const a = await run(scenario("philippines"));
  const r = reading(a, "withdrawal-matter-under-consideration");
  assert.ok(r, JSON.stringify(a.readings));
  assert.equal(r.changes, true);
  assert.deepEqual(r.differences.find((d) => d.conclusion === "trigger"), { conclusion: "trigger", used: "triggered", other: "not_triggered" });
});

test("Art. 127(2): a request made before the withdrawal took effect meets both readings; an unknown request date leaves the other reading open and asks it", async () => {
  const before = scenario("philippines");
  before.proprioMotu.requested = "2019-03-01";
  assert.equal(reading(await run(before), "withdrawal-matter-under-consideration"), undefined);
  const unknown = scenario("philippines");
  delete unknown.proprioMotu.requested;
  delete unknown.evidence["/proprioMotu/requested"];
  // Not the Court's own authorization, so no request date on record; its scope is given.
  unknown.proprioMotu.authorized = "2021-09-16";
  unknown.proprioMotu.scope = { territories: ["PHL"], from: "2011-11-01", to: "2019-03-16" };
  const a = await run(unknown);
  const r = reading(a, "withdrawal-matter-under-consideration");
  assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  assert.ok(r);
  assert.ok(r.differences.some((d) => d.conclusion === "trigger" && d.other !== "triggered"), JSON.stringify(r));
  assert.ok(r.asks?.some((x) => x.pointer === "/proprioMotu/requested"), JSON.stringify(r));
});

test("no contested point in play: Xinjiang carries no reading", async () => {
  assert.deepEqual((await run(scenario("xinjiang"))).readings, []);
});

test("both evaluators find the same readings and the same differences", async () => {
  for (const name of ["bangladesh-myanmar", "kenya", "philippines"]) {
    const native = await run(scenario(name));
    const reference = await run(scenario(name), { evaluator: "reference" });
    assert.deepEqual(reference.readings, native.readings, name);
  }
});

test("explained, a reading gives the point, both readings and the authority for each, in English and in French", async () => {
  for (const lang of ["en", "fr"] as const) {
    const r = await assess(scenario("bangladesh-myanmar"), { explain: true, lang });
    assert.ok(r.ok);
    const x = r.assessment.readings.find((y) => y.id === "territory-element")!;
    for (const k of ["point", "used", "other"] as const) assert.ok(x[k] && x[k]!.length > 20, k);
    assert.ok(x.usedAuthority!.some((c) => c.includes("ICC-RoC46(3)-01/18-37")));
    assert.ok(x.otherAuthority!.length > 0);
    if (lang === "fr") assert.match(x.point!, /territoire d'un État Partie/);
  }
});
