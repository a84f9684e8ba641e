/**
 * The record in the facts panel, over HTTP: each kind of entry named as a lawyer names it, in
 * English and in French, its dates as date inputs (required where the fact set requires them),
 * Chapter VII as yes / no / unknown; the Court's own steps read-only with their source; a date
 * changed becomes the patch in the URL and changes the outcome; an empty required date is refused
 * with a notice naming it, and changes nothing; the tree's facts link to these controls.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import request from "supertest";
import { app } from "../http/helpers";
import { decodePatch, encodePatch } from "../../src/web/urlState";
import { recordField } from "../../src/web/recordFields";
import factSetSchema from "../../schemas/fact-set.schema.json";
import { controlsOf, unescape } from "./buildForm";

const page = async (path: string) => (await request(app()).get(path).expect(200)).text;
/** The text of the page's facts panel (or of a part of it), tags out, no-break spaces as spaces. */
const panel = (html: string) => unescape((/<section class="facts"[\s\S]*?<\/section>/.exec(html)?.[0] ?? html).replace(/<[^>]+>/g, " ").replace(/[\s\u00a0\u202f]+/g, " "));
/** The record group whose legend is `title`: its HTML, up to the next group. */
const group = (html: string, title: string) => {
  const at = html.indexOf(`<legend>${title}</legend>`);
  assert.ok(at >= 0, `a group "${title}"`);
  return html.slice(at, html.indexOf('<fieldset class="group', at) >= 0 ? html.indexOf('<fieldset class="group', at) : undefined);
};
const input = (html: string, pointer: string) => new RegExp(`<input type="date" id="[^"]+" name="f${pointer}" [^>]*>`).exec(html)?.[0];
const patchOf = (location: string) => {
  const p = decodePatch(new URL(location, "http://x").searchParams.get("p") ?? undefined);
  assert.ok(p.ok);
  return p.patch;
};
/** The facts form as a browser sends it: every control as the page set it, with `changes`. */
function formQuery(html: string, changes: Record<string, string>): string {
  const form = /<form method="get"[\s\S]*?<\/form>/.exec(html)![0];
  const q = new URLSearchParams();
  for (const c of controlsOf(form)) {
    if ((c.kind === "radio" || c.kind === "checkbox") && !(c.name in changes ? changes[c.name] === c.value : c.checked)) continue;
    if (c.kind === "radio" || c.kind === "checkbox") q.append(c.name, c.value);
    else q.append(c.name, c.name in changes ? changes[c.name]! : c.value);
  }
  return q.toString();
}

// A declaration and a Security Council referral given in the fact set (no scenario gives one).
const CHINA = encodePatch([
  { op: "add", path: "/declarations", value: [{ state: "CHN", lodged: "2020-06-01", from: "2017-01-01", scope: ["territory"] }] },
  { op: "add", path: "/referrals", value: { securityCouncil: [{ resolution: "S/RES/9999 (2020)", date: "2020-07-01", chapterVII: true, territories: ["CHN"], from: "2017-01-01" }] } },
]);

test("every record field is a date or a three-valued fact as the schema has it, and required where the schema requires it", () => {
  const defs = (factSetSchema as unknown as { $defs: Record<string, { required?: string[]; properties: Record<string, { $ref?: string }> }> }).$defs;
  const cases: [string, "date" | "bool", boolean][] = [
    ["/referrals/states/0/date", "date", true], ["/referrals/states/0/to", "date", false], ["/referrals/states/0/scope/from", "date", false],
    ["/referrals/securityCouncil/1/date", "date", true], ["/referrals/securityCouncil/1/chapterVII", "bool", false],
    ["/proprioMotu/authorized", "date", false], ["/proprioMotu/scope/to", "date", false],
    ["/declarations/2/lodged", "date", true], ["/declarations/2/from", "date", true], ["/declarations/2/to", "date", false],
    ["/deferrals/0/from", "date", true], ["/deferrals/0/to", "date", false], ["/deferrals/0/chapterVII", "bool", false],
  ];
  for (const [pointer, kind, required] of cases) {
    const f = recordField(pointer);
    assert.deepEqual([f?.kind, f?.required], [kind, required], pointer);
    const ref = defs[f!.def]!.properties[f!.name]!.$ref;
    assert.ok(kind === "bool" ? ref === "#/$defs/fact" : /Date$/.test(ref ?? ""), `${pointer}: ${ref}`);
  }
  assert.equal(recordField("/incidents/0/start"), undefined, "not the record");
  assert.equal(recordField("/deferrals/0/resolution"), undefined, "a resolution's name has no control");
});

test("a State referral and a deferral: named, their dates as inputs within the schema's years, required where the schema requires", async () => {
  const html = await page("/scenario/classroom-deferral-16?lang=en");
  const referral = group(html, "Referral by Ghana, 1 November 2023");
  const date = input(referral, "/referrals/states/0/date")!;
  assert.match(date, /value="2023-11-01"/);
  assert.match(date, /min="1900-01-01" max="2200-12-31"/);
  assert.match(date, / required /);
  assert.doesNotMatch(input(referral, "/referrals/states/0/scope/to")!, /required/, "the situation's last day may be left empty");
  assert.match(input(referral, "/referrals/states/0/scope/to")!, /value=""/);
  assert.match(panel(referral), /Territories: Ghana/);
  const deferral = group(html, "Deferral requested in resolution F-16 (2024) (fictional) (Art. 16)");
  assert.match(deferral, /<input type="radio" name="f\/deferrals\/0\/chapterVII" value="yes" checked>/);
  assert.match(input(deferral, "/deferrals/0/from")!, /value="2024-06-01"[^>]* required/);
  assert.match(panel(deferral), /1 June 2024 \(required\) · as in the scenario/);
  assert.match(panel(deferral), /Sources: classroom/, "the entry's own sources");
});

test("the Prosecutor's steps, with the scope the Court's record gives them and its source", async () => {
  const steps = group(await page("/scenario/burundi?lang=en"), "The Prosecutor&#x27;s steps (Art. 15)");
  assert.match(input(steps, "/proprioMotu/authorized")!, /value="2017-10-25"/);
  assert.doesNotMatch(input(steps, "/proprioMotu/authorized")!, /required/);
  assert.match(input(steps, "/proprioMotu/refused")!, /value=""/);
  const text = panel(steps);
  assert.match(text, /Scope, from the Court's record \(ICC-01\/17, [^)]*Burundi\): Burundi; also conduct by nationals of Burundi; from 26 April 2015 to 26 October 2017/);
  assert.match(text, /Source: /);
  assert.match(text, /Sources: ptc-iii-2017/, "the authorization's own sources");
});

test("a declaration and a Security Council referral the fact set gives: named, with their controls", async () => {
  const html = await page(`/scenario/xinjiang?lang=en&p=${CHINA}`);
  const declaration = group(html, "Declaration by China under Art. 12(3), lodged on 1 June 2020");
  assert.match(input(declaration, "/declarations/0/lodged")!, / required /);
  assert.match(input(declaration, "/declarations/0/from")!, /value="2017-01-01"[^>]* required/);
  assert.doesNotMatch(input(declaration, "/declarations/0/to")!, /required/);
  assert.match(panel(declaration), /Jurisdiction accepted over: crimes on its territory/);
  const council = group(html, "Security Council resolution 9999 (2020)");
  assert.match(input(council, "/referrals/securityCouncil/0/date")!, /value="2020-07-01"[^>]* required/);
  assert.match(council, /name="f\/referrals\/securityCouncil\/0\/chapterVII" value="yes" checked/);
  assert.match(input(council, "/referrals/securityCouncil/0/from")!, /value="2017-01-01"/);
  // The tree's facts read link to these controls, and each link has its target.
  for (const id of ["f-referrals-securityCouncil-0-date", "f-referrals-securityCouncil-0-chapterVII", "f-declarations-0-lodged"]) {
    assert.match(html, new RegExp(`<ul class="read">[\\s\\S]*?href="#${id}"`), `the tree links to #${id}`);
    assert.match(html, new RegExp(`id="${id}"`));
  }
});

test("the Court's own record, read-only with its source: Darfur's resolution, Ukraine's declarations and referrals", async () => {
  const darfur = await page("/scenario/darfur?lang=en");
  const sc = group(darfur, "The Court&#x27;s record: Security Council resolution 1593 (2005)");
  assert.doesNotMatch(sc, /<input/, "read-only");
  assert.match(panel(sc), /Date of the resolution: 31 March 2005 Adopted under Chapter VII of the UN Charter: yes Territories: Sudan Period: from 1 July 2002 Source: S\/RES\/1593 \(2005\), operative para\. 1/);
  const ukraine = await page("/scenario/ukraine?lang=en");
  assert.match(panel(group(ukraine, "The Court&#x27;s record: Declaration by Ukraine under Art. 12(3), lodged on 17 April 2014")), /Period: from 21 November 2013 to 22 February 2014 Source: ICC press release of 25 Apr 2014/);
  assert.match(panel(group(ukraine, "The Court&#x27;s record: Referral by Lithuania, 1 March 2022")), /Situation: ICC-01\/22, Ukraine/);
  // The fact set's own referral by 39 States: named by the first three, all listed beside it.
  assert.match(panel(group(ukraine, "Referral by Albania, Australia, Austria and 36 other States, 2 March 2022")), /Referring States: Albania, Australia, [^:]*Switzerland and United Kingdom/);
  // Kept by the filter: it is what the trigger rests on, though it has no control.
  assert.match(await page("/scenario/darfur?lang=en&read=1"), /<legend>The Court&#x27;s record: Security Council resolution 1593 \(2005\)<\/legend>/);
});

test("in French: the entries named in French, dates in French, the Court's record too", async () => {
  const html = await page("/scenario/classroom-deferral-16?lang=fr");
  const referral = group(html, "Renvoi du 1er novembre 2023 (Ghana)");
  assert.match(panel(referral), /Date du renvoi [^ ]+ 1er novembre 2023 \(obligatoire\) · comme dans le scénario/);
  assert.match(panel(group(html, "Sursis demandé dans la résolution F-16 (2024) (fictional) (art. 16)")), /Adoptée en vertu du Chapitre VII de la Charte des Nations Unies/);
  const ukraine = await page("/scenario/ukraine?lang=fr");
  assert.match(panel(group(ukraine, "Dossier de la Cour\u00a0: Déclaration au titre de l&#x27;article 12(3) déposée le 17 avril 2014 (Ukraine)")), /Période : du 21 novembre 2013 au 22 février 2014/);
  assert.match(panel(group(await page("/scenario/burundi?lang=fr"), "Les démarches du Procureur (art. 15)")), /Enquête autorisée \(art\. 15\(4\)\) [^ ]+ 25 octobre 2017/);
});

test("a date changed, without JavaScript: the form's 303 carries it as the patch, and the outcome changes", async () => {
  const html = await page("/scenario/classroom-deferral-16?lang=en");
  // Twelve months from 1 June 2023 end before the assessment date (1 December 2024): no deferral in force (Art. 16).
  const sent = await request(app()).get(`/scenario/classroom-deferral-16?${formQuery(html, { "f/deferrals/0/from": "2023-06-01" })}`).expect(303);
  assert.deepEqual(patchOf(sent.headers.location!), [{ op: "replace", path: "/deferrals/0/from", value: "2023-06-01" }]);
  const after = await page(sent.headers.location!);
  assert.match(after, /<li><strong>Whether proceedings are suspended by a Security Council deferral<\/strong>: met → not met/);
  assert.match(group(after, "Deferral requested in resolution F-16 (2024) (fictional) (Art. 16)"), /class="fact date changed" id="f-deferrals-0-from"/);
  // A referral dated after the assessment date has not happened yet: nothing triggers (Arts. 13(a), 14).
  const age = await page("/scenario/classroom-age-26?lang=en");
  const moved = await request(app()).get(`/scenario/classroom-age-26?${formQuery(age, { "f/referrals/states/0/date": "2023-06-01" })}`).expect(303);
  assert.deepEqual(patchOf(moved.headers.location!), [{ op: "replace", path: "/referrals/states/0/date", value: "2023-06-01" }]);
  assert.match(await page(moved.headers.location!), /<li><strong>Trigger \(Arts\. 13–15\)<\/strong>: triggered → not triggered/);
});

test("the form sent as the page set it changes nothing, dates given as null included; an optional date emptied is removed", async () => {
  // Palestine's referrals give `to: null` and `from: null`: shown empty, sent empty, left null.
  for (const id of ["palestine", "ukraine", "classroom-deferral-16"]) {
    const sent = await request(app()).get(`/scenario/${id}?${formQuery(await page(`/scenario/${id}?lang=en`), {})}`).expect(303);
    assert.equal(new URL(sent.headers.location!, "http://x").searchParams.get("p"), null, `${id}: no change`);
  }
  const html = await page("/scenario/classroom-deferral-16?lang=en");
  const sent = await request(app()).get(`/scenario/classroom-deferral-16?${formQuery(html, { "f/referrals/states/0/scope/from": "" })}`).expect(303);
  assert.deepEqual(patchOf(sent.headers.location!), [{ op: "remove", path: "/referrals/states/0/scope/from" }]);
});

test("with htmx, a date changed: the page answers in place and pushes the URL with the patch", async () => {
  const html = await page("/scenario/classroom-deferral-16?lang=en");
  const res = await request(app()).get(`/scenario/classroom-deferral-16?${formQuery(html, { "f/deferrals/0/from": "2023-06-01" })}`).set("HX-Request", "true").expect(200);
  assert.deepEqual(patchOf(res.headers["hx-push-url"]!), [{ op: "replace", path: "/deferrals/0/from", value: "2023-06-01" }]);
  assert.match(res.text, /met → not met/);
});

test("an empty required date is refused: a notice names the field and its entry, the date keeps its value, the outcome does not change", async () => {
  const html = await page("/scenario/classroom-deferral-16?lang=en");
  const query = formQuery(html, { "f/deferrals/0/from": "", "f/referrals/states/0/date": "" });
  const res = await request(app()).get(`/scenario/classroom-deferral-16?${query}`).expect(400);
  const notices = [...res.text.matchAll(/<p class="notice error refused" role="alert">([\s\S]*?)<\/p>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, "")));
  assert.deepEqual(new Set(notices), new Set([
    "“Date of the resolution (the deferral runs from it)” (Deferral requested in resolution F-16 (2024) (fictional) (Art. 16)) cannot be left empty: the fact set requires this date. It keeps its value, 1 June 2024, and the outcome below does not rest on the change. go to the field",
    "“Date of the referral” (Referral by Ghana, 1 November 2023) cannot be left empty: the fact set requires this date. It keeps its value, 1 November 2023, and the outcome below does not rest on the change. go to the field",
  ]));
  assert.match(res.text, /<a href="#f-deferrals-0-from">go to the field<\/a>/);
  assert.match(input(res.text, "/deferrals/0/from")!, /value="2024-06-01"[^>]*aria-invalid="true"/);
  assert.match(res.text, /<p class="field-error" id="f-deferrals-0-from-err">This date is required/);
  assert.match(res.text, /<p>Nothing: this is the scenario as given\.<\/p>/, "no change was made");
  assert.match(res.text, /<input type="hidden" name="p" value="">/);
  // Not a date: refused the same way; with htmx, the page in place, the URL without the change.
  const bad = await request(app()).get(`/scenario/classroom-deferral-16?${formQuery(html, { "f/deferrals/0/to": "2024-02-30", "f/deferrals/0/chapterVII": "no" })}`).set("HX-Request", "true").expect(200);
  assert.match(unescape(bad.text), /“End of the deferral requested \(twelve months at most\)” \(Deferral requested in resolution F-16 \(2024\) \(fictional\) \(Art\. 16\)\) is not a calendar date between 1900 and 2200\. It keeps its value, not given/);
  assert.deepEqual(patchOf(bad.headers["hx-push-url"]!), [{ op: "replace", path: "/deferrals/0/chapterVII", value: false }], "the other change is made");
  // In French, in French.
  const fr = await request(app()).get(`/scenario/classroom-deferral-16?lang=fr&${query.replace(/(^|&)lang=en/, "")}`).expect(400);
  assert.match(unescape(fr.text).replace(/[\u00a0\u202f]/g, " "), /« Date de la résolution \(point de départ du sursis\) » \(Sursis demandé dans la résolution F-16 \(2024\) \(fictional\) \(art\. 16\)\) ne peut rester vide/);
});

test("the filter 'only the facts the outcome reads' keeps the record's dates the rules read through a window, and drops those they do not", async () => {
  const read = panel(await page("/scenario/classroom-deferral-16?lang=en&read=1"));
  // Art. 16 compares the assessment date with the twelve months from the resolution; the trigger's scope check reads the referral's period.
  for (const p of ["/deferrals/0/chapterVII", "/deferrals/0/from", "/deferrals/0/to", "/referrals/states/0/date", "/referrals/states/0/scope/from"]) assert.ok(read.includes(p), p);
  // Afghanistan: the authorization is read; the request and the refusal decide nothing here.
  const afghanistan = panel(await page("/scenario/afghanistan?lang=en&read=1"));
  assert.ok(afghanistan.includes("/proprioMotu/authorized"));
  assert.ok(!afghanistan.includes("/proprioMotu/refused"), "the refusal, later overturned, is not read");
  assert.ok(panel(await page("/scenario/afghanistan?lang=en")).includes("/proprioMotu/refused"), "but it is in the panel");
  const china = panel(await page(`/scenario/xinjiang?lang=en&read=1&p=${CHINA}`));
  assert.ok(china.includes("/declarations/0/from"), "Art. 12(3): the declaration's period is read");
});
