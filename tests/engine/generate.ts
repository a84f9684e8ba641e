/**
 * Generated fact sets for the property tests: every act with an independent value for each of its
 * elements, attacks (one or several), referrals and authorizations with or without a scope,
 * declarations, deferrals, hypotheticals. Shared by the conformance and no-dead-end suites.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { projectRoot } from "../../src/runtime";

const tri = fc.constantFrom(true, false, null, undefined);
const date = fc.integer({ min: 1999, max: 2026 }).chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, "0")}-01`));
const state = fc.constantFrom("BGD", "MMR", "SDN", "CHN", "UKR", "BDI", "PHL", "GBR", "RUS", "PSE", "TJK", "LBY", "HUN", "CIV", "COM");
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const uniq = <T>(a: T[]) => [...new Set(a)];

/** Every act with its element names, read from the one schema. */
const actsSchema = JSON.parse(readFileSync(join(projectRoot(), "schemas/acts.schema.json"), "utf8")) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
export const ACTS = Object.entries(actsSchema.$defs).filter(([, d]) => d.properties).map(([act, d]) => ({ act, elements: Object.keys(d.properties!) }));
/** One independent value per element of the act with the most elements, so that no two elements of an act share a value. */
export const MAX_ELEMENTS = Math.max(...ACTS.map((a) => a.elements.length));

const incident = fc.record({
  act: fc.integer({ min: 0, max: ACTS.length - 1 }),
  elementValues: fc.array(tri, { minLength: MAX_ELEMENTS, maxLength: MAX_ELEMENTS }),
  start: fc.option(date, { nil: undefined }), len: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
  territories: fc.option(fc.array(fc.record({ state, part: fc.constantFrom("conduct", "element", "effects", null), via: fc.constantFrom(undefined, "vessel") }), { maxLength: 3 }), { nil: undefined }),
  perpetrators: fc.option(fc.array(fc.record({ nationalities: fc.option(fc.array(state, { maxLength: 2 }).map(uniq), { nil: undefined }), adult: tri, birthDate: fc.option(date, { nil: undefined }) }), { maxLength: 2 }), { nil: undefined }),
  partOfAttack: tri, knowledgeOfAttack: tri,
  grounds: fc.option(fc.subarray(["political", "ethnic", "religious", "gender"]), { nil: undefined }),
  connectTo: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  connectCrime: fc.option(tri, { nil: undefined }),
});

const attackFacts = fc.record({
  multipleActs: tri, againstCivilianPopulation: tri, widespread: tri, systematic: tri, policy: fc.constantFrom("state", "organization", "none", null, undefined),
  start: fc.option(date, { nil: undefined }), len: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
}).map(({ len, ...a }) => clean({ ...a, end: a.start && len !== undefined ? new Date(Date.parse(a.start) + len * 86400000).toISOString().slice(0, 10) : undefined }));

export const factSet = fc.record({
  assessmentDate: date,
  attack: attackFacts,
  // Sometimes several attacks (`attacks`), each incident naming one (or, with one attack, sometimes not).
  attacks: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.array(attackFacts, { minLength: 1, maxLength: 3 }), weight: 1 }),
  attackOf: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  incidents: fc.array(incident, { minLength: 1, maxLength: 4 }),
  referral: fc.option(fc.record({ by: fc.array(state, { minLength: 1, maxLength: 2 }).map(uniq), date, scope: fc.option(fc.record({ territories: fc.array(state, { minLength: 1, maxLength: 2 }).map(uniq), from: fc.option(date, { nil: undefined }) }).map(clean), { nil: undefined }) }).map(clean), { nil: undefined }),
  sc: fc.option(fc.record({ date, chapterVII: tri, territories: fc.option(fc.array(state, { maxLength: 2 }).map(uniq), { nil: undefined }), from: fc.option(date, { nil: undefined }) }), { nil: undefined }),
  declaration: fc.option(fc.record({ state, lodged: date, from: date, scope: fc.constantFrom(["territory"], ["nationals"], ["territory", "nationals"]) }), { nil: undefined }),
  deferral: fc.option(fc.record({ chapterVII: tri, from: date }), { nil: undefined }),
  hypothetical: fc.option(fc.record({ state, entryIntoForce: date }), { nil: undefined }),
  proprioMotu: fc.option(fc.record({ preliminaryExamination: fc.option(date, { nil: undefined }), authorized: fc.option(date, { nil: undefined }), scope: fc.option(fc.record({ territories: fc.array(state, { minLength: 1, maxLength: 2 }).map(uniq), nationals: fc.option(fc.array(state, { maxLength: 1 }), { nil: undefined }), to: fc.option(date, { nil: undefined }) }).map(clean), { nil: undefined }) }).map(clean), { nil: undefined }),
  situations: fc.option(fc.subarray(["ICC-02/18", "pe-venezuela-ii", "ICC-02/17"]), { nil: undefined }),
}).map((g) => clean({
  factSetVersion: 1, assessmentDate: g.assessmentDate,
  ...(g.attacks ? { attacks: g.attacks.map((a, k) => ({ id: `a${k}`, ...a })) } : { attack: g.attack }),
  incidents: g.incidents.map((x, i) => {
    const { act, elements } = ACTS[x.act]!;
    const connectedTo = act !== "persecution" ? undefined : [
      ...(x.connectTo !== undefined && x.connectTo < g.incidents.length && x.connectTo !== i ? [{ incident: `i${x.connectTo}` }] : []),
      ...(x.connectCrime !== undefined ? [clean({ crime: "war-crime", established: x.connectCrime })] : []),
    ];
    return clean({
      id: `i${i}`, act, attack: !g.attacks || (g.attacks.length === 1 && g.attackOf[i]! % 2 === 0) ? undefined : `a${g.attackOf[i]! % g.attacks.length}`, elements: clean(Object.fromEntries(elements.map((e, k) => [e, x.elementValues[k]]))),
      partOfAttack: x.partOfAttack, knowledgeOfAttack: x.knowledgeOfAttack,
      start: x.start, end: x.start && x.len !== undefined ? new Date(Date.parse(x.start) + x.len * 86400000).toISOString().slice(0, 10) : undefined,
      territories: x.territories?.map((t) => clean(t)),
      perpetrators: x.perpetrators?.map((p, k) => clean({ id: `p${k}`, nationalities: p.nationalities, adult: p.adult, birthDate: p.birthDate })),
      ...(act === "persecution" ? { grounds: x.grounds, connectedTo } : {}),
      situations: i === 0 ? g.situations : undefined,
    });
  }),
  referrals: g.referral || g.sc ? clean({ states: g.referral ? [g.referral] : undefined, securityCouncil: g.sc ? [clean({ resolution: "S/RES/9999 (2020)", ...g.sc })] : undefined }) : undefined,
  declarations: g.declaration ? [{ ...g.declaration, from: g.declaration.from < g.declaration.lodged ? g.declaration.from : g.declaration.lodged }] : undefined,
  deferrals: g.deferral ? [clean({ resolution: "S/RES/9998 (2020)", ...g.deferral })] : undefined,
  hypotheticals: g.hypothetical ? { membership: [g.hypothetical] } : undefined,
  proprioMotu: g.proprioMotu ? clean(g.proprioMotu.preliminaryExamination && g.proprioMotu.authorized && g.proprioMotu.preliminaryExamination > g.proprioMotu.authorized ? { authorized: g.proprioMotu.authorized } : g.proprioMotu) : undefined,
}));

