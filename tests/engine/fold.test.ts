/** Kleene's strong three-valued logic, and the operators' unknowns. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { kleeneAll, kleeneAny } from "../../src/engine/fold";
import { applyOperator } from "../../src/engine/operators";
import { deferralWindow } from "../../src/assess/subjects";
import { Outcome } from "../../src/engine/types";

const V: Outcome[] = ["met", "not_met", "undetermined"];
test("all: any not met → not met; else any undetermined → undetermined; else met", () => {
  for (const a of V) for (const b of V) {
    const want = a === "not_met" || b === "not_met" ? "not_met" : a === "undetermined" || b === "undetermined" ? "undetermined" : "met";
    assert.equal(kleeneAll([a, b]), want);
  }
  assert.equal(kleeneAll([]), "met");
});
test("any is the dual", () => {
  for (const a of V) for (const b of V) {
    const want = a === "met" || b === "met" ? "met" : a === "undetermined" || b === "undetermined" ? "undetermined" : "not_met";
    assert.equal(kleeneAny([a, b]), want);
  }
  assert.equal(kleeneAny([]), "not_met");
});
test("an absent fact is unknown, never false — even under notEqual", () => {
  assert.equal(applyOperator("equal", undefined, true), null);
  assert.equal(applyOperator("notEqual", undefined, true), null);
  assert.equal(applyOperator("equal", null, true), null);
  assert.equal(applyOperator("equal", false, true), false);
});
test("periods: an unknown end is unknown only when it matters", () => {
  const w = [{ from: "2010-06-01", to: null }];
  assert.equal(applyOperator("periodOverlaps", { start: "2011-01-01", end: null }, w), true);
  assert.equal(applyOperator("periodOverlaps", { start: "2009-01-01", end: null }, w), null);
  assert.equal(applyOperator("periodOverlaps", { start: "2009-01-01", end: "2010-05-31" }, w), false);
  assert.equal(applyOperator("periodOverlaps", { start: "2009-01-01", end: "2010-06-01" }, w), true);
  assert.equal(applyOperator("periodOverlaps", { start: null, end: null }, w), null);
  assert.equal(applyOperator("periodOverlaps", { start: "2019-01-01", end: "2019-02-01" }, [{ from: "2011-11-01", to: "2019-03-16" }]), true);
  assert.equal(applyOperator("periodOverlaps", { start: "2019-03-17", end: "2019-04-01" }, [{ from: "2011-11-01", to: "2019-03-16" }]), false);
});
test("the procedural record is complete: a step not given did not happen", () => {
  assert.equal(applyOperator("occurredBy", undefined, "2020-01-01"), false);
  assert.equal(applyOperator("occurredBy", "2019-11-14", "2020-01-01"), true);
  assert.equal(applyOperator("occurredBy", "2021-01-01", "2020-01-01"), false);
});
test("age: reached by the end of the conduct", () => {
  assert.equal(applyOperator("ageReachedDuring", { birthDate: "2000-06-15", start: "2018-01-01", end: "2018-06-14" }, 18), false);
  assert.equal(applyOperator("ageReachedDuring", { birthDate: "2000-06-15", start: "2018-01-01", end: "2018-06-15" }, 18), true);
  assert.equal(applyOperator("ageReachedDuring", { birthDate: null, start: "2018-01-01", end: "2018-06-15" }, 18), null);
  assert.equal(applyOperator("ageReachedDuring", { birthDate: "2000-06-15", start: "2018-01-01", end: null }, 18), null);
});

test("a deferral lasts twelve months: to the day before the same day a year on (from 29 February, to 28 February)", () => {
  assert.deepEqual(deferralWindow("2024-06-01", undefined), { from: "2024-06-01", to: "2025-05-31" });
  assert.deepEqual(deferralWindow("2024-01-31", undefined), { from: "2024-01-31", to: "2025-01-30" });
  assert.deepEqual(deferralWindow("2024-02-29", undefined), { from: "2024-02-29", to: "2025-02-28" });
  assert.deepEqual(deferralWindow("2024-02-29", "2024-08-01"), { from: "2024-02-29", to: "2024-08-01" });
});
