/** POST /v1/imports: a sheet → the fact set, or a 422 naming row and column; every reply as the OpenAPI document says. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import request from "supertest";
import { app, assertProblem, openApi, root } from "./helpers";

const uwazi = readFileSync(join(root, "examples", "import", "uwazi-incidents.csv"), "utf8");
const PATH = "/v1/imports";

test("text/csv with ?mapping=uwazi gives the fact set, as documented", async () => {
  const api = await openApi();
  const res = await request(app()).post(`${PATH}?mapping=uwazi`).set("Content-Type", "text/csv").send(uwazi);
  assert.equal(res.status, 200, res.text);
  api.check(res, PATH, "POST");
  assert.deepEqual((res.body.incidents as { id: string }[]).map((i) => i.id), ["tula-toli-killings", "maungdaw-expulsions", "sittwe-camp-detentions"]);
});

test("JSON {csv, mapping} with a mapping of one's own, and a base", async () => {
  const api = await openApi();
  const body = { csv: "ID;What\nk-1;murder\n", mapping: { columns: { ID: "id", What: "act" } }, base: { factSetVersion: 1, id: "mine" } };
  const res = await request(app()).post(PATH).send(body);
  assert.equal(res.status, 200, res.text);
  api.check(res, PATH, "POST");
  assert.equal(res.body.id, "mine");
  assert.deepEqual(res.body.incidents, [{ id: "k-1", act: "murder" }]);
});

test("bad cells: a 422 whose errors name row and column, as documented", async () => {
  const api = await openApi();
  const csv = "Title,Type of violation,Country,Incident date\nA,Killing,Narnia,2020/01/01:2019/01/01\n";
  const res = await request(app()).post(PATH).send({ csv, mapping: "uwazi" });
  const body = assertProblem(res, 422);
  api.check(res, PATH, "POST");
  const errors = body.errors as { row?: number; column?: string; message: string }[];
  assert.ok(errors.some((e) => e.row === 2 && e.column === "Country" && /Narnia/.test(e.message)), JSON.stringify(errors));
  assert.ok(errors.every((e) => e.row === 2), JSON.stringify(errors));
});

test("bad requests get a clear problem, never a 500", async () => {
  const api = await openApi();
  const noMapping = await request(app()).post(PATH).set("Content-Type", "text/csv").send(uwazi);
  assert.match(String(assertProblem(noMapping, 400).detail), /mapping=plain/);
  api.check(noMapping, PATH, "POST");
  const unknownMapping = await request(app()).post(`${PATH}?mapping=excel`).set("Content-Type", "text/csv").send(uwazi);
  assertProblem(unknownMapping, 400);
  const badDelimiter = await request(app()).post(`${PATH}?mapping=uwazi&delimiter=;;`).set("Content-Type", "text/csv").send(uwazi);
  assertProblem(badDelimiter, 400);
  const badBody = await request(app()).post(PATH).send({ csv: 3, mapping: "nope", extra: true });
  const problem = assertProblem(badBody, 422);
  api.check(badBody, PATH, "POST");
  assert.deepEqual((problem.errors as { pointer: string }[]).map((e) => e.pointer).sort(), ["/csv", "/extra", "/mapping"]);
  const badMapping = await request(app()).post(PATH).send({ csv: "a\n1\n", mapping: { columns: { a: "nothing" } } });
  assertProblem(badMapping, 422);
  const unclosed = await request(app()).post(`${PATH}?mapping=plain`).set("Content-Type", "text/csv").send('Incident ID,Act\n"x,murder\n');
  assert.match(String(assertProblem(unclosed, 422).errors && (assertProblem(unclosed, 422).errors as { message: string }[])[0]!.message), /never closed/);
  const plainText = await request(app()).post(PATH).set("Content-Type", "text/plain").send("a,b");
  assertProblem(plainText, 415);
  const empty = await request(app()).post(`${PATH}?mapping=plain`).set("Content-Type", "text/csv").send("");
  assertProblem(empty, 400);
  const get = await request(app()).get(PATH);
  assertProblem(get, 405);
});
