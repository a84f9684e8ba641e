/** rules/jurisdiction/nationality.json (art12-2-b) and declarations.json (art12-3-territory, art12-3-nationality). */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { at, assertMissing, candidate, factSet, inc, incident, run } from "./helpers";

describe("art12-2-b: nationality of a State Party (Art. 12(2)(b))", () => {
  test("met: a GBR national in CHN → established, bases [nationality:GBR]", async () => {
    const a = await run(factSet([at("CHN", "2018-01-01", "2018-12-31", ["GBR"])]));
    const x = inc(a);
    const c = candidate(x, "art12-2-b", "nationality:GBR (p1)");
    assert.equal(c.outcome, "met");
    assert.equal(candidate(x, "art12-2-a", "territory:CHN").outcome, "not_met");
    assert.equal(x.preconditions.outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["nationality:GBR"]);
  });

  test("met through one of two nationalities (dual national CHN/GBR)", async () => {
    const a = await run(factSet([at("CHN", "2018-01-01", "2018-12-31", ["CHN", "GBR"])]));
    assert.equal(candidate(inc(a), "art12-2-b", "nationality:CHN (p1)").outcome, "not_met");
    assert.equal(candidate(inc(a), "art12-2-b", "nationality:GBR (p1)").outcome, "met");
    assert.deepEqual(inc(a).bases, ["nationality:GBR"]);
  });

  test("not_met: a Bangladeshi national's conduct in CHN before Bangladesh joined → not_established", async () => {
    const a = await run(factSet([at("CHN", "2009-01-01", "2010-05-31", ["BGD"])]));
    const x = inc(a);
    assert.equal(candidate(x, "art12-2-b", "nationality:BGD (p1)").outcome, "not_met");
    assert.equal(x.preconditions.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("not_met: a Burundian national's conduct abroad after the withdrawal took effect (Art. 127)", async () => {
    const a = await run(factSet([at("COD", "2018-01-01", "2018-02-01", ["BDI"], { territories: [{ state: "CHN", part: "conduct" }] })], { assessmentDate: "2020-01-01" }));
    assert.equal(candidate(inc(a), "art12-2-b", "nationality:BDI (p1)").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
  });

  test("undetermined: end unknown and start before Bangladesh's entry into force → undetermined, asks /incidents/0/end", async () => {
    const a = await run(factSet([at("CHN", "2010-01-01", null, ["BGD"])]));
    const x = inc(a);
    const c = candidate(x, "art12-2-b", "nationality:BGD (p1)");
    assert.equal(c.outcome, "undetermined");
    assert.ok(c.missing!.some((m) => m.pointer === "/incidents/0/end"), JSON.stringify(c.missing));
    assert.equal(x.temporal.outcome, "met");
    assert.equal(x.preconditions.outcome, "undetermined");
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/incidents/0/end");
  });

  test("undetermined: nationalities unknown on a non-party's territory → asks /incidents/0/perpetrators/0/nationalities", async () => {
    const a = await run(factSet([incident({ territories: [{ state: "CHN", part: "conduct" }], perpetrators: [{ id: "p1", adult: true }] })]));
    assert.equal(inc(a).preconditions.outcome, "undetermined");
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/perpetrators/0/nationalities");
  });

  test("undetermined: no perpetrators on a non-party's territory → asks /incidents/0/perpetrators", async () => {
    const i = incident({ territories: [{ state: "CHN", part: "conduct" }] });
    delete i.perpetrators;
    const a = await run(factSet([i]));
    assert.equal(inc(a).outcome, "undetermined");
    assertMissing(a, "/incidents/0/perpetrators");
  });

  test("hypothetical membership: CHN from 2010-01-01 → territory:CHN (hypothetical), assessment.hypothetical", async () => {
    const a = await run(factSet([at("CHN", "2017-04-01", "2018-12-31", ["CHN"])], {
      assessmentDate: "2020-12-14", hypotheticals: { membership: [{ state: "CHN", entryIntoForce: "2010-01-01" }] },
    }));
    const x = inc(a);
    assert.equal(a.hypothetical, true);
    assert.equal(candidate(x, "art12-2-a", "territory:CHN (hypothetical)").outcome, "met");
    assert.equal(candidate(x, "art12-2-a", "territory:CHN").outcome, "not_met");
    assert.equal(candidate(x, "art12-2-b", "nationality:CHN (hypothetical) (p1)").outcome, "met");
    assert.equal(x.outcome, "established");
    assert.ok(x.bases.includes("territory:CHN (hypothetical)"), JSON.stringify(x.bases));
    assert.ok(x.bases.includes("nationality:CHN (hypothetical)"), JSON.stringify(x.bases));
    assert.ok(x.basesFound.every((b) => b.hypothetical));
  });

  test("hypothetical membership entering into force after the conduct → not_met, assessment still hypothetical", async () => {
    const a = await run(factSet([at("CHN", "2017-04-01", "2018-12-31", ["CHN"])], {
      assessmentDate: "2020-12-14", hypotheticals: { membership: [{ state: "CHN", entryIntoForce: "2019-01-01" }] },
    }));
    assert.equal(candidate(inc(a), "art12-2-a", "territory:CHN (hypothetical)").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
    assert.equal(a.hypothetical, true);
  });

  test("no hypotheticals → assessment.hypothetical false", async () => {
    const a = await run(factSet([at("BGD", "2017-08-25", "2017-09-30")]));
    assert.equal(a.hypothetical, false);
  });
});

describe("art12-3-territory: declaration accepting jurisdiction over the territory (Art. 12(3))", () => {
  test("met: UKR conduct from 2014-03-01 by Russian nationals, assessed 2016-01-01 → bases [declaration:UKR-2015]", async () => {
    const a = await run(factSet([at("UKR", "2014-03-01", "2014-03-31", ["RUS"])], { assessmentDate: "2016-01-01" }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-3-territory", "territory:UKR × declaration:UKR-2015").outcome, "met");
    assert.equal(candidate(x, "art12-3-territory", "territory:UKR × declaration:UKR-2014").outcome, "not_met");
    assert.equal(candidate(x, "art12-2-a", "territory:UKR").outcome, "not_met");
    assert.equal(x.preconditions.outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["declaration:UKR-2015"]);
  });

  test("met: Maidan conduct 2014-02-18..2014-02-20 → UKR-2014 (and UKR-2015 from 2014-02-20)", async () => {
    const a = await run(factSet([at("UKR", "2014-02-18", "2014-02-20", ["UKR"])], { assessmentDate: "2016-01-01" }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-3-territory", "territory:UKR × declaration:UKR-2014").outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual([...x.bases].sort(), ["declaration:UKR-2014", "declaration:UKR-2015"]);
    assert.deepEqual(x.reach, [{ start: "2014-02-18", end: "2014-02-20" }]);
  });

  test("not applied: a reference declaration lodged after the assessment date (UKR-2015 lodged 2015-09-08, assessed 2015-06-01)", async () => {
    const a = await run(factSet([at("UKR", "2014-03-01", "2014-03-31", ["RUS"])], { assessmentDate: "2015-06-01" }));
    const x = inc(a);
    assert.ok(!x.preconditions.candidates.some((c) => c.subject.includes("UKR-2015")));
    assert.equal(candidate(x, "art12-3-territory", "territory:UKR × declaration:UKR-2014").outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("not_met: a fact-set declaration lodged after the assessment date is not applied", async () => {
    const a = await run(factSet([at("MMR", "2017-08-25", "2017-09-30", ["MMR"])], {
      assessmentDate: "2019-01-01",
      declarations: [{ id: "MMR-2020", state: "MMR", lodged: "2020-01-01", from: "2016-01-01", scope: ["territory"] }],
    }));
    const x = inc(a);
    const c = candidate(x, "art12-3-territory", "territory:MMR × declaration:MMR-2020");
    assert.equal(c.outcome, "not_met");
    assert.equal(x.preconditions.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("met: the same fact-set declaration lodged before the assessment date", async () => {
    const a = await run(factSet([at("MMR", "2017-08-25", "2017-09-30", ["MMR"])], {
      assessmentDate: "2021-01-01",
      declarations: [{ id: "MMR-2020", state: "MMR", lodged: "2020-01-01", from: "2016-01-01", scope: ["territory"] }],
    }));
    assert.equal(candidate(inc(a), "art12-3-territory", "territory:MMR × declaration:MMR-2020").outcome, "met");
    assert.equal(inc(a).outcome, "established");
    assert.deepEqual(inc(a).bases, ["declaration:MMR-2020"]);
  });

  test("not_met: conduct before the declaration's period", async () => {
    const a = await run(factSet([at("UKR", "2013-01-01", "2013-06-30", ["UKR"])], { assessmentDate: "2016-01-01" }));
    assert.equal(candidate(inc(a), "art12-3-territory", "territory:UKR × declaration:UKR-2014").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
  });

  test("undetermined: what took place in Ukraine unknown (part null) → asks /incidents/0/territories/0/part", async () => {
    const a = await run(factSet([at("UKR", "2014-03-01", "2014-03-31", ["RUS"], { territories: [{ state: "UKR", part: null }] })], { assessmentDate: "2016-01-01" }));
    const x = inc(a);
    const c = candidate(x, "art12-3-territory", "territory:UKR × declaration:UKR-2015");
    assert.equal(c.outcome, "undetermined");
    assert.ok(c.missing!.some((m) => m.pointer === "/incidents/0/territories/0/part"));
    assert.equal(x.preconditions.outcome, "undetermined");
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/incidents/0/territories/0/part");
  });

  test("undetermined: end unknown and start before the declaration's period → asks /incidents/0/end", async () => {
    const a = await run(factSet([at("UKR", "2013-06-01", null, ["RUS"])], { assessmentDate: "2016-01-01" }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-3-territory", "territory:UKR × declaration:UKR-2014").outcome, "undetermined");
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/incidents/0/end");
  });
});

describe("art12-3-nationality: declaration accepting jurisdiction over nationals (Art. 12(3))", () => {
  const natDecl = { id: "MMR-N", state: "MMR", lodged: "2015-01-01", from: "2012-01-01", scope: ["nationals"] };

  test("not_met: a Ukrainian national's conduct in RUS in 2016 — UKR-2015 covers territory only → not_established", async () => {
    const a = await run(factSet([at("RUS", "2016-03-01", "2016-03-31", ["UKR"])], { assessmentDate: "2016-06-01" }));
    const x = inc(a);
    const c = candidate(x, "art12-3-nationality", "nationality:UKR (p1) × declaration:UKR-2015");
    assert.equal(c.outcome, "not_met");
    assert.equal(x.preconditions.outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("met: a fact-set declaration by MMR for its nationals reaches an MMR national's conduct in CHN", async () => {
    const a = await run(factSet([at("CHN", "2013-01-01", "2013-02-01", ["MMR"])], { assessmentDate: "2016-01-01", declarations: [natDecl] }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-3-nationality", "nationality:MMR (p1) × declaration:MMR-N").outcome, "met");
    assert.equal(x.preconditions.outcome, "met");
    assert.equal(x.outcome, "established");
    assert.deepEqual(x.bases, ["declaration:MMR-N"]);
  });

  test("a nationals-only declaration does not reach the declaring State's territory for foreigners", async () => {
    const a = await run(factSet([at("MMR", "2013-01-01", "2013-02-01", ["CHN"])], { assessmentDate: "2016-01-01", declarations: [natDecl] }));
    const x = inc(a);
    assert.equal(candidate(x, "art12-3-territory", "territory:MMR × declaration:MMR-N").outcome, "not_met");
    assert.equal(x.outcome, "not_established");
  });

  test("not_met: conduct before the declaration's period", async () => {
    const a = await run(factSet([at("CHN", "2010-01-01", "2011-12-31", ["MMR"])], { assessmentDate: "2016-01-01", declarations: [natDecl] }));
    assert.equal(candidate(inc(a), "art12-3-nationality", "nationality:MMR (p1) × declaration:MMR-N").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
  });

  test("not_met: lodged after the assessment date", async () => {
    const a = await run(factSet([at("CHN", "2013-01-01", "2013-02-01", ["MMR"])], { assessmentDate: "2014-01-01", declarations: [natDecl] }));
    assert.equal(candidate(inc(a), "art12-3-nationality", "nationality:MMR (p1) × declaration:MMR-N").outcome, "not_met");
    assert.equal(inc(a).outcome, "not_established");
  });

  test("undetermined: end unknown and start before the declaration's period → asks /incidents/0/end", async () => {
    const a = await run(factSet([at("CHN", "2011-06-01", null, ["MMR"])], { assessmentDate: "2016-01-01", declarations: [natDecl] }));
    const x = inc(a);
    const c = candidate(x, "art12-3-nationality", "nationality:MMR (p1) × declaration:MMR-N");
    assert.equal(c.outcome, "undetermined");
    assert.equal(x.preconditions.outcome, "undetermined");
    assert.equal(x.outcome, "undetermined");
    assertMissing(a, "/incidents/0/end");
  });
});
