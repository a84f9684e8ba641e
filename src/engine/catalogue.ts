/**
 * The rule catalogue (GET /v1/rules, `rome-assess rules`): every rule's provision, file,
 * citations, title, the sentences of each outcome and each condition (its leaf index, what it
 * reads, its name and question), in English and French. A lean assessment names rules by id and
 * conditions by leaf index; this is where their words are, served once and cached by the digest.
 */
import { relative } from "node:path";
import { ruleLeaves } from "./evaluateRule";
import type { RuleBook } from "./loadRules";

/** A route to jurisdiction as rules/routes/routes.json gives it (its words, in both languages). */
export interface RouteWords { id: string; provision: string; title: string; whatItTakes: string; obstacle?: string; fr?: { title: string; whatItTakes: string; obstacle?: string } }

export function ruleCatalogue(book: RuleBook, root: string, routes: RouteWords[]) {
  return {
    rulesDigest: book.digest,
    // The acts' titles (ActAssessment.act) and the routes' words (PathRoute.route): words a lean assessment names by id.
    acts: [...book.acts.values()].map((a) => ({ act: a.act, provision: a.provision, title: a.title, conclusion: a.conclusion, ...(a.fr ? { fr: { title: a.fr.title } } : {}) })),
    routes,
    rules: book.rules.map((r) => {
      const leaves = ruleLeaves(r.conditions);
      return {
        id: r.id, scope: r.scope, ...(r.act ? { act: r.act } : {}), provision: r.provision,
        file: (r.file.startsWith("/") ? relative(root, r.file) : r.file).split("\\").join("/"), citations: r.citations,
        title: r.title, explanation: r.explanation, ...(r.interpretation ? { interpretation: r.interpretation } : {}),
        conditions: leaves.map((l, leaf) => ({ leaf, fact: l.fact, ...(l.path ? { path: l.path } : {}), operator: l.operator, value: l.value, name: l.name, ...(l.question ? { question: l.question } : {}), ...(l.says ? { says: l.says } : {}) })),
        // A contested point: both readings with their authorities, and the other reading's conditions.
        ...(r.reading ? { reading: r.reading } : {}),
        ...(r.fr ? { fr: { ...r.fr, conditions: leaves.map((l) => ({ name: l.fr?.name ?? l.name, ...(l.fr?.question ? { question: l.fr.question } : {}), ...(l.fr?.says ? { says: l.fr.says } : {}) })) } } : {}),
      };
    }),
  };
}
