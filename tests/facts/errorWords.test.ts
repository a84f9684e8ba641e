/**
 * The words of the errors (templates/errors): both languages say every error, with the same slots,
 * French in French typography; and a fact set's errors name the same pointers in either language.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import en from "../../templates/errors/en.json";
import fr from "../../templates/errors/fr.json";
import { errorText, mismatches, slotsOf } from "../../src/facts/errorWords";
import { validateFactSet } from "../../src/facts/validate";
import { patchFactSet } from "../../src/teach/patch";
import { frenchSpacing } from "../../src/i18n/format";
import { ENGLISH_WORDS, assertFrench } from "./frenchErrors";
import { scenario } from "../http/helpers";

test("en.json and fr.json have the same keys, and each key the same slots", () => {
  assert.deepEqual(mismatches(en, fr), []);
  assert.ok(Object.keys(en).length > 50);
  for (const k of Object.keys(en) as (keyof typeof en)[]) assert.deepEqual(slotsOf(fr[k]), slotsOf(en[k]), k);
});

test("the check finds a key one language lacks and a slot one language forgets", () => {
  const { "schema.required": _gone, ...lacking } = fr;
  assert.deepEqual(mismatches(en, lacking), ["schema.required: only in the first"]);
  assert.deepEqual(mismatches({ ...en, extra: "x" }, fr), ["extra: only in the first"]);
  const noSlot = { ...fr, "schema.maxLength": "doit compter au plus quelques caractères" };
  assert.deepEqual(mismatches(en, noSlot), ["schema.maxLength: slots {limit} and {}"]);
  assert.deepEqual(slotsOf("is not an operation: each must be an object {op, path, …}"), [], "braces around a list are text");
});

test("French templates are written in French typography: « » and a no-break space before : ; ? !, no straight quotes", () => {
  for (const [k, t] of Object.entries(fr)) {
    assert.equal(frenchSpacing(t), t, `${k}: ${JSON.stringify(t)}`);
    assert.doesNotMatch(t, /"/, k);
  }
  assert.equal(errorText("fr", "schema.notAFieldNear", { near: "incidents" }), "n'est pas un champ de cet objet\u202f; vouliez-vous dire «\u00a0incidents\u00a0»\u202f?");
  assert.equal(errorText("en", "schema.notAFieldNear", { near: "incidents" }), 'is not a field of this object; did you mean "incidents"?');
  assert.ok(ENGLISH_WORDS.includes("must") && ENGLISH_WORDS.includes("missing"), "the English words are found");
});

type Json = Record<string, any>;
const darfur = (change: (f: Json) => void) => { const f = structuredClone(scenario("darfur")) as Json; change(f); return f; };
const BAD: [string, unknown][] = [
  ["several schema errors", { factSetVersion: 2, incidentz: [], attack: { widespread: "yes", policy: "State" }, title: "x".repeat(400) }],
  ["dates and codes", darfur((f) => { f.incidents[0].start = "2004/01/01"; f.incidents[0].territories[0].state = "sdn"; f.incidents[0].territories.push({ state: "XXX" }); })],
  ["facts that do not fit together", darfur((f) => { f.incidents.push(structuredClone(f.incidents[0])); f.incidents[0].end = "1990-01-01"; f.evidence = { "/attack/wide": ["nope"] }; })],
  ["attacks", darfur((f) => { f.attacks = [{ id: "a", ...f.attack }, { id: "a", start: "2005-01-01", end: "2004-01-01" }]; delete f.attack; f.incidents[0].attack = "b"; })],
  ["too many subjects", darfur((f) => { f.incidents = Array.from({ length: 100 }, (_, i) => ({ ...structuredClone(f.incidents[0]), id: `i${i}`, perpetrators: Array.from({ length: 11 }, (_, k) => ({ id: `p${k}`, nationalities: ["SDN"] })) })); })],
  ["nested too deep", { factSetVersion: 1, title: JSON.parse("[".repeat(20) + "]".repeat(20)) }],
];

for (const [name, input] of BAD) {
  test(`${name}: the same pointers in French, and the messages in French`, () => {
    const e = validateFactSet(input), f = validateFactSet(input, "fr");
    assert.ok(!e.ok && !f.ok);
    assert.deepEqual(f.errors.map((x) => x.pointer), e.errors.map((x) => x.pointer));
    for (const x of f.errors) assertFrench(x.message, x.pointer);
    assert.deepEqual(validateFactSet(input, "en"), e, "English is the default");
  });
}

test("a patch that cannot be applied says why in French, at the same operation", () => {
  const doc = scenario("darfur") as object;
  const patches: unknown[][] = [
    [{ op: "replace", path: "/incidents/9/act", value: "murder" }], [{ op: "move", from: "", path: "/x" }], [{ op: "frob", path: "/x" }],
    [{ op: "test", path: "/factSetVersion", value: 2 }], [{ op: "add", path: "/incidents/x", value: 1 }], ["nope"], [{ op: "add", path: "/__proto__/x", value: 1 }],
  ];
  for (const patch of patches) {
    const e = patchFactSet(doc, patch), f = patchFactSet(doc, patch, "fr");
    assert.ok(!e.ok && !f.ok);
    assert.deepEqual(f.errors.map((x) => x.pointer), e.errors.map((x) => x.pointer));
    assert.notEqual(f.errors[0]!.message, e.errors[0]!.message);
    assertFrench(f.errors[0]!.message, JSON.stringify(patch));
  }
});
