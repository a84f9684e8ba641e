/** POST /v1/memos: the memo, its format and language chosen by query or by content negotiation. */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { renderMemo } from "../../src/memo/renderMemo";
import { app, openApi, scenario, scenarioIds } from "./helpers";

const memo = (query = "") => request(app()).post(`/v1/memos${query}`);

async function expectedMemo(id: string, format: "md" | "html", lang: "en" | "fr"): Promise<string> {
  const r = await assess(scenario(id), { lang });
  assert.ok(r.ok);
  return renderMemo(r.assessment, { format, lang, factSet: scenario(id) as unknown as FactSet });
}

test("by default: the memo in Markdown, in English, the one the renderer writes", async () => {
  const { check } = await openApi();
  for (const id of scenarioIds) {
    const res = await memo().send(scenario(id)).expect(200);
    check(res, "/v1/memos", "POST");
    assert.match(String(res.headers["content-type"]), /^text\/markdown; charset=utf-8/);
    assert.equal(res.headers["content-language"], "en");
    assert.equal(res.headers["cache-control"], "no-store");
    assert.match(String(res.headers.vary), /Accept, Accept-Language/);
    assert.equal(res.text, await expectedMemo(id, "md", "en"));
  }
});

test("?format=html gives an HTML page that may load and run nothing (CSP)", async () => {
  const { check } = await openApi();
  const res = await memo("?format=html").send(scenario("xinjiang")).expect(200);
  check(res, "/v1/memos", "POST");
  assert.match(String(res.headers["content-type"]), /^text\/html; charset=utf-8/);
  assert.match(String(res.headers["content-security-policy"]), /default-src 'none'/);
  assert.match(res.text, /^<!DOCTYPE html>/);
  assert.equal(res.text, await expectedMemo("xinjiang", "html", "en"));
});

test("?lang=fr gives the memo in French", async () => {
  const { check } = await openApi();
  const res = await memo("?lang=fr").send(scenario("darfur")).expect(200);
  check(res, "/v1/memos", "POST");
  assert.equal(res.headers["content-language"], "fr");
  assert.equal(res.text, await expectedMemo("darfur", "md", "fr"));
  assert.notEqual(res.text, await expectedMemo("darfur", "md", "en"));
});

test("the Accept header chooses the format when the query does not", async () => {
  const { check } = await openApi();
  const cases: [string, RegExp][] = [
    ["text/html", /^text\/html/],
    ["text/markdown", /^text\/markdown/],
    ["text/html;q=0.5, text/markdown", /^text\/markdown/],
    ["text/markdown;q=0.2, text/html", /^text\/html/],
    ["text/*", /^text\/markdown/],
    ["*/*", /^text\/markdown/],
  ];
  for (const [accept, type] of cases) {
    const res = await memo().set("Accept", accept).send(scenario("darfur")).expect(200);
    check(res, "/v1/memos", "POST");
    assert.match(String(res.headers["content-type"]), type, accept);
  }
});

test("Accept: application/json wraps the memo as {memo, format, lang}, in the format and language asked for", async () => {
  const { check } = await openApi();
  const plain = await memo().set("Accept", "application/json").send(scenario("darfur")).expect(200);
  check(plain, "/v1/memos", "POST");
  assert.match(String(plain.headers["content-type"]), /^application\/json/);
  assert.deepEqual(plain.body, { memo: await expectedMemo("darfur", "md", "en"), format: "md", lang: "en" });

  const html = await memo("?format=html&lang=fr").set("Accept", "application/json").send(scenario("darfur")).expect(200);
  check(html, "/v1/memos", "POST");
  assert.deepEqual(html.body, { memo: await expectedMemo("darfur", "html", "fr"), format: "html", lang: "fr" });
});

test("?format= wins over Accept when both are acceptable; Accept-Language chooses the language when ?lang is absent", async () => {
  const res = await memo("?format=html").set("Accept", "text/markdown, text/html;q=0.9").send(scenario("darfur")).expect(200);
  assert.match(String(res.headers["content-type"]), /^text\/html/);
  const fr = await memo().set("Accept-Language", "fr-CA, fr;q=0.9, en;q=0.5").send(scenario("darfur")).expect(200);
  assert.equal(fr.headers["content-language"], "fr");
  const de = await memo().set("Accept-Language", "de").send(scenario("darfur")).expect(200);
  assert.equal(de.headers["content-language"], "en", "a language we do not write falls back to English");
  const q = await memo("?lang=en").set("Accept-Language", "fr").send(scenario("darfur")).expect(200);
  assert.equal(q.headers["content-language"], "en");
});

test("?engine=reference: the memo of the reference evaluator's assessment", async () => {
  const reference = await memo("?engine=reference").send(scenario("bangladesh-myanmar")).expect(200);
  const r = await assess(scenario("bangladesh-myanmar"), { evaluator: "reference" });
  assert.ok(r.ok);
  assert.equal(reference.text, renderMemo(r.assessment, { format: "md", lang: "en", factSet: scenario("bangladesh-myanmar") as unknown as FactSet }));
  assert.notEqual(reference.text, await expectedMemo("bangladesh-myanmar", "md", "en"), "the memo names the evaluator");
});

test("an invalid fact set gets a 422, not a memo", async () => {
  const { check } = await openApi();
  const res = await memo("?format=html").send({ factSetVersion: 1, incidents: [{ id: "x", act: "teleportation" }] });
  assert.equal(res.status, 422);
  check(res, "/v1/memos", "POST");
  assert.ok(res.body.errors.some((e: { pointer: string }) => e.pointer === "/incidents/0/act"));
});
