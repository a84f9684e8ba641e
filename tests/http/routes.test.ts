/** Every route of the HTTP API, against the real express app; each response validated against the OpenAPI document. */
import { test } from "node:test";
import assert from "node:assert/strict";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import request from "supertest";
import { assess } from "../../src/assess/assess";
import { runtime } from "../../src/runtime";
import { app, expectedOf, keyOf, openApi, scenario, scenarioIds } from "./helpers";

test("GET /healthz: up, with the version and the digest of the rules loaded", async () => {
  const { check } = await openApi();
  const res = await request(app()).get("/healthz").expect(200);
  check(res, "/healthz", "GET");
  assert.equal(res.body.status, "ok");
  assert.equal(res.body.rulesDigest, runtime().book.digest);
  assert.equal(res.body.version, runtime().version);
});

test("GET /v1/rules: every rule with id, provision, title, file and citations", async () => {
  const { check } = await openApi();
  const res = await request(app()).get("/v1/rules").expect(200);
  check(res, "/v1/rules", "GET");
  const rules = res.body.rules as { id: string; provision: string; title: string; file: string; citations: string[] }[];
  assert.equal(rules.length, runtime().book.rules.length);
  assert.deepEqual(rules.map((r) => r.id), runtime().book.rules.map((r) => r.id));
  for (const r of rules as unknown as { file: string; citations: string[]; explanation: Record<string, string>; conditions: { leaf: number; name: string }[]; fr: { title: string; conditions: unknown[] } }[]) {
    assert.match(r.file, /^rules\/.+\.json$/);
    assert.ok(r.citations.length > 0);
    assert.deepEqual(Object.keys(r.explanation).sort(), ["met", "not_met", "undetermined"]);
    assert.ok(r.conditions.length > 0 && r.conditions.every((c, i) => c.leaf === i && c.name.length > 0));
    assert.equal(r.fr.conditions.length, r.conditions.length);
  }
  // The contested points come with both readings.
  const reading = (rules as unknown as { id: string; reading?: { id: string; otherAuthority: string[] } }[]).find((r) => r.id === "art12-2-a")!.reading;
  assert.equal(reading?.id, "territory-element");
  assert.ok(reading!.otherAuthority.length > 0);
  // Cached by the rules digest: the ETag is the digest, and a revalidation is a 304.
  assert.equal(res.headers.etag, `"${runtime().book.digest}"`);
  await request(app()).get("/v1/rules").set("If-None-Match", res.headers.etag!).expect(304);
});

test("a lean trace and the catalogue together give back the explained words (what a client does with ?explain=false)", async () => {
  const catalogue = (await request(app()).get("/v1/rules").expect(200)).body as { rules: { id: string; conditions: { name: string; says: Record<string, string> }[]; explanation: Record<string, string> }[] };
  const lean = (await request(app()).post("/v1/assessments").send(scenario("georgia")).expect(200)).body;
  const explained = (await request(app()).post("/v1/assessments?explain=true").send(scenario("georgia")).expect(200)).body;
  const t = lean.jurisdiction.incidents[0].temporal, e = explained.jurisdiction.incidents[0].temporal;
  const rule = catalogue.rules.find((r) => r.id === t.id)!;
  const fill = (text: string) => text.replace(/\{([A-Za-z.0-9-]+)\}/g, (w: string, k: string) => t.params?.[k] ?? w);
  // Art. 11(1) met: an `all` met, summed up by the rule's own sentence (a failed one would speak through its condition).
  assert.equal(t.outcome, "met");
  assert.equal(fill(rule.explanation.met!), e.explanation);
  assert.equal(fill(rule.conditions[t.facts[0].leaf]!.name), e.facts[0].name);
  assert.ok(JSON.stringify(lean).length * 2 < JSON.stringify(explained).length, "lean is much smaller");
});

test("GET /v1/scenarios lists every scenario; GET /v1/scenarios/:id gives its fact set (and its expected outcome when asked)", async () => {
  const { check } = await openApi();
  const list = await request(app()).get("/v1/scenarios").expect(200);
  check(list, "/v1/scenarios", "GET");
  assert.deepEqual(list.body.scenarios.map((s: { id: string }) => s.id), scenarioIds);
  for (const s of list.body.scenarios as { id: string; href: string; title: string; kind: string }[]) {
    assert.equal(s.kind, (expectedOf(s.id) as { kind?: string } | null)?.kind === "classroom" ? "classroom" : "real");
    assert.equal(s.kind === "classroom", s.id.startsWith("classroom-"));
    const res = await request(app()).get(s.href).expect(200);
    check(res, "/v1/scenarios/{id}", "GET");
    assert.equal(res.body.id, s.id);
    assert.equal(res.body.title, s.title);
    assert.deepEqual(res.body.factSet, scenario(s.id));
    assert.equal(res.body.expected, undefined, "the teacher's key only with ?include=expected");
    const key = await request(app()).get(`${s.href}?include=expected`).expect(200);
    check(key, "/v1/scenarios/{id}", "GET");
    assert.deepEqual(key.body.expected, keyOf(s.id));
  }
});

test("GET /v1/schema/fact-set is self-contained: a bare ajv compiles it, and it judges as the validator does", async () => {
  const { check } = await openApi();
  const res = await request(app()).get("/v1/schema/fact-set").expect(200);
  check(res, "/v1/schema/fact-set", "GET");
  assert.match(String(res.headers["content-type"]), /^application\/schema\+json/);
  const schema = JSON.parse(res.text);
  assert.equal(schema.$id, "https://rome-assess.invalid/schemas/fact-set.json");
  const refs: string[] = [];
  (function walk(v: unknown) {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (k === "$ref" ? refs.push(String(x)) : walk(x));
  })(schema);
  assert.ok(refs.length > 20);
  for (const r of refs) assert.match(r, /^#\/\$defs\//, `non-local reference ${r}`);
  assert.ok(refs.includes("#/$defs/acts/$defs/elementsByAct"));

  // A fresh ajv that knows no other schema: only the formats are supplied.
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allowUnionTypes: true, allErrors: true });
  addFormats(ajv, ["date"]);
  ajv.addFormat("iso3166-alpha3", /^[A-Z]{3}$/);
  const validate = ajv.compile(schema);
  for (const id of scenarioIds) assert.ok(validate(scenario(id)), `${id}: ${JSON.stringify(validate.errors)}`);
  // The act elements (from the acts schema) are enforced: a murder's elements are not a deportation's.
  const bad = { factSetVersion: 1, incidents: [{ id: "a", act: "murder", elements: { deported: true } }] };
  assert.equal(validate(bad), false);
  assert.ok(validate.errors?.some((e) => e.instancePath === "/incidents/0/elements"));
  const r = await assess(bad);
  assert.equal(r.ok, false);
});

test("GET /openapi.json is a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator)", async () => {
  const { Validator } = await import("@seriousme/openapi-schema-validator");
  const { doc, factSetSchema } = await openApi();
  assert.equal(doc.openapi, "3.1.0");
  const validator = new Validator();
  // The document refers to the fact-set schema by its path on the server, and does not copy it.
  await validator.addSpecRef(structuredClone(factSetSchema), "/v1/schema/fact-set");
  const result = await validator.validate(structuredClone(doc));
  assert.deepEqual(result.errors, undefined);
  assert.equal(result.valid, true);
  assert.equal(validator.version, "3.1");
  const components = doc.components as { schemas: Record<string, { $ref?: string; properties?: unknown }> };
  assert.equal(components.schemas.FactSet!.$ref, "/v1/schema/fact-set");
  assert.equal(components.schemas.FactSet!.properties, undefined);
  // The validator is real: a broken document fails.
  const broken = structuredClone(doc) as { paths: Record<string, Record<string, { responses?: unknown }>> };
  delete broken.paths["/healthz"]!.get!.responses;
  (broken.paths["/v1/rules"]!.get as Record<string, unknown>).parameters = [{ name: "x", in: "nowhere" }];
  const v2 = new Validator();
  await v2.addSpecRef(structuredClone(factSetSchema), "/v1/schema/fact-set");
  assert.equal((await v2.validate(broken as unknown as Record<string, unknown>)).valid, false);
  const v3 = new Validator();
  assert.equal((await v3.validate(structuredClone(doc))).valid, false, "an unresolvable FactSet reference is reported");
});

test("GET /openapi.json documents every route the app serves, and nothing it does not", async () => {
  const { doc, check } = await openApi();
  const res = await request(app()).get("/openapi.json").expect(200);
  check(res, "/openapi.json", "GET");
  const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
  assert.deepEqual(documented, [
    "GET /healthz", "GET /openapi.json", "GET /v1/rules", "GET /v1/scenarios", "GET /v1/scenarios/{id}", "GET /v1/scenarios/{id}/quiz", "GET /v1/schema/assessment", "GET /v1/schema/fact-set",
    "POST /v1/assessments", "POST /v1/compare", "POST /v1/imports", "POST /v1/memos", "POST /v1/scenarios/{id}/answers",
  ]);
  const facts = scenario(scenarioIds[0]!);
  const bodies: Record<string, unknown> = { "/v1/compare": { before: facts, after: facts }, "/v1/scenarios/{id}/answers": { answers: { jurisdiction: "established" } }, "/v1/imports": { csv: "Incident ID,Act\nk-1,murder\n", mapping: { columns: { "Incident ID": "id", Act: "act" } } } };
  for (const d of documented) {
    const [method, path] = d.split(" ") as [string, string];
    const url = path.replace("{id}", scenarioIds[0]!);
    const r = method === "GET" ? await request(app()).get(url) : await request(app()).post(url).send((bodies[path] ?? facts) as object);
    assert.equal(r.status, 200, `${d}: ${r.text.slice(0, 200)}`);
  }
});

for (const id of scenarioIds) {
  test(`POST /v1/assessments: scenario ${id} gives the assessment the engine gives, valid against the document`, async () => {
    const { check } = await openApi();
    const res = await request(app()).post("/v1/assessments").send(scenario(id)).expect(200);
    check(res, "/v1/assessments", "POST");
    assert.match(String(res.headers["content-type"]), /^application\/json; charset=utf-8/);
    assert.equal(res.headers["cache-control"], "no-store");
    const direct = await assess(scenario(id));
    assert.ok(direct.ok);
    assert.deepEqual(res.body, JSON.parse(JSON.stringify(direct.assessment)));
    const expected = expectedOf(id) as { jurisdiction: string; trigger: string } | null;
    if (expected) {
      assert.equal(res.body.jurisdiction.outcome, expected.jurisdiction);
      assert.equal(res.body.jurisdiction.trigger.outcome, expected.trigger);
    }
  });
}

test("POST /v1/assessments?engine=reference evaluates with json-rules-engine, and gives the same outcomes", async () => {
  const { check } = await openApi();
  const input = scenario("bangladesh-myanmar");
  const native = await request(app()).post("/v1/assessments").send(input).expect(200);
  const reference = await request(app()).post("/v1/assessments?engine=reference").send(input).expect(200);
  check(reference, "/v1/assessments", "POST");
  assert.equal(native.body.engine.evaluator, "native");
  assert.equal(reference.body.engine.evaluator, "reference");
  const strip = (a: { engine: Record<string, unknown> }) => ({ ...a, engine: { ...a.engine, evaluator: null } });
  assert.deepEqual(strip(reference.body), strip(native.body));
});

test("POST /v1/assessments?lang=fr explains in French; the outcomes are the same", async () => {
  const { check } = await openApi();
  const input = scenario("darfur");
  const en = await request(app()).post("/v1/assessments").send(input).expect(200);
  const fr = await request(app()).post("/v1/assessments?lang=fr").send(input).expect(200);
  check(fr, "/v1/assessments", "POST");
  assert.equal(fr.body.lang, "fr");
  assert.equal(fr.body.jurisdiction.outcome, en.body.jurisdiction.outcome);
  assert.equal(fr.body.crimesAgainstHumanity.outcome, en.body.crimesAgainstHumanity.outcome);
});

test("an assessment of a fact set with every fact unknown is still a 200 (whatever the outcome)", async () => {
  const { check } = await openApi();
  const res = await request(app()).post("/v1/assessments").send({ factSetVersion: 1, assessmentDate: "2020-01-01" }).expect(200);
  check(res, "/v1/assessments", "POST");
  assert.equal(res.body.jurisdiction.outcome, "undetermined");
  assert.ok(res.body.missingFacts.length > 0);
});

test("HEAD works wherever GET does", async () => {
  for (const path of ["/healthz", "/v1/rules", "/v1/scenarios", "/v1/schema/fact-set", "/openapi.json", `/v1/scenarios/${scenarioIds[0]}`]) {
    const res = await request(app()).head(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.text, undefined);
  }
});

test("every response carries X-Content-Type-Options: nosniff and no X-Powered-By", async () => {
  for (const r of [await request(app()).get("/healthz"), await request(app()).get("/nope"), await request(app()).post("/v1/assessments").send({})]) {
    assert.equal(r.headers["x-content-type-options"], "nosniff");
    assert.equal(r.headers["x-powered-by"], undefined);
  }
});

test("GET replies can be revalidated (ETag, 304)", async () => {
  const first = await request(app()).get("/v1/rules").expect(200);
  assert.ok(first.headers.etag);
  await request(app()).get("/v1/rules").set("If-None-Match", first.headers.etag!).expect(304);
});

test("the response checker is strict: an assessment with a field the document does not name fails it", async () => {
  const { check } = await openApi();
  const res = await request(app()).post("/v1/assessments").send(scenario("darfur")).expect(200);
  const fake = (body: unknown) => ({ ...res, status: 200, headers: res.headers, text: JSON.stringify(body) }) as typeof res;
  const a = JSON.parse(res.text);
  assert.throws(() => check(fake({ ...a, extra: 1 }), "/v1/assessments", "POST"), /does not match/);
  a.jurisdiction.incidents[0].temporal.outcome = "maybe";
  assert.throws(() => check(fake(a), "/v1/assessments", "POST"), /does not match/);
  assert.throws(() => check(fake({}), "/v1/memos", "POST"), /does not match|not documented|is missing/);
});
