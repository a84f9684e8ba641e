/** Strings, and fact sets whose every string tries to change the memo's structure (Markdown, HTML, links), for each memo format's tests. */
export const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[click](javascript:alert(1))",
  "| a | b |\n|---|---|",
  "# Fake heading\n\n## Another",
  "- fake list\n1. fake item",
  "*bold* _em_ `code` ~~strike~~",
  "a\n\n> quote",
  "![img](https://example.invalid/x.png)",
  // The reliability probe's: an autolink that swallows an escape, and a citation that is a bare scheme.
  "https://e.example/<img src=x onerror=alert(1)//>",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "[x]: javascript:alert(1)",
  "www.evil.example/<svg/onload=alert(1)>",
];
export function hostileFactSet(s: string) {
  return {
    factSetVersion: 1, id: "hostile", title: `Title ${s}`, assessmentDate: "2020-01-01",
    attack: { description: s, multipleActs: true, againstCivilianPopulation: true, policy: "state", widespread: true },
    incidents: [{ id: "i1", description: s, act: "murder", elements: { killed: true, intent: true }, partOfAttack: true, knowledgeOfAttack: true, start: "2019-01-01", end: "2019-02-01", territories: [{ state: "BGD", part: "conduct", description: s }], perpetrators: [{ id: "p1", name: s, nationalities: ["BGD"], adult: true }] }],
    referrals: { securityCouncil: [{ resolution: `S/RES/1 ${s}`.slice(0, 60), date: "2019-01-05", chapterVII: null, territories: ["BGD"], from: "2019-01-01" }] },
    // A citation that is the string alone (a bare "javascript:…" must not become a link definition), one around it, one with a URL.
    sources: [{ id: "s1", citation: `Report ${s}` }, { id: "s2", citation: s }, { id: "s3", citation: "Report", url: "https://example.org/r" }],
    evidence: { "/incidents/0/elements/killed": ["s1", "s2", "s3"] },
  };
}
