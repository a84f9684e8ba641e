/**
 * Checks on the reference data in rules/reference/: codes, dates, Art. 126 entry into force,
 * Art. 127 withdrawals, declaration and referral windows, sources.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getAlpha3Codes } from "i18n-iso-countries";
import { STATUTE_ENTRY_INTO_FORCE, entryIntoForce, entryIntoForceBasis } from "../../src/reference/art126";

// Tests run from dist/tests/reference/.
const projectRoot = path.resolve(__dirname, "../../..");
const referenceDir = path.join(projectRoot, "rules", "reference");

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(referenceDir, name), "utf8")) as T;
}

interface Withdrawal {
  notified: string; effective: string | null; revoked: string | null; verified: string; source: string;
}
interface StateRecord {
  state: string; name: string; signature: string | null; deposit: string | null; instrument: string | null;
  entryIntoForce: string | null; entryIntoForceBasis: string | null; withdrawal: Withdrawal | null;
  status: string; verified: string; source: string; caveats: string[];
}
interface Referral {
  id: string; situation: string; date: string; chapterVII: boolean; territories: string[];
  from: string; to: string | null; vote: string; verified: string; source: string;
}
interface Declaration {
  id: string; state: string; dated: string | null; lodged: string; from: string; to: string | null;
  scope: string[]; accepted: boolean; verified: string; source: string; caveats: string[];
}
interface Dated { asOf: string; description: string }

const statesFile = readJson<Dated & { sources: string[]; states: StateRecord[] }>("states-parties.json");
const referralsFile = readJson<Dated & { referrals: Referral[] }>("security-council-referrals.json");
const declarationsFile = readJson<Dated & { declarations: Declaration[] }>("declarations.json");
const councilFile = readJson<Dated & { citations: string[]; members: { state: string; name: string }[] }>(
  "security-council.json",
);
const states = statesFile.states;
const byCode = new Map(states.map((s) => [s.state, s]));
const alpha3 = new Set(Object.keys(getAlpha3Codes()));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(s: unknown): boolean {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
/** The same day one year later (Art. 127(1)); 29 Feb has no such day and is rejected. */
function oneYearAfter(s: string): string {
  assert.ok(!s.endsWith("-02-29"), `${s}: one year after 29 Feb is ambiguous`);
  return String(Number(s.slice(0, 4)) + 1).padStart(4, "0") + s.slice(4);
}
function sorted(xs: readonly string[]): string[] {
  return [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const STATE_VERIFIED = ["verified", "computed", "partial", "unverified"];
const INSTRUMENTS = ["ratification", "accession", "acceptance", "approval", "succession"];
const BASES = ["art126-1", "art126-2", "succession"];
const STATUSES = [
  "party", "withdrawn", "withdrawal-notified", "party-withdrawal-revoked", "party-withdrawal-announced",
  "signatory-only", "signatory-only (notified intention not to become party)", "non-party",
];

test("each file has a calendar-valid asOf and a description", () => {
  for (const f of [statesFile, referralsFile, declarationsFile, councilFile]) {
    assert.ok(isCalendarDate(f.asOf), `asOf ${f.asOf}`);
    assert.ok(typeof f.description === "string" && f.description.length > 40);
  }
  assert.ok(statesFile.sources.length > 0 && statesFile.sources.every((s) => s.trim().length > 0));
});

test("states: every code is a valid ISO 3166-1 alpha-3 code, unique, and the list is sorted", () => {
  assert.ok(states.length > 0);
  for (const s of states) assert.ok(alpha3.has(s.state), `${s.state} (${s.name}) is not ISO alpha-3`);
  const codes = states.map((s) => s.state);
  assert.equal(new Set(codes).size, codes.length, "duplicate state codes");
  assert.deepEqual(codes, sorted(codes), "states are not sorted by code");
  assert.ok(byCode.has("PSE"), "Palestine must be PSE");
});

test("states: every date is a calendar date, and the fields take their allowed values", () => {
  for (const s of states) {
    for (const [field, value] of [
      ["signature", s.signature], ["deposit", s.deposit], ["entryIntoForce", s.entryIntoForce],
      ["withdrawal.notified", s.withdrawal?.notified ?? null], ["withdrawal.effective", s.withdrawal?.effective ?? null],
      ["withdrawal.revoked", s.withdrawal?.revoked ?? null],
    ] as const) {
      assert.ok(value === null || isCalendarDate(value), `${s.state}.${field}: ${value}`);
    }
    assert.ok(STATE_VERIFIED.includes(s.verified), `${s.state}.verified: ${s.verified}`);
    assert.ok(STATUSES.includes(s.status), `${s.state}.status: ${s.status}`);
    assert.ok(s.instrument === null || INSTRUMENTS.includes(s.instrument), `${s.state}.instrument`);
    assert.ok(s.entryIntoForceBasis === null || BASES.includes(s.entryIntoForceBasis), `${s.state}.basis`);
    assert.ok(s.name.trim().length > 0 && s.source.trim().length > 0, `${s.state}: name and source`);
    assert.ok(Array.isArray(s.caveats) && s.caveats.every((c) => c.trim().length > 0), `${s.state}.caveats`);
  }
});

test("states: a deposit comes with an instrument and an entry into force, and non-parties have neither", () => {
  for (const s of states) {
    if (s.deposit === null) {
      assert.equal(s.instrument, null, s.state);
      assert.equal(s.entryIntoForce, null, s.state);
      assert.equal(s.entryIntoForceBasis, null, s.state);
      assert.equal(s.withdrawal, null, s.state);
      assert.ok(["signatory-only", "signatory-only (notified intention not to become party)", "non-party"].includes(s.status), s.state);
    } else {
      assert.notEqual(s.instrument, null, s.state);
      assert.notEqual(s.entryIntoForce, null, s.state);
      assert.notEqual(s.entryIntoForceBasis, null, s.state);
      assert.ok(s.entryIntoForce! >= STATUTE_ENTRY_INTO_FORCE, `${s.state}: before the Statute itself`);
    }
  }
});

test("states: signatures fall within the signature period and precede any deposit (Art. 125(1))", () => {
  for (const s of states) {
    if (s.signature === null) continue;
    assert.ok(s.signature >= "1998-07-17" && s.signature <= "2000-12-31", `${s.state}: signed ${s.signature}`);
    if (s.deposit !== null) assert.ok(s.signature <= s.deposit, `${s.state}: signed after deposit`);
  }
});

test("states: Art. 126 recomputed for every deposit matches, Montenegro's succession being the one exception", () => {
  const mismatches: string[] = [];
  for (const s of states) {
    if (s.deposit === null || s.entryIntoForce === null) continue;
    if (entryIntoForce(s.deposit) !== s.entryIntoForce) mismatches.push(s.state);
    else assert.equal(s.entryIntoForceBasis, entryIntoForceBasis(s.deposit), `${s.state}: basis`);
  }
  assert.deepEqual(mismatches, ["MNE"]);
  const mne = byCode.get("MNE");
  assert.equal(mne?.instrument, "succession");
  assert.equal(mne?.entryIntoForceBasis, "succession");
  assert.equal(mne?.entryIntoForce, "2006-06-03");
  assert.equal(states.filter((s) => s.entryIntoForceBasis === "succession").length, 1);
});

test("states: worked examples in the data (Albania, Bangladesh, an 11 April 2002 deposit, Greece)", () => {
  assert.deepEqual([byCode.get("ALB")?.deposit, byCode.get("ALB")?.entryIntoForce], ["2003-01-31", "2003-05-01"]);
  assert.deepEqual([byCode.get("BGD")?.deposit, byCode.get("BGD")?.entryIntoForce], ["2010-03-23", "2010-06-01"]);
  assert.deepEqual([byCode.get("COD")?.deposit, byCode.get("COD")?.entryIntoForceBasis], ["2002-04-11", "art126-1"]);
  assert.deepEqual([byCode.get("GRC")?.entryIntoForce, byCode.get("GRC")?.entryIntoForceBasis], ["2002-08-01", "art126-2"]);
});

test("withdrawals: an effective date is recorded only for a verified notification, one year after it (Art. 127(1))", () => {
  const effective: string[] = [];
  for (const s of states) {
    const w = s.withdrawal;
    if (w === null) continue;
    assert.ok(["verified", "unverified"].includes(w.verified), `${s.state}: withdrawal.verified`);
    assert.ok(w.source.trim().length > 0, `${s.state}: withdrawal.source`);
    assert.ok(s.deposit !== null && w.notified > s.deposit, `${s.state}: notified before deposit`);
    if (w.effective !== null) {
      effective.push(s.state);
      assert.equal(w.verified, "verified", `${s.state}: effective date on an unverified notification`);
      // Art. 127(1) allows a later date named in the notification; none of the recorded ones does.
      assert.equal(w.effective, oneYearAfter(w.notified), `${s.state}: effective is not one year after notification`);
      assert.equal(w.revoked, null, `${s.state}: both effective and revoked`);
    } else {
      assert.ok(w.revoked !== null || w.verified === "unverified",
        `${s.state}: a verified, unrevoked withdrawal needs its effective date`);
    }
    if (w.revoked !== null) assert.ok(w.revoked > w.notified, `${s.state}: revoked before notified`);
  }
  assert.deepEqual(effective, ["BDI", "HUN", "PHL"]);
});

test("withdrawals: the status agrees with the withdrawal as of the file's date", () => {
  for (const s of states) {
    const w = s.withdrawal;
    if (w === null) {
      assert.ok(!["withdrawn", "withdrawal-notified", "party-withdrawal-revoked"].includes(s.status), s.state);
    } else if (w.effective === null) {
      assert.equal(s.status, "party-withdrawal-revoked", s.state);
    } else {
      assert.equal(s.status, w.effective <= statesFile.asOf ? "withdrawn" : "withdrawal-notified", s.state);
    }
  }
  assert.deepEqual([byCode.get("GMB")?.withdrawal?.revoked, byCode.get("ZAF")?.status], ["2017-02-10", "party-withdrawal-revoked"]);
});

test("announced withdrawals with no verified notification are not withdrawals, and say so in caveats", () => {
  for (const code of ["AFG", "BFA", "MLI", "NER", "VEN", "TCD", "NRU"]) {
    const s = byCode.get(code);
    assert.ok(s, code);
    assert.equal(s.withdrawal, null, `${code} must not carry a withdrawal`);
    assert.ok(s.status === "party" || s.status === "party-withdrawal-announced", `${code}: ${s.status}`);
    assert.ok(s.caveats.some((c) => /withdr/i.test(c)), `${code}: the claimed withdrawal belongs in caveats`);
  }
  const hun = byCode.get("HUN");
  assert.ok(hun?.caveats.some((c) => /unverified/i.test(c) && /29 May 2026/.test(c)), "HUN: unverified revocation claim");
});

test("referrals: calendar dates, windows from 1 Jul 2002, Chapter VII, valid territories and a source", () => {
  const refs = referralsFile.referrals;
  assert.deepEqual(refs.map((r) => r.id), ["S/RES/1593 (2005)", "S/RES/1970 (2011)"]);
  for (const r of refs) {
    assert.ok(isCalendarDate(r.date) && isCalendarDate(r.from), r.id);
    assert.ok(r.to === null || isCalendarDate(r.to), r.id);
    assert.ok(r.from >= STATUTE_ENTRY_INTO_FORCE, `${r.id}: from ${r.from} is before the Statute (Art. 11(1))`);
    assert.ok(r.to === null || r.to >= r.from, `${r.id}: to before from`);
    assert.ok(r.from <= r.date, `${r.id}: refers a period starting after the resolution`);
    assert.equal(r.chapterVII, true, `${r.id}: Art. 13(b) needs Chapter VII`);
    assert.ok(r.territories.length > 0 && r.territories.every((t) => alpha3.has(t) && byCode.has(t)), r.id);
    assert.ok(r.source.trim().length > 0 && r.situation.trim().length > 0 && r.vote.trim().length > 0, r.id);
    assert.ok(STATE_VERIFIED.includes(r.verified), r.id);
  }
  assert.equal(refs[0]?.from, "2002-07-01");
  assert.equal(refs[1]?.from, "2011-02-15");
});

test("declarations: calendar dates, windows from 1 Jul 2002, scope, a source, lodged by a non-party", () => {
  const decs = declarationsFile.declarations;
  const ids = decs.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate declaration ids");
  assert.deepEqual(ids, ["CIV-2003", "LBY-2025", "PSE-2009", "PSE-2015", "UKR-2014", "UKR-2015"]);
  for (const d of decs) {
    assert.ok(alpha3.has(d.state) && byCode.has(d.state), `${d.id}: state ${d.state}`);
    assert.ok(isCalendarDate(d.lodged) && isCalendarDate(d.from), d.id);
    assert.ok(d.to === null || isCalendarDate(d.to), d.id);
    assert.ok(d.dated === null || (isCalendarDate(d.dated) && d.dated <= d.lodged), `${d.id}: dated`);
    assert.ok(d.from >= STATUTE_ENTRY_INTO_FORCE, `${d.id}: from ${d.from} is before the Statute (Art. 11(1))`);
    assert.ok(d.to === null || d.to >= d.from, `${d.id}: to before from`);
    assert.ok(d.scope.length > 0 && d.scope.every((x) => x === "territory" || x === "nationals"), `${d.id}: scope`);
    assert.equal(new Set(d.scope).size, d.scope.length, `${d.id}: scope repeats`);
    assert.ok(d.source.trim().length > 0, `${d.id}: source`);
    assert.ok(STATE_VERIFIED.includes(d.verified), d.id);
    assert.equal(typeof d.accepted, "boolean", d.id);
    // Art. 12(3) is for a State that is not a party: lodged before the State's entry into force.
    const eif = byCode.get(d.state)?.entryIntoForce ?? null;
    assert.ok(eif === null || d.lodged < eif, `${d.id}: lodged while ${d.state} was already a party`);
  }
  assert.deepEqual(decs.filter((d) => !d.accepted).map((d) => d.id), ["PSE-2009"]);
  assert.ok(decs.find((d) => d.id === "PSE-2009")?.caveats.some((c) => /Prosecutor/.test(c)));
  assert.ok(decs.find((d) => d.id === "LBY-2025")?.caveats.some((c) => /Justice Minister/.test(c)));
});

test("Security Council: the five permanent members, citing UN Charter arts. 23(1) and 27(3)", () => {
  const members = councilFile.members;
  assert.deepEqual(members.map((m) => m.state), ["CHN", "FRA", "GBR", "RUS", "USA"]);
  for (const m of members) {
    assert.ok(alpha3.has(m.state), m.state);
    assert.equal(m.name, byCode.get(m.state)?.name, `${m.state}: name differs from states-parties.json`);
  }
  assert.ok(councilFile.citations.some((c) => /art\. 23\(1\)/.test(c)));
  assert.ok(councilFile.citations.some((c) => /art\. 27\(3\)/.test(c)));
});
