/**
 * rules/reference/situations.json: the ICC's own situations, their triggering steps and parameters.
 * Shape, codes and dates, sources and verification marks, and the links to the other reference
 * files (Security Council resolutions, States Parties on the date of their referral).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getAlpha3Codes } from "i18n-iso-countries";
import { isCalendarDate } from "../../src/dates";
import { loadRuntime } from "../../src/runtime";
import { isPartyOn } from "../../src/reference/reference";

const dir = path.resolve(__dirname, "../../../rules/reference");
const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), "utf8"));
const file = read("situations.json") as { asOf: string; description: string; situations: { id: string; name: string; nameFr?: string; status: string; preliminaryExamination: { opened: string | null; concluded: string | null; outcome: string }; steps: Record<string, unknown>[]; verified: string; source: string }[] };
const resolutions = new Set((read("security-council-referrals.json") as { referrals: { id: string }[] }).referrals.map((r) => r.id));
const alpha3 = new Set([...Object.keys(getAlpha3Codes()), "PSE"]);
const VERIFIED = new Set(["verified", "partial", "unverified"]);
const KINDS = new Set(["state-referral", "security-council-referral", "authorization-request", "authorization", "authorization-refused", "decision-not-to-proceed"]);
const dateOrNull = (d: unknown) => d === null || (typeof d === "string" && isCalendarDate(d));

test("every situation has an id, a name in both languages, a status, a source and a verification mark", () => {
  assert.ok(file.situations.length >= 20, "the situations under investigation and the examinations decided");
  const ids = new Set<string>();
  for (const s of file.situations) {
    assert.match(s.id, /^(ICC-\d{2}\/\d{2}|pe-[a-z0-9-]+)$/, s.id);
    assert.ok(!ids.has(s.id), `duplicate ${s.id}`); ids.add(s.id);
    assert.ok(s.name && s.nameFr, s.id);
    assert.ok(["investigation", "investigation-closed", "preliminary-examination", "preliminary-examination-closed"].includes(s.status), `${s.id}: ${s.status}`);
    assert.ok(VERIFIED.has(s.verified) && s.source.length > 10, s.id);
    assert.ok(dateOrNull(s.preliminaryExamination.opened) && dateOrNull(s.preliminaryExamination.concluded), s.id);
  }
});

test("every step: a known kind, a calendar date (or null when unknown, then unverified), a source; referrals and authorizations carry a scope of real codes", () => {
  for (const s of file.situations) for (const st of s.steps) {
    const where = `${s.id} ${String(st.kind)} ${String(st.date)}`;
    assert.ok(KINDS.has(st.kind as string), where);
    assert.ok(VERIFIED.has(st.verified as string) && typeof st.source === "string" && st.source.length > 5, where);
    assert.ok(dateOrNull(st.date), where);
    if (st.date === null) assert.equal(st.verified, "unverified", `${where}: a step without a date cannot be verified`);
    if (st.kind === "security-council-referral") assert.ok(resolutions.has(st.resolution as string), `${where}: resolution not in security-council-referrals.json`);
    if (st.kind === "state-referral" || st.kind === "authorization") {
      const sc = st.scope as { territories: string[]; nationals?: string[]; from: string | null; to: string | null };
      assert.ok(sc && sc.territories.length > 0, `${where}: no scope`);
      for (const t of [...sc.territories, ...(sc.nationals ?? [])]) assert.ok(alpha3.has(t), `${where}: ${t}`);
      assert.ok(dateOrNull(sc.from) && dateOrNull(sc.to) && (!sc.from || !sc.to || sc.from <= sc.to), where);
      assert.ok(!sc.from || sc.from >= "2002-07-01", `${where}: before the Statute`);
    }
    if (st.kind === "state-referral") assert.ok(Array.isArray(st.by) && (st.by as string[]).every((b) => alpha3.has(b)), where);
  }
});

test("each dated State referral has at least one referring State that was a party on its date (Art. 14(1))", () => {
  const ref = loadRuntime().ref;
  for (const s of file.situations) for (const st of s.steps) {
    if (st.kind !== "state-referral" || !st.date) continue;
    assert.ok((st.by as string[]).some((b) => isPartyOn(ref, b, st.date as string, file.asOf)), `${s.id} ${String(st.date)}`);
  }
});

test("the parameters the issue names: Georgia 1 July–10 October 2008, Kenya 1 June 2005–26 November 2009, Burundi 26 April 2015–26 October 2017", () => {
  const scope = (id: string, kind = "authorization") => (file.situations.find((s) => s.id === id)!.steps.find((st) => st.kind === kind)!.scope as { from: string; to: string });
  assert.deepEqual([scope("ICC-01/15").from, scope("ICC-01/15").to], ["2008-07-01", "2008-10-10"]);
  assert.deepEqual([scope("ICC-01/09").from, scope("ICC-01/09").to], ["2005-06-01", "2009-11-26"]);
  assert.deepEqual([scope("ICC-01/17").from, scope("ICC-01/17").to], ["2015-04-26", "2017-10-26"]);
});
