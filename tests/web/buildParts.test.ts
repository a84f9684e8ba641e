/**
 * The build page's pure parts: the fact set in the URL, the control a pointer gets from the
 * schema, an answer read back into the fact set, and the interview's next step.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { applyAnswer } from "../../src/web/buildAnswer";
import { controlFor } from "../../src/web/buildControls";
import { BLANK, buildHref, decodeFactSet, encodeFactSet, readState } from "../../src/web/buildState";
import { nextStep, ranked } from "../../src/web/buildStep";
import { scenario } from "../http/helpers";

const words = { record: "record", done: "done", incident: "what happened", generic: (p: string) => `what of ${p}?` };

test("the fact set travels deflated in base64url, a scenario in a link of a few KB", () => {
  const ukraine = scenario("ukraine");
  const f = encodeFactSet(ukraine);
  assert.match(f, /^[A-Za-z0-9_-]+$/);
  assert.ok(f.length < 4000, `${f.length} characters`);
  const back = decodeFactSet(f);
  assert.ok(back.ok);
  assert.deepEqual(back.value, ukraine);
  for (const bad of ["", "!!", "abc", 42]) {
    const r = decodeFactSet(bad);
    assert.ok(!r.ok && r.errors[0]!.pointer === "/f", String(bad));
  }
  const q = Object.fromEntries(new URL(buildHref({ lang: "fr", factSet: BLANK, skip: ["/attack/widespread"], rec: true, ask: "/attack/policy" }), "http://x").searchParams);
  const read = readState(q);
  assert.ok(read.ok);
  assert.deepEqual(read.state, { lang: "fr", skip: ["/attack/widespread"], rec: true, ask: "/attack/policy" });
});

test("each pointer the engine asks about gets its control from the schema", () => {
  const kinds: [string, string, string[]?][] = [
    ["/attack/widespread", "bool"], ["/incidents/0/elements/intent", "bool"], ["/incidents/0/partOfAttack", "bool"],
    ["/attack/policy", "choice"], ["/incidents/0/start", "period", ["/incidents/0/start", "/incidents/0/end"]],
    ["/referrals/securityCouncil/0/from", "period", ["/referrals/securityCouncil/0/from", "/referrals/securityCouncil/0/to"]],
    ["/proprioMotu/authorized", "date"], ["/incidents/0/perpetrators/0/birthDate", "birth", ["/incidents/0/perpetrators/0/birthDate", "/incidents/0/perpetrators/0/adult"]],
    ["/incidents/0/territories", "territories"], ["/incidents/0/perpetrators", "perpetrators"], ["/incidents/0/territories/1/part", "choice"],
    ["/incidents/0/perpetrators/0/nationalities", "states"], ["/referrals/states/0/scope", "scope"], ["/incidents/0/situations", "situations"],
    ["/incidents/0/grounds", "multi"], ["/incidents/0/connectedTo", "connections"], ["/referrals/securityCouncil/0/chapterVII", "bool"],
    ["/referrals/securityCouncil/0/territories", "states"], ["/incidents/0/description", "text"], ["/nothing/here", "unsupported"],
  ];
  for (const [pointer, kind, covers] of kinds) {
    const c = controlFor(pointer);
    assert.equal(c.kind, kind, pointer);
    if (covers) assert.deepEqual(c.covers, covers, pointer);
  }
  assert.deepEqual(controlFor("/attack/policy").values, ["state", "organization", "none"]);
});

test("an answer is read back as the schema types it; blank rows are dropped, ids made, 'no' removes a record", () => {
  const fs: FactSet = { factSetVersion: 1, incidents: [{ id: "a", act: "deportation" }], referrals: { states: [{ by: ["LTU"], date: "2024-09-30" }] } };
  const r = applyAnswer(fs, {
    "f/incidents/0/elements/intent": ["yes"], "f/incidents/0/partOfAttack": ["no"], "f/incidents/0/knowledgeOfAttack": ["unknown"],
    "f/incidents/0/territories/0/state": ["BLR"], "f/incidents/0/territories/0/part": ["conduct"],
    "f/incidents/0/territories/1/state": [""], "f/incidents/0/territories/1/part": ["unknown"],
    "f/incidents/0/perpetrators/0/name": ["Border officials"], "f/incidents/0/perpetrators/0/nationalities/0": ["BLR"],
    "f/incidents/0/situations": ["none"], "f/incidents/0/start": ["2021-06-01"], "f/incidents/0/end": [""],
    "r:/referrals/states/0": ["no"], "f/referrals/states/0/date": ["2024-09-30"],
  });
  assert.deepEqual(r.unreadable, []);
  assert.deepEqual(r.factSet, {
    factSetVersion: 1,
    incidents: [{
      id: "a", act: "deportation", elements: { intent: true }, partOfAttack: false, situations: [], start: "2021-06-01",
      territories: [{ state: "BLR", part: "conduct" }], perpetrators: [{ id: "p1", name: "Border officials", nationalities: ["BLR"] }],
    }],
  });
  // The record step: its fields are enough to give a step; "yes" is not needed.
  const given = applyAnswer({ factSetVersion: 1 }, { "f/referrals/states/0/by/0": ["LTU"], "f/referrals/states/0/by/1": [""], "f/referrals/states/0/date": ["2024-09-30"], "f/referrals/states/0/scope/territories/0": [""], "f/proprioMotu/authorized": [""] });
  assert.deepEqual(given.factSet, { factSetVersion: 1, referrals: { states: [{ by: ["LTU"], date: "2024-09-30" }] } });
  const made = applyAnswer({ factSetVersion: 1 }, { "f/incidents/0/act": ["torture"], "f/incidents/0/id": [""], "f/incidents/0/description": [""] });
  assert.deepEqual(made.factSet, { factSetVersion: 1, incidents: [{ id: "torture-1", act: "torture" }] });
  assert.deepEqual(applyAnswer({ factSetVersion: 1 }, { "f/no/such/field": ["x"] }).unreadable, ["/no/such/field"]);
  assert.deepEqual(applyAnswer({ factSetVersion: 1 }, { "f/__proto__/x": ["x"] }).factSet, { factSetVersion: 1 });
});

test("the next step: what happened first, then the record, then the engine's most decisive open question, less those skipped", async () => {
  const blank = await assess(BLANK, { lang: "en" });
  assert.ok(blank.ok);
  assert.equal(nextStep({ lang: "en", factSet: BLANK, skip: [], rec: false }, blank.assessment, words).kind, "incident");
  const fs: FactSet = { factSetVersion: 1, incidents: [{ id: "a", act: "deportation" }] };
  const one = await assess(fs, { lang: "en" });
  assert.ok(one.ok);
  assert.equal(nextStep({ lang: "en", factSet: fs, skip: [], rec: false }, one.assessment, words).kind, "record");
  const asked = nextStep({ lang: "en", factSet: fs, skip: [], rec: true }, one.assessment, words);
  const top = ranked(one.assessment.missingFacts);
  assert.equal(asked.pointer, top[0]!.pointer);
  assert.equal(asked.pointer, "/incidents/0/territories", "where before when before who, among equals");
  assert.ok(top.every((m, k) => k === 0 || top[k - 1]!.settles.length >= m.settles.length), "ranked by what each settles");
  const next = nextStep({ lang: "en", factSet: fs, skip: [asked.pointer], rec: true }, one.assessment, words);
  assert.equal(next.pointer, top[1]!.pointer);
  const all = nextStep({ lang: "en", factSet: fs, skip: top.map((m) => m.pointer), rec: true }, one.assessment, words);
  assert.equal(all.kind, "done");
});
