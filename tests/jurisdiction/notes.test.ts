/** The assessment's notes on matters of record: the Security Council's para. 6 carve-outs, a declaration by a State already a party. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { at, factSet, run } from "./helpers";

test("S/RES/1593 (2005) para. 6: a perpetrator who is a national of a non-party outside Sudan is flagged; a Sudanese national is not", async () => {
  const a = await run(factSet([at("SDN", "2004-01-01", "2004-03-31", ["SDN"], { perpetrators: [{ id: "p1", nationalities: ["SDN"], adult: true }, { id: "p2", nationalities: ["USA"], adult: true }] })], { assessmentDate: "2010-01-01" }));
  const notes = a.notes.filter((n) => n.includes("paragraph 6"));
  assert.equal(notes.length, 1, JSON.stringify(a.notes));
  assert.match(notes[0]!, /p2 .*United States/);
  assert.doesNotMatch(notes[0]!, /p1/);
});

test("no carve-out note where every perpetrator is a national of the State referred or of a State Party", async () => {
  const a = await run(factSet([at("LBY", "2011-03-01", "2011-03-31", ["LBY", "FRA"])], { assessmentDate: "2012-01-01" }));
  assert.ok(!a.notes.some((n) => n.includes("paragraph 6")), JSON.stringify(a.notes));
  const b = await run(factSet([at("LBY", "2011-03-01", "2011-03-31", ["RUS"])], { assessmentDate: "2012-01-01" }));
  assert.ok(b.notes.some((n) => n.includes("S/RES/1970 (2011)") && n.includes("Russia")), JSON.stringify(b.notes));
});

test("an Art. 12(3) declaration lodged by a State that was already a party is flagged; one by a non-party is not", async () => {
  const a = await run(factSet([at("FRA", "2012-01-01", "2012-01-31", ["FRA"])], { assessmentDate: "2013-01-01", declarations: [{ state: "FRA", lodged: "2012-06-01", from: "2011-01-01", scope: ["territory"] }] }));
  assert.ok(a.notes.some((n) => n.includes("already a State Party") && n.includes("France")), JSON.stringify(a.notes));
  const b = await run(factSet([at("UKR", "2014-01-01", "2014-02-22", ["UKR"])], { assessmentDate: "2015-01-01" }));
  assert.ok(!b.notes.some((n) => n.includes("already a State Party")), JSON.stringify(b.notes));
});

test("a State's notes say only what was true on the assessment date (Burundi before and after its authorization was made public)", async () => {
  const before = await run(factSet([at("BDI", "2016-01-01", "2016-01-31", ["BDI"])], { assessmentDate: "2017-10-20" }));
  assert.ok(!before.notes.some((n) => n.includes("25 October 2017")), JSON.stringify(before.notes));
  const after = await run(factSet([at("BDI", "2016-01-01", "2016-01-31", ["BDI"])], { assessmentDate: "2018-01-01" }));
  assert.ok(after.notes.some((n) => n.includes("25 October 2017")), JSON.stringify(after.notes));
  assert.ok(!after.notes.some((n) => /github|wiki|liquisearch/i.test(n)), "research trails are not shown");
});

test("notApplicable: referrals, declarations and situations that cannot concern any incident are listed once, not evaluated", async () => {
  const a = await run(factSet([at("GHA", "2017-01-01", "2017-01-31", ["GHA"])], { assessmentDate: "2020-01-01" }));
  const by = (k: string) => a.jurisdiction.notApplicable.find((x) => x.kind === k)?.ids ?? [];
  assert.deepEqual(by("security-council-referral"), ["S/RES/1593 (2005)", "S/RES/1970 (2011)"]);
  assert.ok(by("declaration").includes("UKR-2015"));
  assert.ok(by("situation").includes("ICC-01/15"));
  assert.deepEqual(a.jurisdiction.incidents[0]!.securityCouncil, [], "no Council referral is walked through for this incident");
  const darfur = await run(factSet([at("SDN", "2004-01-01", "2004-01-31", ["SDN"])], { assessmentDate: "2010-01-01" }));
  assert.ok(!darfur.jurisdiction.notApplicable.some((x) => x.ids.includes("S/RES/1593 (2005)")));
});
