/** JSON syntax errors for people: the line and column of the first error, what was expected, the line. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonSyntaxError } from "../../src/facts/jsonSyntax";
import words from "../../templates/errors/json-syntax.json";

test("each kind of mistake: its line, its column and what was expected there", () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "act": murder\n}', 2, 10, /not a JSON value/],
    ['{"a": 1,}', 1, 9, /a property name in double quotes was expected/],
    ['[1, 2,]', 1, 7, /a value was expected/],
    ['{"a" 1}', 1, 6, /a colon was expected/],
    ['{"a": 1 "b": 2}', 1, 9, /a comma was expected/],
    ['{"a": [1, 2}', 1, 12, /a comma was expected between the items/], // or the ]: the parser reads on
    ['{"a": 1} {}', 1, 10, /nothing may follow/],
    ['{"a": 1 /* c */}', 1, 9, /comments are not allowed/],
    ['{"a": "x\ny"}', 1, 7, /not closed/], // a line break ends the string, as JSON has it
    ['{"a": "x', 1, 7, /not closed/],
    ['{"a": "x\ty"}', 1, 7, /line break or a control character/],
  ];
  for (const [text, line, column, what] of cases) {
    const e = jsonSyntaxError(text);
    assert.ok(e, text);
    assert.deepEqual([e.line, e.column], [line, column], text);
    assert.match(e.where, what, text);
  }
  assert.equal(jsonSyntaxError('{"a": [1, {"b": null}]}'), null, "JSON is no error");
});

test("the line is shown, cut around the error when long; the sentence names the body or the file, in English or French", () => {
  const long = `{"a": "${"x".repeat(300)}", "b": nope}`;
  const e = jsonSyntaxError(long)!;
  assert.ok(e.text.startsWith("…") && e.text.includes("nope") && e.text.length <= 122, e.text);
  const f = jsonSyntaxError('{"a": nope}', "fr")!;
  assert.equal(f.message("cas.json"), "cas.json n'est pas du JSON valide\u00a0: ligne 1, colonne 7\u00a0: ce n'est pas une valeur JSON (une chaîne s'écrit entre guillemets droits doubles\u202f; true, false et null s'écrivent en minuscules). La ligne\u00a0: «\u00a0{\"a\": nope}\u00a0»");
  assert.match(jsonSyntaxError("{")!.message(), /^The request body is not valid JSON: line 1, column 2: /);
  assert.deepEqual(Object.keys(words.en.codes).sort(), Object.keys(words.fr.codes).sort(), "the same codes in both languages");
});
