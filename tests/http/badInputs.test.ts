/**
 * The bad-input catalogue (issue: reliability), as a table: each input a user or a client gets
 * wrong, the status it gets, the JSON Pointer its error names and what the message must say —
 * what was expected and, where one can be inferred, the likely fix. Never a 5xx, never a stack.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { app, scenario } from "./helpers";
import { assertFrench } from "../facts/frenchErrors";

// A real server and fetch: the rows send raw bytes, which supertest would serialise as JSON.
let server: Server;
let base = "";
before(async () => { server = app().listen(0, "127.0.0.1"); await new Promise((r) => server.once("listening", r)); base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; });
after(() => { server.closeAllConnections(); server.close(); });

type Json = Record<string, any>;
/** Darfur, changed: a real fact set with one thing wrong. */
const darfur = (change: (f: Json) => void) => { const f = structuredClone(scenario("darfur")) as Json; change(f); return f; };

interface Row {
  name: string;
  /** The route and its query (POST /v1/assessments by default). */
  path?: string;
  /** JSON, or raw bytes / text sent as is. */
  body: unknown;
  contentType?: string;
  status: number;
  /** The first error's pointer (422), when the reply lists errors. */
  pointer?: string;
  /** What the first error's message, or the problem's detail, must say. */
  says: RegExp;
}

const ROWS: Row[] = [
  // The envelope.
  { name: "not JSON: a name without quotes", body: "{factSetVersion: 1}", status: 400, says: /^The request body is not valid JSON: line 1, column 2: this is not a JSON value \(a string needs double quotes.*The line: “\{factSetVersion: 1\}”$/ },
  { name: "not JSON: a value without quotes, on line 3", body: '{\n  "factSetVersion": 1,\n  "title": murder\n}', status: 400, says: /line 3, column 12: this is not a JSON value \(a string needs double quotes.*The line: “  "title": murder”/ },
  { name: "not JSON: a trailing comma", body: '{"factSetVersion": 1,}', status: 400, says: /line 1, column 22: .*a comma after the last property is not allowed/ },
  { name: "not JSON: a comment", body: '{"factSetVersion": 1 // v1\n}', status: 400, says: /line 1, column 22: comments are not allowed in JSON/ },
  { name: "a JSON string, not an object", body: '"x"', status: 400, says: /top level must be an object/ },
  { name: "form-encoded", body: "factSetVersion=1", contentType: "application/x-www-form-urlencoded", status: 415, says: /Content-Type: application\/json/ },
  { name: "charset latin1", body: '{"factSetVersion":1}', contentType: "application/json; charset=latin1", status: 415, says: /UTF-8 \(RFC 8259\), not latin1/ },
  { name: "charset utf-16 declared", body: '{"factSetVersion":1}', contentType: "application/json; charset=utf-16", status: 415, says: /not utf-16/ },
  { name: "UTF-16 bytes, undeclared", body: Buffer.from('{"factSetVersion":1}', "utf16le"), status: 415, says: /UTF-16\?/ },
  { name: "a byte-order mark of UTF-16", body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]), status: 415, says: /must be encoded in UTF-8/ },
  { name: "a top-level array", body: [], status: 422, says: /./ },
  // The fact set.
  { name: "another contract version", body: darfur((f) => { f.factSetVersion = 2; }), status: 422, pointer: "/factSetVersion", says: /must be 1/ },
  { name: "no contract version", body: darfur((f) => { delete f.factSetVersion; }), status: 422, pointer: "/factSetVersion", says: /required but missing/ },
  { name: "a misspelt field", body: darfur((f) => { f.incidentz = f.incidents; delete f.incidents; }), status: 422, pointer: "/incidentz", says: /did you mean "incidents"\?/ },
  { name: "a misspelt element", body: darfur((f) => { f.incidents[0].elements = { kiled: true }; }), status: 422, pointer: "/incidents/0/elements/kiled", says: /did you mean "killed"\?/ },
  { name: "an element of another act", body: darfur((f) => { f.incidents[0].elements = { forciblyDisplaced: true }; }), status: 422, pointer: "/incidents/0/elements/forciblyDisplaced", says: /^is an element of "deportation" \(art\. 7\(1\)\(d\)\) and "forcible-transfer" \(art\. 7\(1\)\(d\)\), not of the act "murder" \(art\. 7\(1\)\(a\)\): correct the incident's "act", or give this act's elements: "killed" and "intent"$/ },
  { name: "deportation's element misnamed", body: darfur((f) => { f.incidents[0].act = "deportation"; f.incidents[0].elements = { forciblyDeported: true }; }), status: 422, pointer: "/incidents/0/elements/forciblyDeported", says: /^is not an element of the act "deportation" \(art\. 7\(1\)\(d\)\); did you mean "forciblyDisplaced"\?$/ },
  { name: "another act's element misnamed", body: darfur((f) => { f.incidents[0].elements = { forciblyDeported: true }; }), status: 422, pointer: "/incidents/0/elements/forciblyDeported", says: /did you mean "forciblyDisplaced", an element of "deportation" .*correct the incident's "act" too\. This act's elements: "killed" and "intent"$/ },
  { name: "an element no act has", body: darfur((f) => { f.incidents[0].elements = { banana: true }; }), status: 422, pointer: "/incidents/0/elements/banana", says: /^is not an element of the act "murder" \(art\. 7\(1\)\(a\)\); its elements are "killed" and "intent" \(docs\/FACTS\.md/ },
  { name: "a misspelt act", body: darfur((f) => { f.incidents[0].act = "murdr"; }), status: 422, pointer: "/incidents/0/act", says: /must be one of "murder".*did you mean "murder"\?/ },
  { name: "a policy in capitals", body: darfur((f) => { f.attack.policy = "State"; }), status: 422, pointer: "/attack/policy", says: /did you mean "state"\?/ },
  { name: "a territory's part misspelt", body: darfur((f) => { f.incidents[0].territories[0].part = "conduit"; }), status: 422, pointer: "/incidents/0/territories/0/part", says: /"conduct", "element", "effects".*did you mean "conduct"\?/ },
  { name: "an enum value far from any", body: darfur((f) => { f.attack.policy = "government"; }), status: 422, pointer: "/attack/policy", says: /^must be one of "state", "organization", "none", null$/ },
  { name: "yes for true", body: darfur((f) => { f.attack.widespread = "yes"; }), status: 422, pointer: "/attack/widespread", says: /boolean or null/ },
  { name: "a date with slashes", body: darfur((f) => { f.incidents[0].start = "2004/01/01"; }), status: 422, pointer: "/incidents/0/start", says: /^must be a date written YYYY-MM-DD, in the years 1900 to 2200$/ },
  { name: "the 30th of February", body: darfur((f) => { f.incidents[0].start = "2004-02-30"; }), status: 422, pointer: "/incidents/0/start", says: /^must be a real calendar date, YYYY-MM-DD$/ },
  { name: "a year before 1900", body: darfur((f) => { f.incidents[0].start = "0050-06-15"; }), status: 422, pointer: "/incidents/0/start", says: /years 1900 to 2200/ },
  { name: "a year after 2200", body: darfur((f) => { f.deferrals = [{ resolution: "S/RES/1", from: "9999-12-31" }]; }), status: 422, pointer: "/deferrals/0/from", says: /years 1900 to 2200/ },
  { name: "an end before its start", body: darfur((f) => { f.incidents[0].end = "1990-01-01"; }), status: 422, pointer: "/incidents/0/end", says: /before its start/ },
  { name: "a State code that names no State", body: darfur((f) => { f.incidents[0].territories[0].state = "XXX"; }), status: 422, pointer: "/incidents/0/territories/0/state", says: /"XXX" is not an ISO 3166-1 alpha-3 code/ },
  { name: "a State code in lower case", body: darfur((f) => { f.incidents[0].territories[0].state = "sdn"; }), status: 422, pointer: "/incidents/0/territories/0/state", says: /in capitals.*did you mean "SDN"\?/ },
  { name: "a State as its alpha-2 code", body: darfur((f) => { f.incidents[0].territories[0].state = "LT"; }), status: 422, pointer: "/incidents/0/territories/0/state", says: /did you mean "LTU"\?$/ },
  { name: "a State by its name", body: darfur((f) => { f.incidents[0].territories[0].state = "Lithuania"; }), status: 422, pointer: "/incidents/0/territories/0/state", says: /^must be an ISO 3166-1 alpha-3 code in capitals, such as BGD or PSE; did you mean "LTU"\?$/ },
  { name: "a State by its French name", body: darfur((f) => { f.incidents[0].territories[0].state = "Lituanie"; }), status: 422, pointer: "/incidents/0/territories/0/state", says: /did you mean "LTU"\?$/ },
  { name: "an id with a space", body: darfur((f) => { f.incidents[0].id = "Camp 1"; f.evidence = {}; }), status: 422, pointer: "/incidents/0/id", says: /^must be written with lower-case letters, digits and hyphens \(a-z, 0-9, -\) only, no spaces; for example "camp-1"$/ },
  { name: "a source's address that is not a web address", body: darfur((f) => { f.sources = [{ id: "s", citation: "c", url: "ftp://x" }]; f.evidence = {}; }), status: 422, pointer: "/sources/0/url", says: /^must be a web address beginning with http:\/\/ or https:\/\/$/ },
  { name: "two incidents with one id", body: darfur((f) => { f.incidents.push(structuredClone(f.incidents[0])); }), status: 422, pointer: "/incidents/1/id", says: /duplicate incident id/ },
  { name: "attack and attacks both", body: darfur((f) => { f.attacks = [{ id: "a", ...f.attack }]; }), status: 422, pointer: "/attack", says: /move this attack into `attacks`/ },
  { name: "evidence for a source not listed", body: darfur((f) => { f.evidence = { "/attack/widespread": ["nope"] }; }), status: 422, pointer: "/evidence/~1attack~1widespread/0", says: /no source with id "nope"/ },
  { name: "evidence for no fact", body: darfur((f) => { f.evidence = { "/attack/wide": [] }; }), status: 422, pointer: "/evidence/~1attack~1wide", says: /does not point at a fact/ },
  { name: "evidence for a group of facts", body: darfur((f) => { f.sources = [{ id: "s", citation: "c" }]; f.evidence = { "/attack": ["s"] }; }), status: 422, pointer: "/evidence/~1attack", says: /^"\/attack" points at a group of facts, not at one fact: give the pointer of each fact the sources support, such as "\/attack\/[a-zA-Z]+"$/ },
  { name: "evidence for a whole incident", body: darfur((f) => { f.sources = [{ id: "s", citation: "c" }]; f.evidence = { "/incidents/0": ["s"] }; }), status: 422, pointer: "/evidence/~1incidents~10", says: /points at a group of facts.*such as "\/incidents\/0\/id"$/ },
  { name: "evidence for an array's length", body: darfur((f) => { f.sources = [{ id: "s", citation: "c" }]; f.evidence = { "/incidents/length": ["s"] }; }), status: 422, pointer: "/evidence/~1incidents~1length", says: /does not point at a fact/ },
  { name: "a perpetrator without an id", body: darfur((f) => { f.incidents[0].perpetrators = [{ adult: true }]; }), status: 422, pointer: "/incidents/0/perpetrators/0/id", says: /required but missing/ },
  { name: "a referral by the Council without its resolution", body: darfur((f) => { f.referrals = { securityCouncil: [{ date: "2005-03-31" }] }; }), status: 422, pointer: "/referrals/securityCouncil/0/resolution", says: /required but missing/ },
  { name: "a declaration for everything", body: darfur((f) => { f.declarations = [{ state: "CIV", lodged: "2003-04-18", from: "2002-09-19", scope: ["everything"] }]; }), status: 422, pointer: "/declarations/0/scope/0", says: /"territory", "nationals"/ },
  { name: "a title of 400 characters", body: darfur((f) => { f.title = "x".repeat(400); }), status: 422, pointer: "/title", says: /at most 300 characters/ },
  { name: "an incident that is null", body: darfur((f) => { f.incidents[0] = null; }), status: 422, pointer: "/incidents/0", says: /of type object/ },
  { name: "__proto__ as a field", body: '{"factSetVersion":1,"__proto__":{"polluted":true}}', status: 422, pointer: "/__proto__", says: /not a field/ },
  { name: "more subjects than an assessment may take", body: darfur((f) => { f.incidents = Array.from({ length: 100 }, (_, i) => ({ ...structuredClone(f.incidents[0]), id: `i${i}`, perpetrators: Array.from({ length: 11 }, (_, k) => ({ id: `p${k}`, nationalities: ["SDN"] })) })); }), status: 422, pointer: "/incidents", says: /at most 2000 territories, perpetrators and perpetrators' nationalities in all.*has 2300.*split it/ },
  // Query parameters: one a route does not take is refused by name, never ignored.
  { name: "a misspelt query parameter", path: "/v1/assessments?langg=fr", body: scenario("darfur"), status: 400, says: /^query parameter "langg" is not one this route takes \(it takes engine, lang, explain\); did you mean "lang"\?$/ },
  { name: "a memo's parameter on an assessment", path: "/v1/assessments?format=md", body: scenario("darfur"), status: 400, says: /"format" is not one this route takes \(it takes engine, lang, explain\)\.$/ },
  { name: "explain misspelt on a memo", path: "/v1/memos?format=md&explian=true", body: scenario("darfur"), status: 400, says: /"explian" is not one this route takes \(it takes engine, format, lang\)/ },
  // The teaching API.
  { name: "a patch that is not an array", path: "/v1/compare", body: { before: scenario("darfur"), patch: { op: "replace" } }, status: 422, says: /./ },
  { name: "a patch to a path that is not there", path: "/v1/compare", body: { before: scenario("darfur"), patch: [{ op: "replace", path: "/incidents/9/act", value: "murder" }] }, status: 422, pointer: "/patch/0", says: /./ },
  { name: "a patch that moves the document into itself", path: "/v1/compare", body: { before: scenario("darfur"), patch: [{ op: "move", from: "", path: "/x" }] }, status: 422, pointer: "/patch/0", says: /cannot put a value inside itself/ },
  { name: "answers to a scenario that does not exist", path: "/v1/scenarios/atlantis/answers", body: { answers: {} }, status: 404, says: /./ },
];

for (const row of ROWS) {
  test(`bad input: ${row.name} → ${row.status}${row.pointer ? ` at ${row.pointer}` : ""}`, async () => {
    const raw = Buffer.isBuffer(row.body) ? row.body : typeof row.body === "string" ? row.body : JSON.stringify(row.body);
    const res = await fetch(base + (row.path ?? "/v1/assessments"), { method: "POST", headers: { "Content-Type": row.contentType ?? "application/json" }, body: raw });
    const text = await res.text();
    assert.equal(res.status, row.status, text.slice(0, 300));
    assert.match(res.headers.get("content-type") ?? "", /^application\/problem\+json/);
    assert.doesNotMatch(text, /\bat \w+ \(|node_modules|\.js:\d+/, "no stack trace");
    const body = JSON.parse(text) as { errors?: { pointer: string; message: string }[]; detail?: string };
    const first = body.errors?.[0];
    if (row.pointer) assert.equal(first?.pointer, row.pointer, text.slice(0, 300));
    // One mistake, one message: no second error from an overlapping keyword of the schema.
    if (row.pointer) assert.equal(body.errors?.length, 1, text.slice(0, 600));
    const says = row.pointer ? first?.message : first?.message ?? body.detail;
    assert.match(String(says), row.says, text.slice(0, 300));
  });
}

// The same rows in French: the same status and pointer, the message in the reader's language.
test("bad input in French (?lang=fr): the same pointers, and no English word in the messages", async () => {
  const rows = ROWS.filter((r) => r.pointer);
  assert.ok(rows.length > 25);
  for (const row of rows) {
    const raw = typeof row.body === "string" ? row.body : JSON.stringify(row.body);
    const res = await fetch(`${base}${row.path ?? "/v1/assessments"}?lang=fr`, { method: "POST", headers: { "Content-Type": "application/json" }, body: raw });
    const body = JSON.parse(await res.text()) as { errors: { pointer: string; message: string }[] };
    assert.equal(res.status, row.status, row.name);
    assert.equal(body.errors[0]?.pointer, row.pointer, row.name);
    for (const e of body.errors) assertFrench(e.message, `${row.name}, ${e.pointer}`);
  }
  const missing = await fetch(`${base}/v1/assessments?lang=fr`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(darfur((f) => { delete f.factSetVersion; f.incidentz = []; })) });
  const said = Object.fromEntries(((await missing.json()) as { errors: { pointer: string; message: string }[] }).errors.map((e) => [e.pointer, e.message]));
  assert.equal(said["/factSetVersion"], "est requis mais absent");
  assert.equal(said["/incidentz"], "n'est pas un champ de cet objet\u202f; vouliez-vous dire «\u00a0incidents\u00a0»\u202f?");
});
