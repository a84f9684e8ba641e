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
    const a = await run(philippines({ authorized: "2021-09-15" }));
    assert.equal(route(a).traces.find((x) => x.id === "art127-2")!.outcome, "not_met");
  });
});
