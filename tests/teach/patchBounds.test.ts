/**
 * Reproducers of the probe's worst patches (issue: reliability): a move of the document into
 * itself killed the process; 26 copies of the document into itself took 71 s and 3.5 GiB.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { app } from "../http/helpers";
import { patchFactSet } from "../../src/teach/patch";

test("a move of a value into itself is refused, naming the operation (RFC 6902, 4.4)", async () => {
  const res = await request(app()).post("/v1/compare").send({ before: { factSetVersion: 1 }, patch: [{ op: "move", from: "", path: "/x" }] });
  assert.equal(res.status, 422, res.text);
  assert.equal(res.body.errors[0].pointer, "/patch/0");
  assert.match(res.body.errors[0].message, /inside itself/);
  const nested = patchFactSet({ a: { b: {} } }, [{ op: "move", from: "/a", path: "/a/b/c" }]);
  assert.ok(!nested.ok && /inside itself/.test(nested.errors[0]!.message));
  // Moving a value to its own place, or out of its parent, is fine.
  assert.ok(patchFactSet({ a: { b: 1 } }, [{ op: "move", from: "/a/b", path: "/c" }]).ok);
  assert.ok(patchFactSet({ a: 1 }, [{ op: "move", from: "/a", path: "/a" }]).ok);
});

test("a patch cannot grow the document past its bound: 26 copies of the document into itself are refused at the one that would", async () => {
  const ops = Array.from({ length: 26 }, (_, i) => ({ op: "copy", from: "", path: `/c${i}` }));
  const r = patchFactSet({ factSetVersion: 1, incidents: [{ id: "a", description: "x".repeat(1000) }] }, ops);
  assert.ok(!r.ok);
  const at = Number(r.errors[0]!.pointer.split("/")[2]);
  assert.ok(at > 5 && at < 26, `refused at operation ${at}`);
  assert.match(r.errors[0]!.message, /would exceed 2 MiB/);
  const res = await request(app()).post("/v1/compare").send({ before: { factSetVersion: 1 }, patch: ops });
  assert.equal(res.status, 422);
});
