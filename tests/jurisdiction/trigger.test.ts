/** rules/jurisdiction/trigger.json, trigger-scope.json and deferral.json: art13-a, art15, trigger-scope, trigger-incident, art16, trigger, deferral-in-force. */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { at, assertMissing, factSet, route, run } from "./helpers";

// Ghana: a State Party with no situation before the Court, so only the steps a test gives count.
const bgd = () => [at("GHA", "2017-08-25", "2017-09-30", ["GHA"])];
const GHA = { territories: ["GHA"] };

describe("art13-a: referral by States Parties (Arts. 13(a), 14)", () => {
  test("met: referral by a State Party of the situation in its territory → triggered by state-referral", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-01-01", scope: GHA }] } }));
    const r = route(a, "state-referral");
    assert.equal(r.traces.length, 1);
    assert.equal(r.traces[0]!.id, "art13-a");
    assert.equal(r.traces[0]!.outcome, "met");
    assert.equal(a.jurisdiction.trigger.conclusion.id, "trigger");
    assert.equal(a.jurisdiction.trigger.conclusion.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["state-referral"]);
    assert.deepEqual(a.jurisdiction.trigger.open, []);
    assert.deepEqual(a.jurisdiction.trigger.incidents.map((x) => [x.id, x.outcome, x.steps]), [["i0", "triggered", ["state-referral:0"]]]);
  });

  test("met: joint referral by several States Parties", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["FRA", "GBR"], date: "2019-01-01", scope: GHA }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("not_met: referral by a non-party → not_triggered", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["CHN"], date: "2019-01-01", scope: GHA }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, []);
    assert.equal(a.jurisdiction.trigger.open.length, 3);
  });

  test("met: a joint referral stands on its States Parties; a non-party among them adds nothing (Art. 14(1))", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["FRA", "USA"], date: "2019-01-01", scope: GHA }] } }));
    const t = route(a, "state-referral").traces[0]!;
    assert.equal(t.outcome, "met");
    assert.match(t.explanation, /United States/);
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("not_met: referral by Burundi after its withdrawal took effect", async () => {
    const a = await run(factSet([at("BDI", "2016-04-01", "2016-05-31", ["BDI"])], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BDI"], date: "2018-01-01", scope: { territories: ["BDI"] } }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
  });

  test("not_met: referral made after the assessment date", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2020-01-02", scope: GHA }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("not_met: the referred situation's period does not cover the incident (the shorthand from/to)", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-01-01", from: "2018-01-01", to: "2018-12-31" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "met", "the referral is a valid step");
    assert.equal(route(a, "state-referral").outcome, "not_met", "but it reaches no incident");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("undetermined: the incident's dates unknown → coverage unknown → trigger undetermined, start asked for the trigger", async () => {
    const a = await run(factSet([at("GHA", null, null, ["GHA"])], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-01-01", scope: GHA }] } }));
    assert.equal(route(a, "state-referral").outcome, "undetermined");
    assert.equal(a.jurisdiction.trigger.outcome, "undetermined");
    const m = a.missingFacts.find((f) => f.pointer === "/incidents/0/start");
    assert.ok(m, JSON.stringify(a.missingFacts));
    assert.ok(m.neededFor.some((n) => n.includes("trigger")), `neededFor: ${JSON.stringify(m.neededFor)}`);
  });

  test("undetermined: a referral given without its territories, matching nothing in the reference data → asks for its scope", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-01-01" }] } }));
    assert.equal(a.jurisdiction.trigger.outcome, "undetermined");
    assertMissing(a, "/referrals/states/0/scope");
  });
});

describe("trigger per incident, within each step's scope (Arts. 13–15)", () => {
  test("a referral reaches only the incidents within its territories: the other is outside, and the memo is told", async () => {
    const a = await run(factSet([at("GHA", "2019-02-01", "2019-02-10", ["GHA"], { id: "in-ghana" }), at("SEN", "2019-02-01", "2019-02-10", ["SEN"], { id: "in-senegal" })], {
      assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-06-01", scope: GHA }] },
    }));
    const t = a.jurisdiction.trigger;
    assert.equal(t.outcome, "triggered");
    assert.deepEqual(t.incidents.map((x) => [x.id, x.outcome]), [["in-ghana", "triggered"], ["in-senegal", "not_triggered"]]);
    assert.deepEqual(t.outsideScope, ["in-senegal"]);
    assert.ok(t.notes.some((n) => n.includes('"in-senegal"') && n.includes("15(3)")), JSON.stringify(t.notes));
  });

  test("Georgia: the 2016 authorization (1 July–10 October 2008) does not reach conduct of November 2008", async () => {
    const a = await run(factSet([at("GEO", "2008-08-08", "2008-08-20", ["RUS"], { id: "august" }), at("GEO", "2008-11-01", "2008-11-30", ["RUS"], { id: "november" })], {
      assessmentDate: "2016-06-01", proprioMotu: { preliminaryExamination: "2008-08-14", requested: "2015-10-13", authorized: "2016-01-27" },
    }));
    const t = a.jurisdiction.trigger;
    assert.deepEqual(t.incidents.map((x) => [x.id, x.outcome]), [["august", "triggered"], ["november", "not_triggered"]]);
    const step = t.steps.find((s) => s.key === "proprio-motu")!;
    assert.equal(step.situation, "ICC-01/15");
    assert.equal(step.scopeFrom, "reference");
    assert.deepEqual([step.scope?.from, step.scope?.to], ["2008-07-01", "2008-10-10"]);
  });

  test("Kenya: the 2010 authorization (1 June 2005–26 November 2009) read from the reference data when the fact set names no step", async () => {
    const inside = await run(factSet([at("KEN", "2007-12-27", "2008-02-28", ["KEN"])], { assessmentDate: "2012-01-01" }));
    assert.equal(inside.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(inside.jurisdiction.trigger.by, ["proprio-motu"]);
    const after = await run(factSet([at("KEN", "2010-01-01", "2010-01-31", ["KEN"])], { assessmentDate: "2012-01-01" }));
    assert.equal(after.jurisdiction.trigger.outcome, "not_triggered");
    const before = await run(factSet([at("KEN", "2007-12-27", "2008-02-28", ["KEN"])], { assessmentDate: "2010-03-30" }));
    assert.equal(before.jurisdiction.trigger.outcome, "not_triggered", "not known before the decision");
  });

  test("Burundi: the 2017 authorization reaches Burundian nationals' conduct abroad (its `nationals`), within its period", async () => {
    const abroad = await run(factSet([at("COD", "2016-03-01", "2016-03-31", ["BDI"])], { assessmentDate: "2018-01-01" }));
    const t = abroad.jurisdiction.trigger.incidents[0]!;
    assert.equal(t.outcome, "triggered", JSON.stringify(t.coverage.map((c) => [c.subject, c.outcome])));
    const other = await run(factSet([at("COD", "2016-03-01", "2016-03-31", ["RWA"])], { assessmentDate: "2018-01-01" }));
    assert.notEqual(other.jurisdiction.trigger.incidents[0]!.steps.join(), "ref:ICC-01/17:1");
  });

  test("a fact-set scope overrides the reference one; an unknown scope of a step matching nothing is asked", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", proprioMotu: { authorized: "2019-03-03", scope: { territories: ["SEN"] } } }));
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    const b = await run(factSet(bgd(), { assessmentDate: "2020-01-01", proprioMotu: { authorized: "2019-03-03" } }));
    assert.equal(b.jurisdiction.trigger.outcome, "undetermined");
    assertMissing(b, "/proprioMotu/scope");
  });

  test("effects alone do not place conduct within a territorial scope (Bangladesh/Myanmar, 2019)", async () => {
    const i = at("MMR", "2017-08-25", "2017-09-30", ["MMR"], { territories: [{ state: "MMR", part: "conduct" }, { state: "BGD", part: "effects" }] });
    const a = await run(factSet([i], { assessmentDate: "2020-01-01" }));
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    const j = at("MMR", "2017-08-25", "2017-09-30", ["MMR"], { territories: [{ state: "MMR", part: "conduct" }, { state: "BGD", part: "element" }] });
    assert.equal((await run(factSet([j], { assessmentDate: "2020-01-01" }))).jurisdiction.trigger.outcome, "triggered");
  });

  test("a referral given in the fact set is matched to the reference one (same date, a referring State in common) and takes its scope", async () => {
    const a = await run(factSet([at("VEN", "2017-04-01", "2017-07-31", ["VEN"])], { assessmentDate: "2019-01-01", referrals: { states: [{ by: ["ARG", "CAN"], date: "2018-09-27" }] } }));
    const step = a.jurisdiction.trigger.steps.find((s) => s.key === "state-referral:0")!;
    assert.equal(step.situation, "ICC-02/18");
    assert.equal(step.scopeFrom, "reference");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.equal(a.jurisdiction.trigger.steps.filter((s) => s.situation === "ICC-02/18").length, 1, "counted once");
  });
});

test("an undetermined trigger always leaves a question in missingFacts (the incident's dates unknown)", async () => {
  const i = at("GHA", null, null, ["GHA"], { perpetrators: [{ id: "p1", nationalities: ["GHA"], adult: false }] });
  const a = await run(factSet([i], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-01-01", scope: GHA }] } }));
  assert.equal(a.jurisdiction.incidents[0]!.outcome, "undetermined");
  assert.equal(a.jurisdiction.trigger.outcome, "undetermined");
  assert.ok(a.missingFacts.some((m) => m.neededFor.some((n) => n.includes("trigger"))), `missingFacts: ${JSON.stringify(a.missingFacts)}`);
});

describe("art15: proprio motu investigation authorized (Arts. 13(c), 15(4))", () => {
  const pm = (over: Record<string, unknown>) => ({ scope: GHA, ...over });
  test("met: authorized before the assessment date → triggered by proprio-motu", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", proprioMotu: pm({ requested: "2019-07-04", authorized: "2019-11-10" }) }));
    const r = route(a, "proprio-motu");
    assert.equal(r.traces[0]!.id, "art15");
    assert.equal(r.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["proprio-motu"]);
  });

  test("met on the day itself: authorized on the assessment date", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2019-11-10", proprioMotu: pm({ authorized: "2019-11-10" }) }));
    assert.equal(route(a, "proprio-motu").outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("not_met: authorized after the assessment date → not_triggered, with a note on the pending request", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2019-11-01", proprioMotu: pm({ requested: "2019-07-04", authorized: "2019-11-10" }) }));
    assert.equal(route(a, "proprio-motu").outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.ok(a.jurisdiction.trigger.notes.some((n) => n.includes("2019-07-04")));
  });

  test("not_met (record taken as complete): authorized null, or no proprioMotu at all", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", proprioMotu: pm({ requested: "2019-07-04", authorized: null }) }));
    assert.equal(route(a, "proprio-motu").outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    const b = await run(factSet(bgd(), { assessmentDate: "2020-01-01" }));
    assert.equal(route(b, "proprio-motu").outcome, "not_met");
    assert.equal(b.jurisdiction.trigger.outcome, "not_triggered");
  });
});

describe("art16 / deferral-in-force: Security Council deferral (Art. 16)", () => {
  const defer = (over: Record<string, unknown> = {}) => ({ resolution: "S/RES/9000 (2019)", chapterVII: true, from: "2019-06-01", ...over });

  test("met: Chapter VII deferral in force, no `to` → until = from + 12 months − 1 day", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", deferrals: [defer()] }));
    const d = a.jurisdiction.trigger.deferral;
    assert.equal(d.traces[0]!.id, "art16");
    assert.equal(d.traces[0]!.outcome, "met");
    assert.equal(d.conclusion.id, "deferral-in-force");
    assert.equal(d.inForce, "met");
    assert.equal(d.until, "2020-05-31");
  });

  test("met on the last day of the twelve months", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-05-31", deferrals: [defer()] }));
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "met");
    assert.equal(a.jurisdiction.trigger.deferral.until, "2020-05-31");
  });

  test("capped: a `to` beyond twelve months ends twelve months from the request, and the cap is explained (Art. 16)", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", deferrals: [defer({ to: "2021-12-31" })] }));
    assert.equal(a.jurisdiction.trigger.deferral.until, "2020-05-31");
    assert.ok(a.jurisdiction.trigger.notes.some((n) => n.includes("S/RES/9000 (2019)") && n.includes("31 May 2020") && n.includes("new resolution")), JSON.stringify(a.jurisdiction.trigger.notes));
    const later = await run(factSet(bgd(), { assessmentDate: "2020-07-01", deferrals: [defer({ to: "2021-12-31" })] }));
    assert.equal(later.jurisdiction.trigger.deferral.inForce, "not_met", "the request lapsed after twelve months");
  });

  test("a renewal is a new resolution: S/RES/1422 (2002) then S/RES/1487 (2003)", async () => {
    const d = [{ resolution: "S/RES/1422 (2002)", chapterVII: true, from: "2002-07-12" }, { resolution: "S/RES/1487 (2003)", chapterVII: true, from: "2003-06-12" }];
    const a = await run(factSet(bgd(), { assessmentDate: "2003-12-01", deferrals: d }));
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "met");
    assert.equal(a.jurisdiction.trigger.deferral.until, "2004-06-11");
    const b = await run(factSet(bgd(), { assessmentDate: "2004-07-01", deferrals: d }));
    assert.equal(b.jurisdiction.trigger.deferral.inForce, "not_met");
  });

  test("met with an explicit `to`", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", deferrals: [defer({ to: "2020-03-31" })] }));
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "met");
    assert.equal(a.jurisdiction.trigger.deferral.until, "2020-03-31");
  });

  test("until is the latest end of the deferrals in force (renewal)", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", deferrals: [defer(), defer({ resolution: "S/RES/9001 (2019)", from: "2019-12-01" })] }));
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "met");
    assert.equal(a.jurisdiction.trigger.deferral.until, "2020-11-30");
  });

  test("not_met: the day after twelve months", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-06-01", deferrals: [defer()] }));
    assert.equal(a.jurisdiction.trigger.deferral.traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "not_met");
    assert.equal(a.jurisdiction.trigger.deferral.until, null);
  });

  test("not_met: not adopted under Chapter VII", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", deferrals: [defer({ chapterVII: false })] }));
    assert.equal(a.jurisdiction.trigger.deferral.traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "not_met");
  });

  test("not_met: deferral starting after the assessment date", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2019-05-31", deferrals: [defer()] }));
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "not_met");
  });

  test("not_met: no deferral at all", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01" }));
    assert.equal(a.jurisdiction.trigger.deferral.inForce, "not_met");
    assert.equal(a.jurisdiction.trigger.deferral.until, null);
  });

  test("undetermined: chapterVII null → asks /deferrals/0/chapterVII", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", deferrals: [defer({ chapterVII: null })] }));
    const d = a.jurisdiction.trigger.deferral;
    assert.equal(d.traces[0]!.outcome, "undetermined");
    assert.ok(d.traces[0]!.missing!.some((m) => m.pointer === "/deferrals/0/chapterVII"));
    assert.equal(d.inForce, "undetermined");
    assertMissing(a, "/deferrals/0/chapterVII");
  });
});

describe("trigger: the three routes together (Art. 13)", () => {
  test("not_triggered with no referral and no authorization; the open routes are listed", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01" }));
    assert.equal(a.jurisdiction.trigger.conclusion.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.equal(a.jurisdiction.trigger.open.length, 3);
  });

  test("one route met outweighs an undetermined one", async () => {
    const a = await run(factSet(bgd(), {
      assessmentDate: "2021-01-01", proprioMotu: { authorized: "2019-11-10", scope: GHA },
      referrals: { securityCouncil: [{ resolution: "S/RES/9999 (2020)", date: "2020-01-15", chapterVII: null, territories: ["GHA"], from: "2017-01-01" }] },
    }));
    assert.equal(route(a, "security-council").outcome, "undetermined");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["proprio-motu"]);
  });
});

describe("found by an independent check against the Court's own documents", () => {
  test("Palestine: the situation reaches Palestinian nationals' conduct in Israel of 7 October 2023 (PTC I, 21 November 2024)", async () => {
    const a = await run(factSet([at("ISR", "2023-10-07", "2023-10-07", ["PSE"])], { assessmentDate: "2024-12-01" }));
    assert.deepEqual(a.jurisdiction.incidents[0]!.bases, ["nationality:PSE"]);
    assert.equal(a.jurisdiction.trigger.incidents[0]!.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["state-referral"]);
  });

  test("an incident's open trigger is asked for even when another incident is triggered (Afghanistan: a third State, no situation named)", async () => {
    const a = await run(factSet([at("AFG", "2011-01-01", "2011-01-31", ["AFG"], { id: "kabul" }), at("ROU", "2004-01-01", "2004-01-31", ["USA"], { id: "black-site" })], { assessmentDate: "2021-01-01" }));
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.equal(a.jurisdiction.trigger.incidents[1]!.outcome, "undetermined");
    const m = a.missingFacts.find((f) => f.pointer === "/incidents/1/situations");
    assert.ok(m && m.neededFor.some((n) => n.includes('trigger for incident "black-site"')), JSON.stringify(a.missingFacts));
  });

  test("a reach known only by its last day starts no earlier than the basis (the Philippines, a party from 1 November 2011)", async () => {
    const a = await run(factSet([at("PHL", null, "2018-05-01", ["PHL"])], { assessmentDate: "2022-01-01" }));
    assert.deepEqual(a.jurisdiction.incidents[0]!.reach, [{ start: null, end: "2018-05-01", since: "2011-11-01" }]);
  });
});

test("no step in play at all: no trace per incident; the situation's trigger rule decides for each incident", async () => {
  // Ghana's territory, no referral, no authorization, no Court situation reaching it.
  const none = await run(factSet(bgd(), { assessmentDate: "2020-01-01" }));
  assert.equal(none.jurisdiction.trigger.outcome, "not_triggered");
  assert.equal(none.jurisdiction.trigger.incidents[0]!.outcome, "not_triggered");
  assert.equal(none.jurisdiction.trigger.incidents[0]!.conclusion, null, "nothing to walk through per incident");
  // With a step in play, each incident has its own trace again.
  const one = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["GHA"], date: "2019-01-01", scope: GHA }] } }));
  assert.equal(one.jurisdiction.trigger.incidents[0]!.conclusion?.id, "trigger-incident");
  assert.equal(one.jurisdiction.trigger.incidents[0]!.outcome, "triggered");
});
