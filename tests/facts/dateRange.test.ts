/**
 * One date type (issue: reliability): the schema and src/dates.ts accept the same years, 1900 to
 * 2200. Years 0000–0099 gave a 500 (Date.UTC reads them as 1900–1999); years from 9982 gave wrong
 * outcomes (an adult born in 9990). Every such date is now an error that names its field.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import request from "supertest";
import { assess } from "../../src/assess/assess";
import { addDays, addMonths, addYears, isCalendarDate, MAX_YEAR, MIN_YEAR } from "../../src/dates";
import { app, root, scenario } from "../http/helpers";

const withDeferral = (from: string) => ({ ...scenario("darfur"), deferrals: [{ resolution: "S/RES/9999 (2099)", from }] });

test("years out of range are invalid input naming the field, never a 500", async () => {
  for (const [doc, pointer] of [
    [withDeferral("0050-06-15"), "/deferrals/0/from"],
    [withDeferral("9999-12-31"), "/deferrals/0/from"],
    [{ ...scenario("bangladesh-myanmar"), assessmentDate: "0099-01-01" }, "/assessmentDate"],
  ] as const) {
    const res = await request(app()).post("/v1/assessments").send(doc);
    assert.equal(res.status, 422, `${pointer}: ${res.status} ${res.text.slice(0, 200)}`);
    assert.ok(res.body.errors.some((e: { pointer: string; message: string }) => e.pointer === pointer && /1900 to 2200/.test(e.message)), res.text);
  }
  const born = structuredClone(scenario("bangladesh-myanmar")) as { incidents: { perpetrators: { birthDate?: string }[] }[] };
  born.incidents[0]!.perpetrators[0]!.birthDate = "9990-01-01";
  const r = await assess(born);
  assert.ok(!r.ok && r.errors.some((e) => e.pointer === "/incidents/0/perpetrators/0/birthDate"));
});

test("the date arithmetic is exact at the edges of the range and past them", () => {
  assert.ok(isCalendarDate(`${MIN_YEAR}-01-01`) && isCalendarDate(`${MAX_YEAR}-12-31`));
  assert.ok(!isCalendarDate("1899-12-31") && !isCalendarDate("2201-01-01") && !isCalendarDate("2100-02-29"));
  assert.equal(addDays("2200-12-31", 1), "2201-01-01");
  assert.equal(addYears("2200-02-29".replace("2200", "2196"), 18), "2214-03-01");
  assert.equal(addMonths("2200-12-31", 12), "2201-12-31");
  assert.equal(addYears("1900-03-01", -1), "1899-03-01");
});

test("--today is a date like assessmentDate: garbage is a usage error (exit 2)", () => {
  const cli = join(root, "bin", "rome-assess.js");
  const r = spawnSync(process.execPath, [cli, "assess", join(root, "scenarios", "darfur.json"), "--json", "--today", "garbage"], { encoding: "utf8" });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /--today: expected a date/);
});
