/** Import (a sheet and a mapping → a fact set) and export (an assessment → a sheet), in-process. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { main } from "../../src/cli/main";
import { assess } from "../../src/assess/assess";
import { importCsv } from "../../src/import/importCsv";
import { builtInMapping } from "../../src/import/mapping";
import { projectRoot } from "../../src/runtime";

const root = projectRoot();
const example = (f: string) => join(root, "examples", "import", f);
const text = (f: string) => readFileSync(example(f), "utf8");
const plainMapping = () => JSON.parse(text("mapping.json")) as unknown;

async function run(argv: string[], stdin?: string) {
  let out = "", err = "";
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; }, ...(stdin !== undefined ? { stdin: () => stdin } : {}), tty: false });
  return { code, out, err };
}

test("the plain example imports to a valid fact set that assesses, each row's facts in place", async () => {
  const r = importCsv(text("incidents.csv"), plainMapping());
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  const [killings, expulsions, detentions] = r.factSet.incidents as unknown as Record<string, unknown>[];
  assert.deepEqual(r.factSet.incidents!.map((i) => i.id), ["village-killings", "expulsions", "detentions"]);
  assert.equal(killings!.act, "murder"); // the column's own word "Killing"
  assert.deepEqual(killings!.elements, { killed: true, intent: true });
  assert.equal(killings!.description, "Killings of villagers during a raid, at dawn"); // a quoted comma stays in the cell
  assert.deepEqual(killings!.perpetrators, [{ id: "village-killings-p1", name: "Commander A", nationalities: ["MMR"], adult: true }]);
  assert.deepEqual(expulsions!.territories, [{ state: "MMR", part: "conduct" }, { state: "BGD", part: "element" }]); // "Bangladesh" by name
  assert.equal(expulsions!.knowledgeOfAttack, true); // the mapping's own word "y"
  assert.equal("knowledgeOfAttack" in detentions!, false); // "not known": unknown, left out
  assert.equal("end" in detentions!, false);
  assert.equal(r.factSet.attack?.policy, "state");
  const a = await assess(r.factSet, { today: "2025-01-01" });
  assert.ok(a.ok);
  assert.equal(a.assessment.crimesAgainstHumanity.incidents.length, 3);
});

test("the Uwazi example (BOM, CRLF, title, YYYY/MM/DD ranges, Group::Value, | lists, geolocation) imports and assesses", async () => {
  assert.ok(readFileSync(example("uwazi-incidents.csv")).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), "the example keeps its byte order mark");
  const r = importCsv(text("uwazi-incidents.csv"), builtInMapping("uwazi"));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  const [tula, maungdaw, sittwe] = r.factSet.incidents as unknown as Record<string, unknown>[];
  assert.equal(tula!.id, "tula-toli-killings");
  assert.equal(tula!.start, "2017-08-30");
  assert.match(String(tula!.description), /Latitude: 20\.9452; Longitude: 92\.3571$/);
  assert.deepEqual((maungdaw!.perpetrators as { name: string }[]).map((p) => p.name), ["Unit A", "Unit B"]);
  assert.deepEqual(maungdaw!.territories, [{ state: "MMR", part: "conduct" }, { state: "BGD", part: "element" }]);
  assert.equal(sittwe!.start, "2018-01-10");
  assert.equal("end" in sittwe!, false); // "2018/01/10:" leaves the end open
  const a = await assess(r.factSet, { today: "2025-01-01" });
  assert.ok(a.ok);
});

test("import | assess - gives the assessment of the imported fact set", async () => {
  const imported = await run(["import", example("incidents.csv"), "--mapping", "plain"]);
  assert.equal(imported.code, 0, imported.err);
  const piped = await run(["assess", "-", "--json", "--today", "2025-01-01"], imported.out);
  assert.equal(piped.code, 0, piped.err);
  const r = importCsv(text("incidents.csv"), plainMapping());
  assert.ok(r.ok);
  const direct = await assess(r.factSet, { today: "2025-01-01" });
  assert.ok(direct.ok);
  assert.deepEqual(JSON.parse(piped.out), JSON.parse(JSON.stringify(direct.assessment)));
});

test("the Uwazi round trip: import, assess, export keeps every incident's id, one row each", async () => {
  const imported = await run(["import", example("uwazi-incidents.csv"), "--mapping", "uwazi"]);
  assert.equal(imported.code, 0, imported.err);
  const exported = await run(["export", "-", "--today", "2025-01-01"], imported.out);
  assert.equal(exported.code, 0, exported.err);
  const rows = parse(exported.out, { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => r.id), ["tula-toli-killings", "maungdaw-expulsions", "sittwe-camp-detentions"]);
  assert.deepEqual(Object.keys(rows[0]!), ["id", "act", "jurisdiction", "bases", "trigger", "article7", "open questions"]);
  const maungdaw = rows[1]!;
  assert.equal(maungdaw.act, "deportation");
  assert.equal(maungdaw.jurisdiction, "established"); // the crossing into Bangladesh, a State Party
  assert.equal(maungdaw.bases, "territory:BGD");
  assert.ok(maungdaw["open questions"]!.split(" | ").length > 1);
  // No attack was given: every row asks about it.
  for (const r of rows) assert.match(r["open questions"]!, /civilian population/);
});

test("a semicolon sheet with a byte order mark and Excel quoting reads as the comma one does", () => {
  const comma = importCsv(text("incidents.csv"), plainMapping());
  const rows = parse(text("incidents.csv")) as string[][];
  const semicolon = "\uFEFF" + rows.map((r) => r.map((c) => (/[;"\n]/.test(c) || c.includes(",") ? `"${c.replace(/"/g, '""')}"` : c)).join(";")).join("\r\n") + "\r\n";
  const r = importCsv(semicolon, plainMapping());
  assert.ok(comma.ok && r.ok, JSON.stringify(!r.ok && r.errors));
  assert.deepEqual(r.factSet, comma.factSet);
  // Given by hand, a wrong delimiter leaves one column: the mapping's columns are missing, and said so.
  const forced = importCsv(semicolon, plainMapping(), { delimiter: "," });
  assert.equal(forced.ok, false);
});

test("bad cells are reported by row and column, the validator's pointers mapped back; exit 2, no stack trace", async () => {
  const sheet = [
    "Incident ID,Act,Start,End,Where,Killed?,Intended?",
    "ok-row,murder,2020-01-01,2020-01-02,SDN,yes,yes",
    "",
    "bad-date,murder,2020-02-30,,SDN,perhaps,yes",
    "Bad Id,murdr,2020-01-05,2020-01-01,Atlantis,yes,yes",
  ].join("\n");
  const mapping = { columns: { "Incident ID": "id", Act: "act", Start: "start", End: "end", Where: "territories", "Killed?": "elements.killed", "Intended?": "elements.intent" } };
  const r = importCsv(sheet, mapping);
  assert.equal(r.ok, false);
  const errors = r.ok ? [] : r.errors;
  const at = (row: number, column: string) => errors.find((e) => e.row === row && e.column === column);
  // The blank line is row 3: rows are counted as a spreadsheet counts them.
  assert.match(at(4, "Start")!.message, /^row 4, column "Start": must be a date written YYYY-MM-DD/);
  assert.match(at(4, "Killed?")!.message, /"perhaps" is not yes, no or unknown/);
  assert.match(at(5, "Incident ID")!.message, /^row 5, column "Incident ID": "Bad Id" cannot be an incident's id/);
  assert.match(at(5, "Act")!.message, /did you mean "murder"/);
  assert.match(at(5, "Where")!.message, /"Atlantis" is not a State/);
  assert.equal(at(5, "Act")!.pointer, "/incidents/2/act");
  assert.equal(errors.some((e) => e.row === 2), false);

  const dir = join(root, "examples", "import");
  const cli = await run(["import", "-", "--mapping", join(dir, "mapping.json")], "Incident ID,Act\nx,murder\n");
  assert.equal(cli.code, 2);
  assert.equal(cli.out, "");
  assert.match(cli.err, /the mapping names the column "Start", which the sheet does not have/);
  assert.doesNotMatch(cli.err, /\bat .*\.(js|ts):\d+/);
});

test("a base fact set keeps its attack and incidents; the imported rows come after, errors still by row", () => {
  const base = JSON.parse(readFileSync(join(root, "scenarios", "darfur.json"), "utf8")) as Record<string, unknown>;
  const sheet = "Incident ID,Act,Start\nextra-killing,murder,2004-01-01\nlate,murder,01/01/2004\n";
  const mapping = { columns: { "Incident ID": "id", Act: "act", Start: "start" }, attack: { policy: "none" } };
  const bad = importCsv(sheet, mapping, { base });
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.errors[0]!.pointer, "/incidents/2/start");
  const r = importCsv(sheet.split("\n").slice(0, 2).join("\n"), mapping, { base });
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  assert.deepEqual(r.factSet.incidents!.map((i) => i.id), ["kodoom-bindisi-killings", "extra-killing"]);
  assert.equal(r.factSet.attack?.policy, "state"); // the base's attack wins over the mapping's
});

test("a mapping that names no fact is refused before any row is read, by its pointer", () => {
  const r = importCsv("A\n1\n", { columns: { A: "killed" } });
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.errors[0]!.message : "", /^the mapping, at \/columns\/A: must name a fact of the incident/);
});
