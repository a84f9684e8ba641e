/** Bad input gets an error naming the field (JSON Pointer) and what was expected; nothing is coerced. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { validateFactSet } from "../../src/facts/validate";

const base = () => ({
  factSetVersion: 1, assessmentDate: "2020-01-01",
  incidents: [{ id: "a", act: "murder", start: "2019-01-01", end: "2019-02-01", territories: [{ state: "BGD", part: "conduct" }] }],
});
const errorsOf = (fs: unknown) => {
  const v = validateFactSet(fs);
  assert.equal(v.ok, false, "expected the fact set to be rejected");
  return v.ok ? [] : v.errors;
};
const has = (errors: { pointer: string; message: string }[], pointer: string, fragment: string) =>
  assert.ok(errors.some((e) => e.pointer === pointer && e.message.includes(fragment)), `no error at ${pointer} with "${fragment}": ${JSON.stringify(errors)}`);

test("a valid fact set passes", () => assert.equal(validateFactSet(base()).ok, true));
test("an impossible date is rejected with its pointer", () => {
  const fs = base(); fs.incidents[0]!.start = "2021-02-30";
  has(errorsOf(fs), "/incidents/0/start", "calendar date");
});
test("a date in another form is rejected", () => {
  const fs = { ...base(), assessmentDate: "14/11/2019" };
  has(errorsOf(fs), "/assessmentDate", "YYYY-MM-DD");
});
test("an end before the start is rejected", () => {
  const fs = base(); fs.incidents[0]!.end = "2018-12-31";
  has(errorsOf(fs), "/incidents/0/end", "before its start");
});
test("an unknown State code is rejected, Palestine is accepted", () => {
  const fs = base(); fs.incidents[0]!.territories[0]!.state = "XXX";
  has(errorsOf(fs), "/incidents/0/territories/0/state", "alpha-3");
  fs.incidents[0]!.territories[0]!.state = "PSE";
  assert.equal(validateFactSet(fs).ok, true);
});
test("a lower-case State code is rejected", () => {
  const fs = base(); fs.incidents[0]!.territories[0]!.state = "bgd";
  has(errorsOf(fs), "/incidents/0/territories/0/state", "alpha-3");
});
test("duplicate incident ids are rejected", () => {
  const fs = base(); fs.incidents.push({ ...fs.incidents[0]! });
  has(errorsOf(fs), "/incidents/1/id", "duplicate");
});
test("an evidence pointer must point at a fact, and its sources must exist", () => {
  const fs = { ...base(), sources: [{ id: "s1", citation: "A report" }], evidence: { "/incidents/0/nothing": ["s1"], "/incidents/0/start": ["s2"] } };
  const errors = errorsOf(fs);
  has(errors, "/evidence/~1incidents~10~1nothing", "does not point");
  has(errors, "/evidence/~1incidents~10~1start/0", "no source");
});
test("a misspelt field is named, not ignored", () => {
  const fs = { ...base(), attack: { widspread: true } };
  has(errorsOf(fs), "/attack/widspread", "not a field");
});
test("a missing required field is named", () => {
  has(errorsOf({ incidents: [] }), "/factSetVersion", "required");
});
test("strings are not coerced into facts", () => {
  const fs = { ...base(), attack: { widespread: "true" } };
  has(errorsOf(fs), "/attack/widespread", "type");
});
test("an element that does not belong to the act is rejected", () => {
  const fs = base(); (fs.incidents[0] as Record<string, unknown>).elements = { severePainOrSuffering: true };
  has(errorsOf(fs), "/incidents/0/elements/severePainOrSuffering", "is an element of \"torture\" (art. 7(1)(f)), not of the act \"murder\"");
});
test("a connection to an unknown incident is rejected", () => {
  const fs = base(); (fs.incidents[0] as Record<string, unknown>).connectedTo = [{ incident: "nope" }];
  has(errorsOf(fs), "/incidents/0/connectedTo/0/incident", "no incident");
});
test("errors are capped", () => {
  const fs = { factSetVersion: 1, incidents: Array.from({ length: 150 }, (_, i) => ({ id: `i${i}`, act: "nope" })) };
  const v = validateFactSet(fs);
  assert.equal(v.ok, false);
  assert.ok(!v.ok && v.errors.length <= 100);
});
