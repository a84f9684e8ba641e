/**
 * The provisions' words (rules/provisions/provisions.json): every provision a rule cites has them
 * in English and in French, or start-up stops naming the rule and the provision; a citation is
 * read as the provisions it names; the file holds no words for a provision no rule cites.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RuleLoadError, loadRuleBook } from "../../src/engine/loadRules";
import { citeIn, loadProvisions, provisionParts, provisionWords } from "../../src/engine/provisions";
import { loadRuntime, projectRoot } from "../../src/runtime";

const rules = join(projectRoot(), "rules");
const book = loadRuleBook(rules);
const provisions = loadProvisions(rules);

/** A copy of rules/ with the provisions file edited. */
function withProvisions(edit: (p: Record<string, { en?: string; fr?: string }>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "rules-"));
  cpSync(rules, dir, { recursive: true });
  const file = join(dir, "provisions", "provisions.json");
  const doc = JSON.parse(readFileSync(file, "utf8"));
  edit(doc.provisions);
  writeFileSync(file, JSON.stringify(doc));
  return dir;
}

test("a citation is read as the provisions it names", () => {
  assert.deepEqual(provisionParts("Art. 7(1)(d), 7(2)(d); EoC art. 7(1)(d), element 1 (destination)"), ["Art. 7(1)(d)", "Art. 7(2)(d)", "EoC art. 7(1)(d), element 1"]);
  assert.deepEqual(provisionParts("Art. 7(1)(a), 30; EoC General Introduction, paras 2-3"), ["Art. 7(1)(a)", "Art. 30", "EoC General Introduction, paras 2-3"]);
  assert.deepEqual(provisionParts("Arts. 13(c), 15(3)–(4)"), ["Art. 13(c)", "Art. 15(3)–(4)"]);
  assert.deepEqual(provisionParts("Arts. 13–15"), ["Arts. 13–15"], "a run of articles stays whole");
  assert.deepEqual(provisionParts("Art. 12(2)–(3)"), ["Art. 12(2)–(3)"]);
  assert.deepEqual(provisionParts("EoC art. 7(1)(i), fn 24"), ["EoC art. 7(1)(i), fn 24"]);
  assert.equal(citeIn("EoC art. 7(1)(g)-4, element 1", "fr"), "Éléments des crimes, art. 7(1)(g)-4, élément 1");
  assert.equal(citeIn("EoC General Introduction, paras 2-3", "fr"), "Éléments des crimes, Introduction générale, par. 2 et 3");
});

test("every provision every rule cites has words in English and in French, and the French are not the English", () => {
  let checked = 0;
  for (const r of book.rules) {
    for (const part of provisionParts(r.provision)) {
      const words = provisions.get(part);
      assert.ok(words, `${r.id} cites ${part}: no entry`);
      assert.ok(words.en.trim().length > 20 && words.fr.trim().length > 20, `${part}: words in both languages`);
      assert.notEqual(words.en, words.fr, `${part}: the French is a translation`);
      checked++;
    }
    for (const lang of ["en", "fr"] as const) assert.ok(provisionWords(provisions, r.provision, lang), `${r.id} in ${lang}`);
  }
  assert.ok(checked > 200, `${checked} citations checked`);
});

test("the file has words only for provisions a rule cites", () => {
  const cited = new Set(book.rules.flatMap((r) => provisionParts(r.provision)));
  assert.deepEqual([...provisions.keys()].filter((k) => !cited.has(k)), []);
});

test("a provision a rule cites with no words in one language stops start-up, naming the rule and the provision", () => {
  // Gone altogether: the rule book check names the rule that cites it.
  const gone = withProvisions((p) => { delete p["Art. 16"]; });
  assert.throws(() => loadRuntime(gone), (e: unknown) => {
    assert.ok(e instanceof RuleLoadError, String(e));
    assert.equal(e.file, "rules/jurisdiction/deferral.json");
    assert.match(e.problem, /cites Art\. 16, which has no words in en/);
    return true;
  });
  // Its French missing: the schema says so, at the entry.
  const noFrench = withProvisions((p) => { delete p["EoC art. 7(1)(h), element 4"]!.fr; });
  assert.throws(() => loadRuntime(noFrench), (e: unknown) => {
    assert.ok(e instanceof RuleLoadError, String(e));
    assert.equal(e.file, "rules/provisions/provisions.json");
    assert.match(e.path, /EoC art\. 7\(1\)\(h\), element 4/);
    assert.match(e.problem, /required property 'fr'/);
    return true;
  });
  // Empty French words: refused too.
  const blank = withProvisions((p) => { p["Art. 26"]!.fr = " ".repeat(25); });
  assert.throws(() => loadRuntime(blank), /rules\/jurisdiction\/age\.json: rule art26: provision: cites Art\. 26, which has no words in fr/);
  // And the file as it is loads.
  assert.ok(loadRuntime().provisions.size > 80);
});
