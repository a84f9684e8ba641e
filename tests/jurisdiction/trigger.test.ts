/** rules/jurisdiction/trigger.json: art13-a, art15, art16, trigger, deferral-in-force. */
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { at, assertMissing, factSet, route, run } from "./helpers";

const bgd = () => [at("BGD", "2017-08-25", "2017-09-30")];

describe("art13-a: referral by States Parties (Arts. 13(a), 14)", () => {
  test("met: referral by a State Party → triggered by state-referral", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BGD"], date: "2019-01-01" }] } }));
    const r = route(a, "state-referral");
    assert.equal(r.traces.length, 1);
    assert.equal(r.traces[0]!.id, "art13-a");
    assert.equal(r.traces[0]!.outcome, "met");
    assert.equal(a.jurisdiction.trigger.conclusion.id, "trigger");
    assert.equal(a.jurisdiction.trigger.conclusion.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["state-referral"]);
    assert.deepEqual(a.jurisdiction.trigger.open, []);
  });

  test("met: joint referral by several States Parties", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["FRA", "GBR"], date: "2019-01-01" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("not_met: referral by a non-party → not_triggered", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["CHN"], date: "2019-01-01" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, []);
    assert.equal(a.jurisdiction.trigger.open.length, 3);
  });

  test("met: a joint referral stands on its States Parties; a non-party among them adds nothing (Art. 14(1))", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["FRA", "USA"], date: "2019-01-01" }] } }));
    const t = route(a, "state-referral").traces[0]!;
    assert.equal(t.outcome, "met");
    assert.match(t.explanation, /United States/);
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("not_met: referral by Burundi after its withdrawal took effect", async () => {
    const a = await run(factSet([at("BDI", "2016-04-01", "2016-05-31", ["BDI"])], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BDI"], date: "2018-01-01" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("not_met: referral made after the assessment date", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BGD"], date: "2020-01-02" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("not_met: the referred situation's period does not cover the incident", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BGD"], date: "2019-01-01", from: "2018-01-01", to: "2018-12-31" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });

  test("undetermined: the incident's dates unknown → coverage unknown → trigger undetermined, start asked", async () => {
    const a = await run(factSet([at("BGD", null, null)], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BGD"], date: "2019-01-01" }] } }));
    assert.equal(route(a, "state-referral").traces[0]!.outcome, "undetermined");
    assert.equal(route(a, "state-referral").outcome, "undetermined");
    assert.equal(a.jurisdiction.trigger.outcome, "undetermined");
    assertMissing(a, "/incidents/0/start");
  });

  test("undetermined trigger: the missing start is also recorded as needed for the trigger", async () => {
    const a = await run(factSet([at("BGD", null, null)], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BGD"], date: "2019-01-01" }] } }));
    const m = a.missingFacts.find((f) => f.pointer === "/incidents/0/start");
    assert.ok(m);
    assert.ok(m.neededFor.some((n) => n.includes("trigger")), `neededFor: ${JSON.stringify(m.neededFor)}`);
  });
});

test("an undetermined trigger always leaves a question in missingFacts (the incident's dates unknown)", async () => {
  const i = at("BGD", null, null, ["MMR"], { perpetrators: [{ id: "p1", nationalities: ["MMR"], adult: false }] });
  const a = await run(factSet([i], { assessmentDate: "2020-01-01", referrals: { states: [{ by: ["BGD"], date: "2019-01-01" }] } }));
  assert.equal(a.jurisdiction.incidents[0]!.outcome, "undetermined");
  assert.equal(a.jurisdiction.trigger.outcome, "undetermined");
  assert.ok(a.missingFacts.some((m) => m.neededFor.some((n) => n.includes("trigger"))), `missingFacts: ${JSON.stringify(a.missingFacts)}`);
});

describe("art15: proprio motu investigation authorized (Arts. 13(c), 15(4))", () => {
  test("met: authorized before the assessment date → triggered by proprio-motu", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", proprioMotu: { requested: "2019-07-04", authorized: "2019-11-14" } }));
    const r = route(a, "proprio-motu");
    assert.equal(r.traces[0]!.id, "art15");
    assert.equal(r.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["proprio-motu"]);
  });

  test("met on the day itself: authorized on the assessment date", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2019-11-14", proprioMotu: { authorized: "2019-11-14" } }));
    assert.equal(route(a, "proprio-motu").outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });

  test("not_met: authorized after the assessment date → not_triggered, with a note on the pending request", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2019-11-01", proprioMotu: { requested: "2019-07-04", authorized: "2019-11-14" } }));
    assert.equal(route(a, "proprio-motu").outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.ok(a.jurisdiction.trigger.notes.some((n) => n.includes("2019-07-04")));
  });

  test("not_met (record taken as complete): authorized null, or no proprioMotu at all", async () => {
    const a = await run(factSet(bgd(), { assessmentDate: "2020-01-01", proprioMotu: { requested: "2019-07-04", authorized: null } }));
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
    assert.ok(d.traces[0]!.missing.some((m) => m.pointer === "/deferrals/0/chapterVII"));
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
      assessmentDate: "2021-01-01", proprioMotu: { authorized: "2019-11-14" },
      referrals: { securityCouncil: [{ resolution: "S/RES/9999 (2020)", date: "2020-01-15", chapterVII: null, territories: ["BGD"] }] },
    }));
    assert.equal(route(a, "security-council").outcome, "undetermined");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["proprio-motu"]);
  });
});
