/**
 * `attacks`: several attacks in one fact set. Each wrong use gets an error at the JSON Pointer of
 * the field, saying what was expected and how to fix it; the single `attack` works as before.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { validateFactSet } from "../../src/facts/validate";

const attack = (id: string) => ({ id, multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true });
const incident = (id: string, extra: Record<string, unknown> = {}) => ({ id, act: "murder", start: "2019-01-01", end: "2019-02-01", ...extra });
const errorsOf = (fs: unknown) => {
  const v = validateFactSet(fs);
  assert.equal(v.ok, false, "expected the fact set to be rejected");
  return v.ok ? [] : v.errors;
};
const has = (errors: { pointer: string; message: string }[], pointer: string, ...fragments: string[]) =>
  assert.ok(errors.some((e) => e.pointer === pointer && fragments.every((f) => e.message.includes(f))), `no error at ${pointer} with ${JSON.stringify(fragments)}: ${JSON.stringify(errors)}`);

test("two attacks, each incident naming its own, pass", () => {
  const fs = { factSetVersion: 1, attacks: [attack("north"), attack("south")], incidents: [incident("a", { attack: "north" }), incident("b", { attack: "south" })] };
  assert.equal(validateFactSet(fs).ok, true);
});

test("with one attack in `attacks`, incidents may omit `attack`", () => {
  const fs = { factSetVersion: 1, attacks: [attack("only")], incidents: [incident("a"), incident("b", { attack: "only" })] };
  assert.equal(validateFactSet(fs).ok, true);
});

test("`attack` and `attacks` together are rejected at /attack, saying to keep one", () => {
  const fs = { factSetVersion: 1, attack: { widespread: true }, attacks: [attack("north")], incidents: [incident("a")] };
  const errors = errorsOf(fs);
  has(errors, "/attack", "together with `attacks`", "move this attack into `attacks`", "or remove `attacks`");
});

test("an incident naming an attack that does not exist: its pointer, and the ids that exist", () => {
  const fs = { factSetVersion: 1, attacks: [attack("north"), attack("south")], incidents: [incident("a", { attack: "north" }), incident("b", { attack: "south" }), incident("c", { attack: "east" })] };
  const errors = errorsOf(fs);
  assert.equal(errors.length, 1);
  has(errors, "/incidents/2/attack", 'no attack with id "east"', '"north", "south"', "use one of them");
});

test("with several attacks, an incident without `attack` is told which field to add and with what", () => {
  const fs = { factSetVersion: 1, attacks: [attack("north"), attack("south")], incidents: [incident("a", { attack: "north" }), incident("b")] };
  has(errorsOf(fs), "/incidents/1/attack", "is required", "2 entries", 'add "attack"', '"north", "south"');
});

test("an incident naming an attack when the fact set gives only the single `attack` is rejected", () => {
  const fs = { factSetVersion: 1, attack: { widespread: true }, incidents: [incident("a", { attack: "north" })] };
  has(errorsOf(fs), "/incidents/0/attack", "no `attacks` list", "remove it");
});

test("duplicate attack ids, an empty `attacks` and an attack without an id are rejected", () => {
  has(errorsOf({ factSetVersion: 1, attacks: [attack("north"), attack("north")] }), "/attacks/1/id", 'duplicate attack id "north"', "rename");
  has(errorsOf({ factSetVersion: 1, attacks: [] }), "/attacks", "at least 1");
  has(errorsOf({ factSetVersion: 1, attacks: [{ widespread: true }] }), "/attacks/0/id", "required");
});

test("an attack's dates: real dates, and an end on or after the start (single and named attacks)", () => {
  has(errorsOf({ factSetVersion: 1, attack: { start: "2003-05-01", end: "2003-04-30" } }), "/attack/end", "before its start", "correct one of the two dates");
  has(errorsOf({ factSetVersion: 1, attacks: [{ ...attack("north"), start: "2003-05-01", end: "2002-01-01" }] }), "/attacks/0/end", "before its start");
  has(errorsOf({ factSetVersion: 1, attacks: [{ ...attack("north"), start: "2003-02-30" }] }), "/attacks/0/start", "calendar date");
  assert.equal(validateFactSet({ factSetVersion: 1, attack: { start: "2003-05-01", end: null } }).ok, true);
});

test("the single `attack` shorthand is unchanged: no id, no `attack` on incidents", () => {
  const fs = { factSetVersion: 1, attack: { multipleActs: true, widespread: true }, incidents: [incident("a")] };
  assert.equal(validateFactSet(fs).ok, true);
  has(errorsOf({ factSetVersion: 1, attack: { id: "x" } }), "/attack/id", "not a field");
});
