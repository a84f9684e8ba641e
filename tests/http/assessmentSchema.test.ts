/** GET /v1/schema/assessment: the published schema, and every assessment — lean or explained, in both languages — valid against it. */
import { test } from "node:test";
import assert from "node:assert/strict";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import request from "supertest";
import { createApp } from "../../src/http/app";
import { loadScenarios } from "../../src/teach/scenarios";
import { assess } from "../../src/assess/assess";
import { projectRoot } from "../../src/runtime";

test("every scenario's assessment, lean and explained, English and French, validates against the published schema", async () => {
  const res = await request(createApp({ log: false })).get("/v1/schema/assessment").expect(200);
  assert.match(res.headers["content-type"]!, /^application\/schema\+json/);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(res.body);
  let checked = 0;
  for (const s of loadScenarios(projectRoot())) for (const lang of ["en", "fr"] as const) for (const explain of [false, true]) {
    const r = await assess(s.factSet, { lang, explain });
    assert.ok(r.ok);
    assert.ok(validate(r.assessment), `${s.id} (${lang}, explain ${explain}): ${ajv.errorsText(validate.errors)}`);
    checked++;
  }
  assert.ok(checked >= 80);
});

test("the schema can fail: a trace without its decidedBy is rejected", async () => {
  const res = await request(createApp({ log: false })).get("/v1/schema/assessment").expect(200);
  const validate = new Ajv2020({ strict: false }).compile(res.body);
  const r = await assess(loadScenarios(projectRoot())[0]!.factSet);
  assert.ok(r.ok);
  const broken = structuredClone(r.assessment) as unknown as { jurisdiction: { incidents: { temporal: { decidedBy?: unknown } }[] } };
  delete broken.jurisdiction.incidents[0]!.temporal.decidedBy;
  assert.equal(validate(broken), false);
});
