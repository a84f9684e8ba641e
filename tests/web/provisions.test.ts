/**
 * The provision's words on the page, over HTTP: each node's provision is a button that opens a
 * popover with the words of every provision its citation names, in the page's language; one
 * popover per citation however many nodes cite it, each id once, every button's target there.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { app, scenario } from "../http/helpers";
import type { FactSet } from "../../src/facts/factSet.generated";
import { encodeFactSet } from "../../src/web/buildState";
import { unescape } from "./buildForm";

const page = async (path: string) => unescape((await request(app()).get(path).expect(200)).text);
const popover = (html: string, id: string) => new RegExp(`<div popover id="${id}" class="provision-text">([\\s\\S]*?)</div>`).exec(html)?.[1];
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[\s\u00a0\u202f]+/g, " ").trim();

test("a node's provision opens its words: Article 12(2)(a) on Bangladesh/Myanmar, in English and in French", async () => {
  const en = await page("/scenario/bangladesh-myanmar?lang=en");
  assert.match(en, /<p class="cite"><span class="label">Authority:<\/span> <button type="button" class="provision" popovertarget="pv-art-12-2-a" title="Rome Statute, art\. 12\(2\)\(a\);[^"]*">Art\. 12\(2\)\(a\)<\/button><\/p>/);
  const words = text(popover(en, "pv-art-12-2-a")!);
  assert.match(words, /^Art\. 12\(2\)\(a\) — Territory\. .*at least one element of the crime, or part of it, took place on that territory/);
  assert.match(words, /In this project's words, not the Statute's/);
  assert.match(popover(en, "pv-art-12-2-a")!, /<button type="button" class="provision-close" popovertarget="pv-art-12-2-a" popovertargetaction="hide">Close<\/button>/);
  const fr = await page("/scenario/bangladesh-myanmar?lang=fr");
  assert.match(text(popover(fr, "pv-art-12-2-a")!), /^Art\. 12\(2\)\(a\) — Territoire\. .*au moins un élément constitutif du crime/);
  assert.match(text(popover(fr, "pv-art-12-2-a")!), /Fermer$/);
});

test("a citation of several provisions: the words of each, under the citation; the Elements cited as the French text cites them", async () => {
  const en = await page("/scenario/bangladesh-myanmar?lang=en");
  const id = "pv-art-7-1-d-7-2-d-eoc-art-7-1-d-element-1-destination";
  const words = text(popover(en, id)!);
  assert.match(words, /^Art\. 7\(1\)\(d\), 7\(2\)\(d\); EoC art\. 7\(1\)\(d\), element 1 \(destination\) Art\. 7\(1\)\(d\) — .* Art\. 7\(2\)\(d\) — .* EoC art\. 7\(1\)\(d\), element 1 — The perpetrator deported or forcibly transferred/);
  const fr = text(popover(await page("/scenario/bangladesh-myanmar?lang=fr"), id)!);
  assert.match(fr, /Éléments des crimes, art\. 7\(1\)\(d\), élément 1 — L'auteur a déporté ou transféré de force/);
});

test("one popover per citation, however many nodes cite it; every id once; every button's popover on the page", async () => {
  // The build page's tree too, from a scenario's facts.
  const built = `/build?lang=fr&f=${encodeFactSet(scenario("bangladesh-myanmar") as unknown as FactSet)}`;
  for (const path of ["/scenario/bangladesh-myanmar?lang=en", "/scenario/ukraine?lang=fr", "/scenario/classroom-deferral-16?lang=en", built]) {
    const html = await page(path);
    const targets = [...html.matchAll(/<button type="button" class="provision" popovertarget="([^"]+)"/g)].map((m) => m[1]!);
    const ids = [...html.matchAll(/<div popover id="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(ids.length > 0, `${path}: popovers`);
    // The French page writes its citations the memo's French way, the English key aside.
    if (path.includes("lang=fr")) assert.doesNotMatch(html, /class="provision"[^>]*>[^<]*\bEoC\b/, `${path}: no English citation on a button`);
    assert.ok(targets.length > ids.length, `${path}: some citations are shared (${targets.length} buttons, ${ids.length} popovers)`);
    assert.deepEqual(new Set(ids).size, ids.length, `${path}: each popover once`);
    assert.deepEqual([...new Set(targets)].sort(), [...ids].sort(), `${path}: a popover for every button, a button for every popover`);
    const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(new Set(all).size, all.length, `${path}: no id twice`);
  }
});
