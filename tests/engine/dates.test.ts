/** src/dates.ts: periods decided on what is known (Kleene), not given up when one end is missing. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { intersectPeriod, periodOverlaps, periodWithin } from "../../src/dates";

const STATUTE = [{ from: "2002-07-01", to: null }];
const WINDOW = [{ from: "2011-11-01", to: "2019-03-16" }];

test("periodOverlaps, start unknown: the last day decides when it falls in the window or before it", () => {
  assert.equal(periodOverlaps({ start: null, end: "2002-06-30" }, STATUTE), false);
  assert.equal(periodOverlaps({ start: null, end: "2002-07-01" }, STATUTE), true);
  assert.equal(periodOverlaps({ start: null, end: "2015-01-01" }, WINDOW), true);
  assert.equal(periodOverlaps({ start: null, end: "2011-10-31" }, WINDOW), false);
  assert.equal(periodOverlaps({ start: null, end: "2019-03-17" }, WINDOW), null, "it may have begun inside the window");
});

test("periodOverlaps, end unknown: the start decides in the same way", () => {
  assert.equal(periodOverlaps({ start: "2015-01-01", end: null }, WINDOW), true);
  assert.equal(periodOverlaps({ start: "2019-03-17", end: null }, WINDOW), false);
  assert.equal(periodOverlaps({ start: "2010-01-01", end: null }, WINDOW), null, "it may have lasted into the window");
  assert.equal(periodOverlaps({ start: null, end: null }, WINDOW), null);
  assert.equal(periodOverlaps({ start: null, end: null }, []), false);
});

test("periodOverlaps over several windows: one true suffices, one unknown leaves it open", () => {
  const two = [{ from: "2005-01-01", to: "2005-12-31" }, { from: "2010-01-01", to: null }];
  assert.equal(periodOverlaps({ start: null, end: "2005-06-01" }, two), true);
  assert.equal(periodOverlaps({ start: null, end: "2007-01-01" }, two), null);
  assert.equal(periodOverlaps({ start: null, end: "2004-12-31" }, two), false);
});

test("periodWithin, start unknown: a last day outside the windows settles it as false", () => {
  assert.equal(periodWithin({ start: null, end: "2020-01-01" }, WINDOW), false);
  assert.equal(periodWithin({ start: null, end: "2015-01-01" }, WINDOW), null);
  assert.equal(periodWithin({ start: null, end: null }, WINDOW), null);
});

test("intersectPeriod, start unknown: the part ends on the last day and starts no earlier than the window", () => {
  assert.deepEqual(intersectPeriod({ start: null, end: "2015-01-01" }, WINDOW), [{ start: null, end: "2015-01-01", since: "2011-11-01" }]);
  assert.deepEqual(intersectPeriod({ start: null, end: "2011-10-01" }, WINDOW), []);
  assert.deepEqual(intersectPeriod({ start: null, end: null }, WINDOW), []);
});
