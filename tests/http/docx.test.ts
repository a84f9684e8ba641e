/** POST /v1/memos?format=docx: the Word memo as an attachment, chosen by query or by Accept; errors stay problem details. */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { assess } from "../../src/assess/assess";
import type { FactSet } from "../../src/facts/factSet.generated";
import { DOCX_MEDIA_TYPE, renderMemoDocx } from "../../src/memo/renderDocx";
import { app, assertProblem, binary, makeApp, openApi, scenario } from "./helpers";

const memo = (query = "") => request(app()).post(`/v1/memos${query}`);

async function expectedDocx(input: Record<string, unknown>, lang: "en" | "fr"): Promise<Buffer> {
  const r = await assess(input, { lang });
  assert.ok(r.ok);
  return renderMemoDocx(r.assessment, { lang, factSet: input as unknown as FactSet });
}

test("?format=docx: the Word memo the renderer writes, as an attachment named after the fact set", async () => {
  const { check } = await openApi();
  for (const lang of ["en", "fr"] as const) {
    const res = await memo(`?format=docx&lang=${lang}`).send(scenario("xinjiang")).buffer(true).parse(binary).expect(200);
    check(res, "/v1/memos", "POST");
    assert.equal(res.headers["content-type"], DOCX_MEDIA_TYPE, "a file, with no charset");
    assert.equal(res.headers["content-disposition"], `attachment; filename="memo-xinjiang-${lang}.docx"`);
    assert.equal(res.headers["content-language"], lang);
    assert.equal(res.headers["cache-control"], "no-store");
    assert.match(String(res.headers.vary), /Accept, Accept-Language/);
    const body = res.body as Buffer;
    assert.equal(Number(res.headers["content-length"]), body.length);
    assert.ok(body.equals(await expectedDocx(scenario("xinjiang"), lang)), "the same bytes as renderMemoDocx");
  }
});

test("Accept: the Word media type chooses the Word memo; application/* and */* still get JSON and Markdown", async () => {
  const { check } = await openApi();
  const word = await memo().set("Accept", DOCX_MEDIA_TYPE).send(scenario("darfur")).buffer(true).parse(binary).expect(200);
  check(word, "/v1/memos", "POST");
  assert.equal(word.headers["content-type"], DOCX_MEDIA_TYPE);
  assert.equal((word.body as Buffer).subarray(0, 2).toString("latin1"), "PK");
  const preferred = await memo().set("Accept", `text/markdown;q=0.5, ${DOCX_MEDIA_TYPE}`).send(scenario("darfur")).buffer(true).parse(binary).expect(200);
  assert.equal(preferred.headers["content-type"], DOCX_MEDIA_TYPE);
  const wildcard = await memo().set("Accept", "application/*").send(scenario("darfur")).expect(200);
  assert.match(String(wildcard.headers["content-type"]), /^application\/json/);
  const any = await memo().set("Accept", "*/*").send(scenario("darfur")).expect(200);
  assert.match(String(any.headers["content-type"]), /^text\/markdown/);
});

test("a fact set without an id: the file is named after its input digest, the same each time", async () => {
  const { id: _id, ...anonymous } = scenario("darfur");
  void _id;
  const names = [];
  for (let i = 0; i < 2; i++) {
    const res = await memo("?format=docx").send(anonymous).buffer(true).parse(binary).expect(200);
    names.push(String(res.headers["content-disposition"]));
  }
  assert.match(names[0]!, /^attachment; filename="memo-[0-9a-f]{12}-en\.docx"$/);
  assert.equal(names[1], names[0]);
});

test("?format=docx: errors are problem details, as for the other formats", async () => {
  const { check } = await openApi();
  // A Word memo is never wrapped in JSON.
  const json = await memo("?format=docx").set("Accept", "application/json").send(scenario("darfur"));
  const p = assertProblem(json, 406);
  check(json, "/v1/memos", "POST");
  assert.match(String(p.detail), /not wrapped in JSON/);
  const invalid = await memo("?format=docx").send({ factSetVersion: 1, incidents: [{ id: "x", act: "teleportation" }] });
  assertProblem(invalid, 422);
  check(invalid, "/v1/memos", "POST");
  assert.ok(invalid.body.errors.some((e: { pointer: string }) => e.pointer === "/incidents/0/act"));
  const badLang = await memo("?format=docx&lang=de").send(scenario("darfur"));
  assert.match(String(assertProblem(badLang, 400).detail), /"lang"/);
  const badFormat = await memo("?format=pdf").send(scenario("darfur"));
  assert.match(String(assertProblem(badFormat, 400).detail), /md, html, docx/);

  const logged: string[] = [];
  const broken = makeApp({ renderDocx: async () => { throw new TypeError("docx exploded: secret"); }, log: (l) => void logged.push(l) });
  const res = await request(broken).post("/v1/memos?format=docx").send(scenario("darfur"));
  assertProblem(res, 500);
  check(res, "/v1/memos", "POST");
  assert.doesNotMatch(res.text, /secret|exploded|TypeError/);
  assert.ok(logged.some((l) => /"error":"TypeError"/.test(l)), "the cause is logged");
});

test("the OpenAPI document describes the Word memo", async () => {
  const { doc } = await openApi();
  const op = (doc.paths as Record<string, Record<string, Record<string, unknown>>>)["/v1/memos"]!.post!;
  const format = (op.parameters as { $ref?: string; name?: string; schema?: { enum: string[] } }[]).find((p) => p.name === "format");
  assert.deepEqual(format?.schema?.enum, ["md", "html", "docx"]);
  const ok = (op.responses as Record<string, { content: Record<string, unknown>; headers: Record<string, unknown> }>)["200"]!;
  assert.ok(DOCX_MEDIA_TYPE in ok.content);
  assert.ok("Content-Disposition" in ok.headers);
});
