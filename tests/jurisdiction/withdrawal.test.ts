/** art127-2: an investigation authorized after a withdrawal took effect (Art. 127(2); contested). */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { at, factSet, run } from "./helpers";

const philippines = (proprioMotu: Record<string, unknown>) =>
  factSet([at("PHL", "2016-07-01", "2019-03-16", ["PHL"])], { assessmentDate: "2021-09-15", proprioMotu });
const route = (a: Awaited<ReturnType<typeof run>>) => a.jurisdiction.trigger.routes.find((r) => r.route === "proprio-motu")!;

describe("art127-2: a matter already under consideration before the withdrawal took effect", () => {
  test("met: preliminary examination opened while still a party (Philippines) → triggered, reading named", async () => {
    const a = await run(philippines({ preliminaryExamination: "2018-02-08", requested: "2021-05-24", authorized: "2021-09-15" }));
    const t = route(a).traces.find((x) => x.id === "art127-2")!;
    assert.equal(t.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.ok(a.jurisdiction.trigger.notes.some((n) => n.includes("Reading used") && n.includes("Other reading")));
    assert.equal(a.jurisdiction.incidents[0]!.outcome, "established", "crimes committed while a party stay within jurisdiction");
  });
  test("met on the last day as a party: a preliminary examination opened on 2019-03-16 still counts", async () => {
    const a = await run(philippines({ preliminaryExamination: "2019-03-16", authorized: "2021-09-15" }));
    assert.equal(route(a).traces.find((x) => x.id === "art127-2")!.outcome, "met");
  });
  test("not_met: no preliminary examination before the withdrawal took effect → not triggered", async () => {
    const a = await run(philippines({ preliminaryExamination: "2019-03-17", authorized: "2021-09-15" }));
    assert.equal(route(a).traces.find((x) => x.id === "art127-2")!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.equal(a.jurisdiction.incidents[0]!.outcome, "established", "jurisdiction itself is unaffected");
  });
  test("not applicable: authorized before the withdrawal took effect (Burundi, 25 October 2017)", async () => {
    const a = await run(factSet([at("BDI", "2015-04-26", "2017-10-26", ["BDI"])], { assessmentDate: "2017-11-09", proprioMotu: { preliminaryExamination: "2016-04-25", authorized: "2017-10-25" } }));
    assert.equal(route(a).traces.some((x) => x.id === "art127-2"), false);
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });
  test("never undetermined: an absent preliminary examination is taken as none (the procedural record is complete)", async () => {
    // An authorization the reference data does not hold (a day before the real one), so no examination is known.
    const a = await run(factSet([at("PHL", "2016-07-01", "2019-03-16", ["PHL"])], { assessmentDate: "2021-09-14", proprioMotu: { authorized: "2021-09-14", scope: { territories: ["PHL"] } } }));
    assert.equal(route(a).traces.find((x) => x.id === "art127-2")!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
  });
  test("the Court's own record: an authorization matching the reference takes its preliminary examination (Philippines, opened 8 February 2018)", async () => {
    const a = await run(philippines({ authorized: "2021-09-15" }));
    assert.equal(route(a).traces.find((x) => x.id === "art127-2")!.outcome, "met");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
  });
});

describe("art127-2 per step: a referral, and another basis that still stands", () => {
  // March 2015: Burundi a party, and before the period of the real 2017 authorization (from 26 April 2015).
  const burundi2016 = () => at("BDI", "2015-03-01", "2015-03-31", ["BDI"]);
  const BDI = { territories: ["BDI"] };
  test("a State referral made after the withdrawal took effect, with no preliminary examination before it → not triggered by it", async () => {
    const a = await run(factSet([burundi2016()], { assessmentDate: "2018-06-01", referrals: { states: [{ by: ["NOR"], date: "2018-03-01", scope: BDI }] } }));
    const r = route(a);
    assert.equal(a.jurisdiction.trigger.routes.find((x) => x.route === "state-referral")!.outcome, "not_met");
    assert.equal(a.jurisdiction.trigger.outcome, "not_triggered");
    assert.equal(r.outcome, "not_met");
  });
  test("the same referral with a preliminary examination opened while Burundi was a party → triggered", async () => {
    const a = await run(factSet([burundi2016()], { assessmentDate: "2018-06-01", referrals: { states: [{ by: ["NOR"], date: "2018-03-01", scope: BDI }] }, proprioMotu: { preliminaryExamination: "2016-04-25" } }));
    assert.equal(a.jurisdiction.trigger.outcome, "triggered");
    assert.deepEqual(a.jurisdiction.trigger.by, ["state-referral"]);
  });
  test("a late authorization still stands on another basis: a perpetrator who is also a national of a State that stayed a party", async () => {
    const inc = at("BDI", "2015-03-01", "2015-03-31", ["BDI", "NOR"]);
    const a = await run(factSet([inc], { assessmentDate: "2018-06-01", proprioMotu: { preliminaryExamination: "2017-12-01", authorized: "2018-03-01", scope: { territories: ["BDI"], nationals: ["NOR"] } } }));
    assert.equal(route(a).traces.find((x) => x.id === "art127-2")!.outcome, "not_met", "Burundi's membership cannot carry it");
    assert.equal(a.jurisdiction.trigger.outcome, "triggered", "Norway's can");
    assert.ok(a.jurisdiction.incidents[0]!.bases.includes("nationality:NOR"));
    // The contested reading decided nothing here: it is not printed.
    assert.ok(!a.jurisdiction.trigger.notes.some((n) => n.includes("Reading used")), JSON.stringify(a.jurisdiction.trigger.notes));
  });
});
