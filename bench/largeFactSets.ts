/**
 * Valid fact sets at the limits (200 incidents; the 2,000-subject budget): the bodies that are
 * expensive because they are valid, so the engine and the renderers run on them. Shared by
 * tests/http/offload.test.ts (the event loop stays free while they are assessed) and
 * bench/offload.ts (what they cost).
 */
const STATES = ["UKR", "LTU", "POL", "DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "AUT"];

export interface LargeFactSet { name: string; factSet: Record<string, unknown> }

/** `incidents` murders in Darfur's shape, each with `perpetrators` perpetrators of `nationalities` nationalities and `territories` territories. */
export function largeFactSet(incidents: number, perpetrators: number, territories: number, nationalities = 1): Record<string, unknown> {
  return {
    factSetVersion: 1,
    id: `large-${incidents}-${perpetrators}-${territories}-${nationalities}`,
    title: `${incidents} murders`,
    assessmentDate: "2025-10-06",
    attack: { description: "An attack on a civilian population.", multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true, systematic: true },
    incidents: Array.from({ length: incidents }, (_, i) => ({
      id: `killing-${i}`,
      description: `Killing number ${i}.`,
      act: "murder",
      elements: { killed: true, intent: true },
      partOfAttack: true,
      knowledgeOfAttack: true,
      start: "2022-03-01",
      end: "2022-03-31",
      territories: Array.from({ length: territories }, (_, t) => ({ state: STATES[t % STATES.length], part: t === 0 ? "conduct" : "effects" })),
      perpetrators: Array.from({ length: perpetrators }, (_, p) => ({ id: `p-${i}-${p}`, name: `Person ${i}-${p}`, nationalities: STATES.slice(0, nationalities), adult: true })),
    })),
  };
}

export const LARGE_FACT_SETS: LargeFactSet[] = [
  { name: "200 incidents × 4 perpetrators × 1 territory", factSet: largeFactSet(200, 4, 1) },
  { name: "200 incidents × 1 perpetrator × 8 territories", factSet: largeFactSet(200, 1, 8) },
  { name: "40 incidents × 5 perpetrators × 8 nationalities", factSet: largeFactSet(40, 5, 1, 8) },
];
