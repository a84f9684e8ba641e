/**
 * A French memo is written in French: once the fact set's own words (descriptions, names, titles,
 * sources, ids) are set aside, no English is left — in the body or the annexes — and French
 * typography holds (no-break space before a colon and inside « », narrow one before ; ! ?).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { escapeMarkdown } from "../../src/memo/escape";
import { renderMemo } from "../../src/memo/renderMemo";

const root = join(__dirname, "..", "..", "..");
const scenarios = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
const load = (id: string) => JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")) as FactSet;

/** Every string the fact set holds, longest first: the user's words, which stay as given. */
function userStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => userStrings(x, out));
  else if (v && typeof v === "object") Object.values(v).forEach((x) => userStrings(x, out));
  return out;
}

const ENGLISH = /\b(the|of|and|which|with|was|were|is|are|not|under|from|hypothetical|incidents?\(s\)|Reading|Authority|Yes|No|Bases|Open|established|triggered|intent|knowledge|element|elements|paras?|fns?|Judge|dissenting|Prosecutor|Situation in|Chamber)\b/;

/** The memo with the user's words, pointers, ids, digests and addresses taken out. */
export function withoutUserText(md: string, fs: FactSet): string {
  // Pointers first: "/incidents/0/elements/intent" is an address, not English.
  let text = md.replace(/[\u00a0\u202f]/g, " ").replace(/(^|[\s(|])\/[A-Za-z0-9_~/-]+/gm, "$1 ");
  for (const u of [...new Set(userStrings(fs))].sort((a, b) => b.length - a.length)) {
    if (u.length < 2) continue;
    text = text.split(escapeMarkdown(u).replace(/[\u00a0\u202f]/g, " ")).join(" ").split(u).join(" ");
  }
  return text
    .replace(/\(\/[^)\s]*(, \/[^)\s]*)*\)/g, " ") // pointers: (/incidents/0/…)
    .replace(/sha256:[0-9a-f]+/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\[\^[^\]]+\]/g, " ");
}

for (const id of scenarios) {
  test(`French memo in French: ${id}`, async () => {
    const fs = load(id);
    const r = await assess(fs, { lang: "fr" });
    assert.ok(r.ok);
    const md = renderMemo(r.assessment, { format: "md", lang: "fr", factSet: fs });
    const rest = withoutUserText(md, fs);
    const lines = rest.split("\n").filter((l) => ENGLISH.test(l));
    assert.deepEqual(lines.slice(0, 3).map((l) => l.match(ENGLISH)![0] + " ← " + l.slice(0, 160)), [], `${id}: English left in the French memo`);
    // Typography: no ordinary space before : ; ! ? or inside « ».
    const typo = md.split("\n").filter((l) => / [:;!?](\s|$)|« | »/.test(l));
    assert.deepEqual(typo.slice(0, 3), [], `${id}: French spacing`);
  });
}

test("the check can fail: English words and plain spaces are caught", () => {
  const fs = { incidents: [{ id: "x", act: "murder", description: "the village of the north" }] } as unknown as FactSet;
  assert.ok(!ENGLISH.test(withoutUserText("Incident : the village of the north (/incidents/0/act).", fs)));
  assert.ok(ENGLISH.test(withoutUserText("La Cour was here.", fs)));
  assert.ok(/ [:;!?](\s|$)/.test("Fondement : x"));
});
