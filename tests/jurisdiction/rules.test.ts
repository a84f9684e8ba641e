/**
 * rules/jurisdiction/temporal.json (art11-1), territory.json (art12-2-a), incident.json
 * (art12-preconditions, jurisdiction-incident), with Arts. 11(2) and 127(2) as they bear on
 * membership windows. Other rule files: nationality-declarations, security-council-age, trigger.
 */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { explainAssessment } from "../../src/assess/explainAssessment";
import { runtime } from "../../src/runtime";
import { at, assertMissing, assertNotMissing, candidate, factSet, inc, incident, run } from "./helpers";

describe("art11-1: jurisdiction in time (Art. 11(1), Art. 126(1))", () => {
  test("met: conduct after 2002-07-01 on a State Party's territory → established", async () => {
    const a = await run(factSet([at("FRA", "2010-01-01", "2010-01-31")]));
    const x = inc(a);
    assert.equal(x.temporal.id, "art11-1");
    assert.equal(x.temporal.outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["territory:FRA"]);
  });

  test("not_met: conduct wholly before 2002-07-01 → not_established and no paths", async () => {
    const a = await run(factSet([at("FRA", "2001-01-01", "2002-06-30")]));
    const x = inc(a);
    assert.equal(x.temporal.outcome, "not_met");
    assert.equal(x.conclusion.id, "jurisdiction-incident");
    assert.equal(x.conclusion.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
    assert.deepEqual(x.bases, []);
    assert.deepEqual(x.reach, []);
    assert.equal(a.jurisdiction.outcome, "not_established");
    assert.deepEqual(a.jurisdiction.paths, []);
  });

  test("not_met even for a non-party's territory: no path reaches conduct before 1 July 2002", async () => {
    const a = await run(factSet([at("MMR", "2000-01-01", "2001-12-31")]));
    assert.equal(inc(a).temporal.outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
    assert.deepEqual(a.jurisdiction.paths, []);
  });

  test("boundary: conduct on 2002-07-01 alone is within time", async () => {
    const a = await run(factSet([at("FRA", "2002-07-01", "2002-07-01")]));
    assert.equal(inc(a).temporal.outcome, "met");
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).reach, [{ start: "2002-07-01", end: "2002-07-01" }]);
  });

  test("met: conduct straddling 2002-07-01 → established, reach starting 2002-07-01", async () => {
    const a = await run(factSet([at("FRA", "2001-06-01", "2003-01-31")]));
    const x = inc(a);
    assert.equal(x.temporal.outcome, "met");
    assert.equal(x.outcome, "established");
    assert.equal(x.reach.length, 1);
    assert.equal(x.reach[0]!.start, "2002-07-01");
    assert.equal(x.reach[0]!.end, "2003-01-31");
    assert.equal(x.basesFound[0]!.reach[0]!.start, "2002-07-01");
  });

  test("met on the last day: start missing, end 2017-09-30 → the conduct took place at least on its last day", async () => {
    const i = incident({ territories: [{ state: "FRA", part: "conduct" }] });
    delete i.start;
    const a = await run(factSet([i]));
    const x = inc(a);
    assert.equal(x.temporal.outcome, "met");
    assert.equal(x.outcome, "established");
    assertNotMissing(a, "/incidents/0/start");
    assert.deepEqual(x.reach, [{ start: null, end: "2017-09-30", since: "2002-07-01" }]);
  });

  test("not_met on the last day: start unknown, end 2001-12-31 → wholly before the Statute (Art. 11(1))", async () => {
    const a = await run(factSet([at("FRA", null, "2001-12-31")]));
    assert.equal(inc(a).temporal.outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
    assertNotMissing(a, "/incidents/0/start");
  });

  test("met: start null (explicitly unknown), end 2003-01-01 → met", async () => {
    const a = await run(factSet([at("FRA", null, "2003-01-01")]));
    assert.equal(inc(a).temporal.outcome, "met");
    assert.equal(inc(a).outcome, "established");
  });

  test("undetermined: start and end both unknown → asks for the dates", async () => {
    const a = await run(factSet([at("FRA", null, null)]));
    assert.equal(inc(a).temporal.outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/start");
  });

  test("a membership window decided by the last day: Palestine (party from 2015-04-01), start unknown: end 2015-06-01 → met; end 2015-03-01 → not_met", async () => {
    const met = await run(factSet([at("PSE", null, "2015-06-01", ["ISR"])], { assessmentDate: "2016-01-01" }));
    assert.equal(candidate(inc(met), "art12-2-a", "territory:PSE").outcome, "met");
    const before = await run(factSet([at("PSE", null, "2015-03-01", ["ISR"])], { assessmentDate: "2016-01-01" }));
    assert.equal(candidate(inc(before), "art12-2-a", "territory:PSE").outcome, "not_met");
  });

  test("start before 2002-07-01 with unknown end → undetermined, asks for the end", async () => {
    const a = await run(factSet([at("FRA", "2002-01-01", null)]));
    assert.equal(inc(a).temporal.outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/end");
  });
});

describe("art12-2-a: territory of a State Party (Art. 12(2)(a), 11(2), 127(2))", () => {
  test("Art. 11(2): Bangladesh conduct ending 2010-05-31 (before entry into force 2010-06-01) → not_met, not_established", async () => {
    const a = await run(factSet([at("BGD", "2010-05-01", "2010-05-31")]));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-a", "territory:BGD").outcome, "not_met");
    assert.equal(x.preconditions.id, "art12-preconditions");
    assert.equal(x.preconditions.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("Art. 11(2): Bangladesh conduct starting 2010-06-01 → met, established from that day", async () => {
    const a = await run(factSet([at("BGD", "2010-06-01", "2010-06-30")]));
    const x = inc(a);
    const c = candidate(x, "art12-2-a", "territory:BGD");
    assert.equal(c.outcome, "met");
    assert.equal(c.basis, "territory:BGD");
    assert.equal(x.preconditions.outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["territory:BGD"]);
    assert.deepEqual(x.reach, [{ start: "2010-06-01", end: "2010-06-30" }]);
  });

  test("Art. 11(2): Bangladesh conduct straddling 2010-06-01 → reach from 2010-06-01", async () => {
    const a = await run(factSet([at("BGD", "2010-01-01", "2010-12-31")]));
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).reach, [{ start: "2010-06-01", end: "2010-12-31" }]);
  });

  test("element vs effects: only effects on a State Party's territory → not_met, not_established, path element-on-state-party-territory", async () => {
    const i = incident({ territories: [{ state: "MMR", part: "conduct" }, { state: "BGD", part: "effects" }] });
    const a = await run(factSet([i]));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-a", "territory:BGD").outcome, "not_met");
    assert.equal(candidate(x, "art12-2-a", "territory:MMR").outcome, "not_met");
    assert.equal(x.preconditions.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
    assert.deepEqual(x.effectsOnly, ["BGD"]);
    const p = a.jurisdiction.paths.find((r) => r.route === "element-on-state-party-territory");
    assert.ok(p, `paths: ${JSON.stringify(a.jurisdiction.paths.map((r) => r.route))}`);
    assert.deepEqual(p.obstacleStates, ["BGD"]);
    const words = explainAssessment(a, runtime()).jurisdiction.paths.find((r) => r.route === p.route)!;
    assert.match(words.obstacles.join(" "), /Bangladesh/);
    assert.deepEqual(p.incidents, ["i0"]);
  });

  test("a legal element (not the conduct) on a State Party's territory suffices → met", async () => {
    const i = incident({ territories: [{ state: "MMR", part: "conduct" }, { state: "BGD", part: "element" }] });
    const a = await run(factSet([i]));
    assert.equal(candidate(inc(a), "art12-2-a", "territory:BGD").outcome, "met");
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).bases, ["territory:BGD"]);
  });

  test("undetermined: part null → undetermined, asks /incidents/0/territories/0/part", async () => {
    const a = await run(factSet([incident({ territories: [{ state: "BGD", part: null }] })]));
    const x = inc(a);
    const c = candidate(x, "art12-2-a", "territory:BGD");
    assert.equal(c.outcome, "undetermined");
    assert.ok(c.missing!.some((m) => m.pointer === "/incidents/0/territories/0/part"));
    assert.equal(x.preconditions.outcome, "undetermined");
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/incidents/0/territories/0/part");
  });

  test("undetermined: part absent → same question", async () => {
    const a = await run(factSet([incident({ territories: [{ state: "BGD" }] })]));
    assert.equal(candidate(inc(a), "art12-2-a", "territory:BGD").outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/territories/0/part");
  });

  test("undetermined: territories absent → synthetic unknown, asks /incidents/0/territories", async () => {
    const i = incident({ perpetrators: [{ id: "p1", nationalities: ["MMR"], adult: true }] });
    delete i.territories;
    const a = await run(factSet([i]));
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/territories");
  });

  test("vessel registered in a State Party (via vessel, PAN) → met, established", async () => {
    const i = incident({ start: "2010-03-01", end: "2010-03-02", territories: [{ state: "PAN", part: "conduct", via: "vessel" }] });
    const a = await run(factSet([i]));
    assert.equal(candidate(inc(a), "art12-2-a", "territory:PAN").outcome, "met");
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).bases, ["territory:PAN"]);
  });

  test("aircraft registered in a non-party (via aircraft, CHN) → not_met", async () => {
    const i = incident({ start: "2010-03-01", end: "2010-03-02", territories: [{ state: "CHN", part: "conduct", via: "aircraft" }] });
    const a = await run(factSet([i]));
    assert.equal(candidate(inc(a), "art12-2-a", "territory:CHN").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
  });

  test("Art. 127(2): Burundi conduct in 2016 stays within jurisdiction though assessed in 2020", async () => {
    const a = await run(factSet([at("BDI", "2016-04-01", "2016-05-31", ["BDI"])], { assessmentDate: "2020-01-01" }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-a", "territory:BDI").outcome, "met");
    assert.equal(x.outcome, "established");
    assert.ok(x.bases.includes("territory:BDI"));
  });

  test("Art. 127(1): Burundi conduct from 2017-10-27 (withdrawal effective) on → not_met, not_established", async () => {
    const a = await run(factSet([at("BDI", "2017-10-27", "2018-03-31", ["BDI"])], { assessmentDate: "2020-01-01" }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-a", "territory:BDI").outcome, "not_met");
    assert.equal(x.preconditions.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("Art. 127: Burundi conduct straddling the withdrawal → established, reach ending 2017-10-26", async () => {
    const a = await run(factSet([at("BDI", "2017-06-01", "2018-03-31", ["BDI"])], { assessmentDate: "2020-01-01" }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-a", "territory:BDI").outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.reach, [{ start: "2017-06-01", end: "2017-10-26" }]);
  });

  test("Art. 127: Philippines conduct 2016–2019 → reach 2016-07-01 to 2019-03-16", async () => {
    const a = await run(factSet([at("PHL", "2016-07-01", "2019-06-30", ["PHL"])], { assessmentDate: "2021-09-15" }));
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).reach, [{ start: "2016-07-01", end: "2019-03-16" }]);
  });

  test("Art. 127: a withdrawal not yet notified on the assessment date is not applied (Burundi, assessed 2016-06-01)", async () => {
    const a = await run(factSet([at("BDI", "2016-04-01", "2016-05-31", ["BDI"])], { assessmentDate: "2016-06-01" }));
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).reach, [{ start: "2016-04-01", end: "2016-05-31" }]);
  });

  test("undetermined: end unknown, start before a later party's entry into force → undetermined, asks for the end", async () => {
    const a = await run(factSet([at("BGD", "2010-01-01", null)]));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-a", "territory:BGD").outcome, "undetermined");
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/incidents/0/end");
  });
});

describe("art12-preconditions and jurisdiction-incident (incident.json)", () => {
  test("met/not_met/undetermined of art12-preconditions lead to the incident outcome", async () => {
    const met = inc(await run(factSet([at("BGD", "2017-08-25", "2017-09-30")])));
    assert.equal(met.preconditions.outcome, "met");
    assert.equal(met.conclusion.outcome, "met");
    assert.equal(met.outcome, "established");

    const notMet = inc(await run(factSet([at("MMR", "2017-08-25", "2017-09-30")])));
    assert.equal(notMet.preconditions.outcome, "not_met");
    assert.equal(notMet.conclusion.outcome, "not_met");
    assert.equal(notMet.outcome, "not_established");

    const a = await run(factSet([incident({ territories: [{ state: "BGD", part: null }] })]));
    assert.equal(inc(a).preconditions.outcome, "undetermined");
    assert.equal(inc(a).conclusion.outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/territories/0/part");
  });

  test("one basis met among undetermined ones → established and no question asked for the others", async () => {
    const i = incident({ territories: [{ state: "BGD", part: "conduct" }, { state: "IND", part: "conduct" }, { state: "FRA", part: null }] });
    const a = await run(factSet([i]));
    assert.equal(candidate(inc(a), "art12-2-a", "territory:IND").outcome, "not_met"); // India: not a party
    assert.equal(candidate(inc(a), "art12-2-a", "territory:FRA").outcome, "undetermined");
    assert.equal(inc(a).outcome, "established");
    assertNotMissing(a, "/incidents/0/territories/2/part");
  });

  test("jurisdiction-incident not_met through Art. 11 although a basis exists in later time", async () => {
    const x = inc(await run(factSet([at("FRA", "1999-01-01", "2000-01-01")])));
    assert.equal(x.conclusion.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("jurisdiction-incident undetermined when only Art. 11 is unknown, and asks only for the dates", async () => {
    const a = await run(factSet([at("FRA", null, null)]));
    assert.equal(inc(a).conclusion.outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/start");
  });

  test("the Bangladesh/Myanmar scenario: deportation element in Bangladesh", async () => {
    const fs = (await import("node:fs")).readFileSync(require.resolve("../../../scenarios/bangladesh-myanmar.json"), "utf8");
    const a = await run(JSON.parse(fs));
    assert.ok(a.jurisdiction.incidents.some((x) => x.outcome === "established" && x.bases.includes("territory:BGD")), JSON.stringify(a.jurisdiction.incidents.map((x) => [x.id, x.outcome, x.bases])));
  });
});
