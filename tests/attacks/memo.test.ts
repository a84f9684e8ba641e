/**
 * The memo with `attacks`: each attack's contextual elements once, followed by the incidents
 * assessed against it, in both languages and both formats; the single attack's memo is unchanged
 * (the golden memos of every scenario check that).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assess } from "../../src/assess/assess";
import { MemoFormat, renderMemo } from "../../src/memo/renderMemo";

const attack = { multipleActs: true, policy: "state", widespread: true };
const murder = (id: string, attackId: string) => ({
  id, act: "murder", attack: attackId, elements: { killed: true }, partOfAttack: true, knowledgeOfAttack: true,
  start: "2019-01-01", end: "2019-01-31", territories: [{ state: "BGD", part: "conduct" }],
});
const fs = {
  factSetVersion: 1, assessmentDate: "2020-01-01", title: "Two attacks",
  attacks: [
    { id: "north", description: "Clearance operations in the north", ...attack, againstCivilianPopulation: true },
    { id: "south", description: "Fighting in the south", ...attack, againstCivilianPopulation: false },
  ],
  incidents: [murder("n1", "north"), murder("s1", "south"), murder("n2", "north")],
};

const headings = {
  en: { north: 'Attack "north": contextual elements', south: 'Attack "south": contextual elements', incident: (id: string) => `Incident "${id}" — `, summary: "**Contextual elements of Article 7, attack south.**" },
  fr: { north: "Attaque « north » : éléments contextuels", south: "Attaque « south » : éléments contextuels", incident: (id: string) => `Incident « ${id} » — `, summary: "**Éléments contextuels de l'article 7, attaque south.**" },
};

for (const lang of ["en", "fr"] as const) {
  for (const format of ["md", "html"] as MemoFormat[]) {
    test(`two attacks: each attack's contextual elements once, then its incidents (${lang}, ${format})`, async () => {
      const r = await assess(fs, { lang });
      assert.ok(r.ok);
      const memo = renderMemo(r.assessment, { format, lang });
      const h = headings[lang];
      // French spacing (no-break spaces) aside: the words are compared.
      const plain = (x: string) => x.replace(/[\u00a0\u202f]/g, " ");
      const text = plain(format === "html" ? memo.replace(/&quot;/g, '"').replace(/&#39;/g, "'") : memo);
      const count = (x: string) => text.split(plain(x)).length - 1;
      assert.equal(count(h.north), 1);
      assert.equal(count(h.south), 1);
      assert.ok(text.includes("Clearance operations in the north"));
      // Section II: north, then its incidents n1 and n2, then south and s1.
      const ii = text.slice(text.indexOf(h.north));
      const at = (x: string) => ii.indexOf(plain(x));
      assert.ok(at(h.incident("n1")) > 0 && at(h.incident("n2")) > at(h.incident("n1")) && at(h.south) > at(h.incident("n2")) && at(h.incident("s1")) > at(h.south), "each attack is followed by its own incidents");
      // Each attack's conclusion on the attack once per attack: two in all.
      const title = lang === "en" ? "A widespread or systematic attack directed against a civilian population" : "Attaque généralisée ou systématique lancée contre toute population civile";
      assert.equal(count(title), 2);
      // The situation, in the body, gives each attack's conclusion once.
      if (format === "md") assert.equal(count(h.summary), 1, "the body gives each attack's conclusion");
      if (format === "html") assert.ok(/<h4( id="[a-z0-9-]+")?>Att[a-z]+ /.test(memo), "the attack is a heading in HTML (Annex A)");
    });
  }
}
