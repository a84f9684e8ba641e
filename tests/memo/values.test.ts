/**
 * Values as a reader sees them: a persecution's connections are named by incident (or crime) with
 * their outcome in words, never as the pipeline's object ("act: murder; outcome: met"), in every
 * golden memo of both languages.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { formatValue } from "../../src/memo/formatValue";
import { memoStrings } from "../../src/memo/renderMemo";

const golden = join(__dirname, "..", "..", "..", "tests", "golden", "memos");

test("a connection reads as its incident or crime and its outcome, in English and French", () => {
  const links = [{ incident: "camp-2", act: "imprisonment", outcome: "met" }, { crime: "war-crime", act: null, outcome: "undetermined" }];
  assert.equal(formatValue(links, memoStrings("en"), "en"), "incident “camp-2” (met), a war crime (not known to be established)");
  assert.equal(formatValue(links, memoStrings("fr"), "fr"), "incident «\u00a0camp-2\u00a0» (rempli), un crime de guerre (dont l'établissement n'est pas connu)");
  assert.equal(formatValue([{ crime: "genocide", act: null, outcome: "not_met" }], memoStrings("en"), "en"), "genocide (not established)");
});

test("no golden memo prints a value as the pipeline's object (key: value; key: value)", () => {
  const files = readdirSync(golden);
  assert.ok(files.length > 40, `golden memos at ${golden}`);
  for (const f of files) {
    const text = readFileSync(join(golden, f), "utf8").replace(/<style>[\s\S]*?<\/style>/g, "");
    const dump = /\b(act|outcome|incident|crime): [^;|<)]{1,40}; (act|outcome|incident|crime): /.exec(text);
    assert.equal(dump, null, `${f}: ${dump?.[0]}`);
  }
});
