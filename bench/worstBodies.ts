/**
 * The worst bodies the reliability probe found, each with the guard that must refuse it: shared by
 * tests/http/bounds.test.ts (which guard refused, deterministic) and bench/bounds.ts (what the
 * refusal costs, against an ordinary assessment in the same run).
 */
export interface WorstBody {
  name: string;
  path: string;
  /** JSON, or text where JSON.stringify cannot write it (nesting past its own stack). */
  body: unknown;
  /** The guard's pointer; for the copies, which copy crosses 2 MiB depends on the document's size. */
  refusedAt: string | RegExp;
  refusedBecause: RegExp;
}

const many = (n: number, make: () => unknown) => Array.from({ length: n }, make);

/** `valid`: a valid fact set, so that the patch is what is refused, not the document before it. */
export function WORST_BODIES(valid: Record<string, unknown>): WorstBody[] {
  const atMost = /must have at most 500 items \(it has 100000\)/;
  return [
    { name: "100,000 empty incidents", path: "/v1/assessments", body: { factSetVersion: 1, incidents: many(100_000, () => ({})) }, refusedAt: "/incidents", refusedBecause: atMost },
    { name: "200 KB of zeros", path: "/v1/assessments", body: { factSetVersion: 1, sources: many(100_000, () => 0) }, refusedAt: "/sources", refusedBecause: atMost },
    { name: "a memo of 100,000 incidents", path: "/v1/memos?format=md", body: { factSetVersion: 1, incidents: many(100_000, () => ({})) }, refusedAt: "/incidents", refusedBecause: atMost },
    {
      name: "26 copies of the document into itself",
      path: "/v1/compare",
      body: { before: valid, patch: many(26, () => null).map((_, i) => ({ op: "copy", from: "", path: `/c${i}` })) },
      refusedAt: /^\/patch\/(\d|1\d)$/, // long before the 26th copy
      refusedBecause: /would exceed 2 MiB/,
    },
    { name: "a move into itself", path: "/v1/compare", body: { before: valid, patch: [{ op: "move", from: "", path: "/x" }] }, refusedAt: "/patch/0", refusedBecause: /cannot put a value inside itself/ },
    {
      name: "nesting 10,000 deep",
      path: "/v1/assessments",
      body: `{"factSetVersion":1,"attack":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
      refusedAt: "/attack" + "/0".repeat(12),
      refusedBecause: /nests deeper than a fact set goes/,
    },
  ];
}
