/** rules/jurisdiction/security-council.json (art13-b, art13-b-trigger) and age.json (art26, per person). */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { explainAssessment } from "../../src/assess/explainAssessment";
import { runtime } from "../../src/runtime";
import { at, assertMissing, factSet, inc, incident, perpTrace, route, run, scTrace } from "./helpers";

const RES1593 = "S/RES/1593 (2005)";

describe("art13-b: conduct within a situation referred by the Security Council (Art. 13(b))", () => {
  test("met: SDN conduct in 2004 → established via security-council:S/RES/1593 (2005); trigger by security-council", async () => {
    const a = await run(factSet([at("SDN", "2004-01-01", "2004-03-31", ["SDN"])], { assessmentDate: "2010-01-01" }));
    const x = inc(a);
    assert.equal(scTrace(x, `territory:SDN × ${RES1593}`).outcome, "met");
    assert.equal(x.preconditions.outcome, "not_met"); // Art. 12(2) dispensed with, not satisfied
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, [`security-council:${RES1593}`]);
    assert.deepEqual(x.reach, [{ start: "2004-01-01", end: "2004-03-31" }]);
    const t = route(a, "security-council");
    assert.equal(t.outcome, "met");
    assert.equal(t.traces[0]!.id, "art13-b-trigger");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["security-council"]);
  });

  test("not_met: SDN conduct in 2001 (before the referred period and Art. 11(1)) → not_established", async () => {
    const a = await run(factSet([at("SDN", "2001-01-01", "2001-12-31", ["SDN"])], { assessmentDate: "2010-01-01" }));
    const x = inc(a);
    assert.equal(scTrace(x, `territory:SDN × ${RES1593}`).outcome, "not_met");
    assert.equal(x.outcome, "not_established");
    assert.equal(route(a, "security-council").outcome, "not_met");
  });

  test("not applied: S/RES/1593 after the assessment date (assessed 2005-03-30)", async () => {
    const a = await run(factSet([at("SDN", "2004-01-01", "2004-03-31", ["SDN"])], { assessmentDate: "2005-03-30" }));
    assert.deepEqual(inc(a).securityCouncil, []);
    assert.equal(inc(a).outcome, "not_established");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("no candidate: conduct in a State outside the referred situation (CHN) while 1593 is in the record", async () => {
    const a = await run(factSet([at("CHN", "2004-01-01", "2004-03-31", ["CHN"])], { assessmentDate: "2010-01-01" }));
    assert.equal(inc(a).securityCouncil.length, 0, "a referral of another territory is not a candidate");
    assert.equal(inc(a).outcome, "not_established");
  });
  test("not_met: a fact-set referral naming another territory is checked by the rule when its territories are not known", async () => {
    const a = await run(factSet([at("CHN", "2004-01-01", "2004-03-31", ["CHN"])], { assessmentDate: "2010-01-01", referrals: { securityCouncil: [{ resolution: "S/RES/9999 (2009)", date: "2009-01-01", chapterVII: true, from: "2002-07-01" }] } }));
    assert.equal(scTrace(inc(a), "territory:CHN × S/RES/9999 (2009)").outcome, "undetermined");
    assert.ok(a.missingFacts.some((m) => m.pointer === "/referrals/securityCouncil/0/territories"));
  });

  test("not_met: only effects felt in Sudan, conduct in CHN", async () => {
    const b = await run(factSet([incident({ start: "2004-01-01", end: "2004-03-31", territories: [{ state: "CHN", part: "conduct" }, { state: "SDN", part: "effects" }], perpetrators: [{ id: "p1", nationalities: ["CHN"], adult: true }] })], { assessmentDate: "2010-01-01" }));
    assert.equal(scTrace(inc(b), `territory:SDN × ${RES1593}`).outcome, "not_met");
    assert.equal(inc(b).outcome, "not_established");
  });

  const scRef = (over: Record<string, unknown> = {}) => ({ resolution: "S/RES/9999 (2020)", date: "2020-01-15", chapterVII: true, territories: ["MMR"], from: "2016-10-01", ...over });

  test("met: a fact-set Chapter VII referral of MMR reaches MMR conduct by MMR nationals", async () => {
    const a = await run(factSet([at("MMR", "2017-08-25", "2017-09-30", ["MMR"])], { assessmentDate: "2021-01-01", referrals: { securityCouncil: [scRef()] } }));
    assert.equal(scTrace(inc(a), "territory:MMR × S/RES/9999 (2020)").outcome, "met");
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).bases, ["security-council:S/RES/9999 (2020)"]);
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("undetermined: a fact-set referral with chapterVII null → undetermined, asks /referrals/securityCouncil/0/chapterVII", async () => {
    const a = await run(factSet([at("MMR", "2017-08-25", "2017-09-30", ["MMR"])], { assessmentDate: "2021-01-01", referrals: { securityCouncil: [scRef({ chapterVII: null })] } }));
    const x = inc(a);
    const t = scTrace(x, "territory:MMR × S/RES/9999 (2020)");
    assert.equal(t.outcome, "undetermined");
    assert.ok(t.missing!.some((m) => m.pointer === "/referrals/securityCouncil/0/chapterVII"), JSON.stringify(t.missing));
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/referrals/securityCouncil/0/chapterVII");
    // and as a trigger
    const r = route(a, "security-council");
    assert.equal(r.outcome, "undetermined");
    assert.equal(r.traces[0]!.id, "art13-b-trigger");
    assert.equal(a.jurisdiction.trigger.outcome, "undetermined");
  });

  test("not_met: a fact-set referral with chapterVII false → not_established, not triggered", async () => {
    const a = await run(factSet([at("MMR", "2017-08-25", "2017-09-30", ["MMR"])], { assessmentDate: "2021-01-01", referrals: { securityCouncil: [scRef({ chapterVII: false })] } }));
    assert.equal(scTrace(inc(a), "territory:MMR × S/RES/9999 (2020)").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
    assert.equal(route(a, "security-council").outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("undetermined: referred territories unknown → asks /referrals/securityCouncil/0/territories", async () => {
    const ref = scRef();
    delete (ref as Record<string, unknown>).territories;
    const a = await run(factSet([at("MMR", "2017-08-25", "2017-09-30", ["MMR"])], { assessmentDate: "2021-01-01", referrals: { securityCouncil: [ref] } }));
    assert.equal(scTrace(inc(a), "territory:MMR × S/RES/9999 (2020)").outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/referrals/securityCouncil/0/territories");
  });

  test("the Darfur scenario: established through S/RES/1593 (2005) and triggered", async () => {
    const a = await run(JSON.parse(readFileSync(join(__dirname, "../../../scenarios/darfur.json"), "utf8")));
    assert.equal(a.jurisdiction.outcome, "established");
    assert.ok(inc(a).bases.includes(`security-council:${RES1593}`));
    assert.ok(a.jurisdiction.trigger.by.includes("security-council"));
  });

  test("the Xinjiang scenario: paths include a Security Council referral with China's veto as obstacle", async () => {
    const a = await run(JSON.parse(readFileSync(join(__dirname, "../../../scenarios/xinjiang.json"), "utf8")));
    assert.notEqual(a.jurisdiction.outcome, "established");
    const p = a.jurisdiction.paths.find((r) => r.route === "security-council-referral");
    assert.ok(p, JSON.stringify(a.jurisdiction.paths.map((r) => r.route)));
    assert.deepEqual(p.obstacleStates, ["CHN"]);
    const words = explainAssessment(a, runtime()).jurisdiction.paths.find((r) => r.route === p.route)!;
    assert.match(words.obstacles.join(" "), /China is a permanent member/);
    assert.match(words.whatItTakes, /situation in China/);
    assert.ok(a.jurisdiction.paths.some((r) => r.route === "accession"));
  });
});

describe("art26: the Court could not try a person under eighteen; the crime stays within its jurisdiction (Art. 26, 25(3), 28)", () => {
  test("met: adult: true → art26 met for the person; the incident's jurisdiction rests on Arts. 11 and 12 alone", async () => {
    const a = await run(factSet([at("BGD", "2017-08-25", "2017-09-30")]));
    const x = inc(a);
    assert.equal(perpTrace(x, "p1").outcome, "met");
    assert.equal(x.outcome, "established");
    assert.ok(!JSON.stringify(x.conclusion.facts).includes("art26"), "Art. 26 is no condition of the incident");
  });

  test("met: by birthDate, eighteen before the end of the conduct (no adult flag)", async () => {
    const a = await run(factSet([incident({ perpetrators: [{ id: "p1", nationalities: ["MMR"], birthDate: "1990-01-01" }] })]));
    assert.equal(perpTrace(inc(a), "p1").outcome, "met");
    assert.equal(inc(a).outcome, "established");
  });

  test("not_met: every listed perpetrator under eighteen throughout → the persons cannot be tried, the incident stays established", async () => {
    const i = incident({ perpetrators: [{ id: "p1", nationalities: ["MMR"], birthDate: "2001-01-01" }, { id: "p2", name: "Soldier B", nationalities: ["MMR"], birthDate: "2000-06-01" }] });
    const a = await run(factSet([i]));
    const x = inc(a);
    // Art. 26: the birth date settles the age; `adult` is only for when it is not known (schema).
    assert.equal(perpTrace(x, "p1").outcome, "not_met", perpTrace(x, "p1").explanation);
    assert.equal(perpTrace(x, "p2").outcome, "not_met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["territory:BGD"]);
    assert.deepEqual(x.reach, [{ start: "2017-08-25", end: "2017-09-30" }], "the reach is not cut by anyone's age");
    assert.match(perpTrace(x, "p1").explanation, /could not try perpetrator p1, who was 16 at the time.*remains within the Court's jurisdiction/);
    assert.match(perpTrace(x, "p2").explanation, /Soldier B, who was 17 at the time/);
  });

  test("not_met: adult: false with no birthDate → under eighteen, said without an age", async () => {
    const i = incident({ perpetrators: [{ id: "p1", nationalities: ["MMR"], adult: false }] });
    const a = await run(factSet([i]));
    assert.equal(perpTrace(inc(a), "p1").outcome, "not_met");
    assert.match(perpTrace(inc(a), "p1").explanation, /who was under eighteen at the time/);
    assert.equal(inc(a).outcome, "established");
  });

  test("met: turned eighteen during the conduct → the person can be tried; the reach is the whole conduct", async () => {
    const i = incident({ start: "2017-08-25", end: "2017-09-30", perpetrators: [{ id: "p1", nationalities: ["MMR"], birthDate: "1999-09-10" }] });
    const a = await run(factSet([i]));
    assert.equal(perpTrace(inc(a), "p1").outcome, "met");
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).reach, [{ start: "2017-08-25", end: "2017-09-30" }]);
  });

  test("undetermined: no birthDate and no adult → a question about the person only; the incident is established", async () => {
    const a = await run(factSet([incident({ perpetrators: [{ id: "p1", nationalities: ["MMR"] }] })]));
    const x = inc(a);
    const t = perpTrace(x, "p1");
    assert.equal(t.outcome, "undetermined");
    assert.ok(t.missing!.some((m) => m.pointer === "/incidents/0/perpetrators/0/birthDate"), JSON.stringify(t.missing));
    assert.equal(x.outcome, "established");
    assert.equal(a.jurisdiction.outcome, "established");
    assertMissing(a, "/incidents/0/perpetrators/0/birthDate");
    const m = a.missingFacts.find((f) => f.pointer === "/incidents/0/perpetrators/0/birthDate")!;
    assert.equal(m.concerns, "person");
    assert.equal(m.person, "p1");
    assert.ok(a.missingFacts.filter((f) => f.concerns !== "person").every((f) => !f.pointer.includes("birthDate")));
  });

  test("no perpetrators array at all on a State Party's territory → no Art. 26 traces, still established", async () => {
    const i = incident();
    delete i.perpetrators;
    const a = await run(factSet([i]));
    const x = inc(a);
    assert.deepEqual(x.age.perpetrators, []);
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["territory:BGD"]);
  });

  test("real situations: perpetrators with nationalities but no dates of birth → established, Art. 26 asked about the persons only", async () => {
    const cases: [string, string, string, string][] = [["SDN", "SDN", "2004-01-01", "2010-01-01"], ["BGD", "MMR", "2017-08-25", "2019-12-01"], ["BDI", "BDI", "2015-05-01", "2018-01-01"], ["PHL", "PHL", "2016-07-01", "2022-01-01"]];
    for (const [territory, nat, start, date] of cases) {
      const a = await run(factSet([incident({ start, end: start, territories: [{ state: territory, part: "conduct" }], perpetrators: [{ id: "commander", nationalities: [nat] }, { id: "soldier", nationalities: [nat] }] })], { assessmentDate: date }));
      assert.equal(a.jurisdiction.outcome, "established", territory);
      const asked = a.missingFacts.filter((f) => f.pointer.includes("/perpetrators/"));
      assert.equal(asked.length, 2, territory);
      assert.ok(asked.every((f) => f.concerns === "person"), territory);
    }
  });
});
