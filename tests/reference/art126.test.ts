import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ARTICLE_126_THRESHOLD_DATE,
  STATUTE_ENTRY_INTO_FORCE,
  addDays,
  entryIntoForce,
  entryIntoForceBasis,
  firstDayOfNextMonth,
} from "../../src/reference/art126";

test("the Art. 126(1) constants", () => {
  assert.equal(ARTICLE_126_THRESHOLD_DATE, "2002-04-11");
  assert.equal(STATUTE_ENTRY_INTO_FORCE, "2002-07-01");
});

test("Albania: deposit 2003-01-31, 60th day is 1 Apr 2003, so entry into force is 1 May 2003", () => {
  assert.equal(addDays("2003-01-31", 60), "2003-04-01");
  assert.equal(entryIntoForce("2003-01-31"), "2003-05-01");
});

test("Bangladesh: deposit 2010-03-23, 60th day 22 May 2010, entry into force 1 Jun 2010", () => {
  assert.equal(addDays("2010-03-23", 60), "2010-05-22");
  assert.equal(entryIntoForce("2010-03-23"), "2010-06-01");
});

test("a deposit on 2002-04-11 (the 60th instrument's day) falls under Art. 126(1)", () => {
  assert.equal(entryIntoForceBasis("2002-04-11"), "art126-1");
  assert.equal(entryIntoForce("2002-04-11"), "2002-07-01");
});

test("a deposit on 2002-04-12 falls under Art. 126(2) and still gives 1 Jul 2002 (60th day 11 Jun 2002)", () => {
  assert.equal(entryIntoForceBasis("2002-04-12"), "art126-2");
  assert.equal(addDays("2002-04-12", 60), "2002-06-11");
  assert.equal(entryIntoForce("2002-04-12"), "2002-07-01");
});

test("any deposit before the threshold takes effect on 1 Jul 2002, not 60 days later", () => {
  assert.equal(entryIntoForce("1998-07-17"), "2002-07-01");
  assert.equal(entryIntoForce("1999-04-06"), "2002-07-01");
  assert.equal(entryIntoForce("2002-03-07"), "2002-07-01");
});

test("the day-0 count at a month boundary: 60th day on the last day vs the 1st of a month", () => {
  // 2003-01-30 + 60 = 2003-03-31 (last day of March) -> 1 April
  assert.equal(entryIntoForce("2003-01-30"), "2003-04-01");
  // 2003-01-31 + 60 = 2003-04-01 (1st of April) -> 1 May, not 1 April
  assert.equal(entryIntoForce("2003-01-31"), "2003-05-01");
  // 2002-05-01 + 60 = 2002-06-30 -> 1 July; 2002-05-02 + 60 = 2002-07-01 -> 1 August
  assert.equal(entryIntoForce("2002-05-01"), "2002-07-01");
  assert.equal(entryIntoForce("2002-05-02"), "2002-08-01");
  // Greece, 2002-05-15 -> 1 Aug 2002
  assert.equal(entryIntoForce("2002-05-15"), "2002-08-01");
});

test("leap years and year ends", () => {
  // 2003-12-31 + 60 = 2004-02-29 (leap) -> 1 Mar 2004; a year earlier, 2003-03-01 -> 1 Apr 2003
  assert.equal(entryIntoForce("2003-12-31"), "2004-03-01");
  assert.equal(entryIntoForce("2002-12-31"), "2003-04-01");
  // Ukraine: 2024-10-25 + 60 = 2024-12-24 -> 1 Jan 2025
  assert.equal(entryIntoForce("2024-10-25"), "2025-01-01");
});

test("every post-threshold deposit: the result is the 1st of the month after the 60th day", () => {
  // Checked against the definition rather than against the implementation's own steps:
  // the result is a 1st of a month, later than the 60th day, and no 1st of a month lies in
  // between (the previous month's 1st is on or before the 60th day).
  let deposit = "2002-04-12";
  let count = 0;
  while (deposit <= "2030-12-31") {
    const sixtieth = addDays(deposit, 60);
    const eif = entryIntoForce(deposit);
    assert.ok(eif.endsWith("-01"), `${deposit}: ${eif} is not the 1st of a month`);
    assert.ok(eif > sixtieth, `${deposit}: ${eif} is not after the 60th day ${sixtieth}`);
    const previousFirst = addDays(eif, -1).slice(0, 8) + "01";
    assert.ok(previousFirst <= sixtieth, `${deposit}: ${eif} skips a month (60th day ${sixtieth})`);
    deposit = addDays(deposit, 1);
    count++;
  }
  assert.ok(count > 10_000);
});

test("addDays and firstDayOfNextMonth work across months, years and leap days", () => {
  assert.equal(addDays("2004-02-28", 1), "2004-02-29");
  assert.equal(addDays("2003-02-28", 1), "2003-03-01");
  assert.equal(addDays("2002-12-31", 1), "2003-01-01");
  assert.equal(addDays("2003-01-01", -1), "2002-12-31");
  assert.equal(firstDayOfNextMonth("2002-12-15"), "2003-01-01");
  assert.equal(firstDayOfNextMonth("2004-02-29"), "2004-03-01");
});

test("malformed and non-calendar dates are rejected", () => {
  assert.throws(() => entryIntoForce("2003-02-30"), RangeError);
  assert.throws(() => entryIntoForce("2003-13-01"), RangeError);
  assert.throws(() => entryIntoForce("31/01/2003"), RangeError);
  assert.throws(() => entryIntoForce("2003-1-31"), RangeError);
  assert.throws(() => addDays("2003-01-31", 1.5), RangeError);
});
