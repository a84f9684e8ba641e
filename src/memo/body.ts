/**
 * The memo's body (issue: the memo a lawyer would hand to a colleague): the bottom line, the
 * incident table, the facts as given, the situation analysed once, jurisdiction grouped by the
 * reasoning that decided it, and Article 7 act by act. It decides nothing: every sentence of
 * reasoning is an explained trace's; this module chooses which, groups them, and says them once.
 * The full reasoning, node by node, stays in Annex A (./viewModel.ts).
 */
import type { ExplainedAssessment } from "../assess/explainAssessment";
import type { Settles } from "../assess/types";
import type { FactSet } from "../facts/factSet.generated";
import { declarationsOf } from "../assess/record";
import { Lang, fillSlots, formatDate, joinList, membershipText, plural, stateNameIn } from "../i18n/format";
import { membershipWindows } from "../reference/reference";
import type { Runtime } from "../runtime";
import { periodText } from "./periodText";
import { basisText } from "./subjectText";
import { readingsView } from "./readingsView";
import { MemoStrings, localize } from "./strings";

type A = ExplainedAssessment;
type Incident = NonNullable<FactSet["incidents"]>[number];

const quoted = (ids: string[], s: MemoStrings, lang: Lang) => joinList(ids.map((id) => `${s.quote[0]}${id}${s.quote[1]}`), lang);

/** A title inside a sentence: its capital goes, unless the word is one that keeps it (an acronym, "Art."). */
const inRunningText = (title: string) => (/^[A-ZÀ-Ý]['’a-zà-ÿ]/.test(title) && !/^Art\b/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title);

/** An act's title without "Crime against humanity of" (the table's column says as much). */
function shortAct(title: string, prefixes: string[]): string {
  const p = prefixes.find((x) => title.startsWith(x));
  const rest = p ? title.slice(p.length) : title;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const periodOf = (inc: Incident | undefined, s: MemoStrings, lang: Lang) => periodText({ start: inc?.start ?? null, end: inc?.end ?? null }, s, lang);

/** The sources cited for the facts of one incident (its evidence pointers), as footnote ids. */
function footnotesOf(fs: FactSet | undefined, at: string): string[] {
  const ev = fs?.evidence ?? {};
  return [...new Set(Object.entries(ev).filter(([p]) => p === at || p.startsWith(`${at}/`)).flatMap(([, ids]) => ids))];
}

/** The sentence of a trace with the incident's own id masked: incidents whose reasoning reads alike share a paragraph. */
const masked = (text: string, id: string) => text.split(id).join("§");
/** A trace's explanation, sentence by sentence (a full stop before a capital or an opening quote). */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«“])/u).filter(Boolean);

export function bodyView(a: A, s: MemoStrings, rt: Runtime, fs: FactSet | undefined) {
  const lang = a.lang;
  const b = s.body;
  const name = (st: string) => stateNameIn(st, lang, rt.ref.states.get(st)?.name);
  const incidents = fs?.incidents ?? [];
  const byId = new Map(incidents.map((inc, i) => [inc.id, { inc, i }]));
  const acts = new Map(a.crimesAgainstHumanity.incidents.map((x) => [x.id, x]));
  const j = a.jurisdiction;
  const total = j.incidents.length;

  // The bottom line: one sentence per question, each with its standard.
  const established = j.incidents.filter((x) => x.outcome === "established").map((x) => x.id);
  const openJ = j.incidents.filter((x) => x.outcome === "undetermined").map((x) => x.id);
  const met = a.crimesAgainstHumanity.incidents.filter((x) => x.outcome === "met").map((x) => x.id);
  const openA = a.crimesAgainstHumanity.incidents.filter((x) => x.outcome === "undetermined").map((x) => x.id);
  const t = j.trigger;
  const bottom = [
    total === 0 ? b.bottom.noIncidents
      : established.length === total ? plural(b.bottom.allEstablished, total, lang)
      : established.length ? plural(b.bottom.someEstablished, total, lang, { k: String(established.length), list: quoted(established, s, lang), others: quoted(j.incidents.map((x) => x.id).filter((id) => !established.includes(id)), s, lang) })
      : openJ.length ? plural(b.bottom.noneEstablishedSomeOpen, openJ.length, lang, { list: quoted(openJ, s, lang) })
      : plural(b.bottom.noneEstablished, total, lang),
    b.bottom.trigger[t.outcome] + (t.deferral.inForce === "met" ? " " + fillSlots(b.bottom.deferral, { until: t.deferral.until ? formatDate(t.deferral.until, lang) : s.unknown }) : ""),
    total === 0 ? "" : met.length ? plural(b.bottom.actsMet, met.length, lang, { list: quoted(met, s, lang) }) + (openA.length ? " " + plural(b.bottom.actsOpen, openA.length, lang, { list: quoted(openA, s, lang) }) : "")
      : openA.length ? plural(b.bottom.actsOnlyOpen, total, lang, { list: quoted(openA, s, lang) }) : b.bottom.actsNone,
    a.missingFacts.length ? plural(b.bottom.open, a.missingFacts.length, lang) : b.bottom.nothingOpen,
  ].filter(Boolean);

  // One row per incident.
  const table = j.incidents.map((x) => {
    const act = acts.get(x.id);
    const found = byId.get(x.id);
    const open = a.missingFacts.filter((m) => found && (m.pointer === `/incidents/${found.i}` || m.pointer.startsWith(`/incidents/${found.i}/`))).length;
    // Where the Court reaches only part of the conduct (a withdrawal, a declaration's period), the table says which part.
    const whole = x.reach.length === 1 && x.reach[0]!.start === (found?.inc.start ?? null) && x.reach[0]!.end === (found?.inc.end ?? null);
    return {
      id: x.id, dates: periodOf(found?.inc, s, lang),
      basis: x.bases.length ? x.bases.map((bs) => basisText(bs, s, name)).join("; ") : s.none,
      jurisdiction: x.outcome === "established" && !whole ? fillSlots(b.short.reachedPart, { reach: x.reach.map((p) => periodText(p, s, lang)).join("; ") }) : b.short.jurisdiction[x.outcome],
      act: act ? `${shortAct(act.title, b.actPrefixes)} (${localize(act.provision, s)})` : "",
      article7: act ? b.short.outcome[act.outcome] : "",
      open: open ? String(open) : "—",
    };
  });

  // The facts as given, with their sources.
  const attacks = fs?.attacks ?? (fs?.attack ? [{ id: null, ...fs.attack }] : []);
  // Persons named alike in every incident are named once.
  const personsOf = (inc: Incident) => (inc.perpetrators ?? []).map((p) => p.name ?? p.id).join("; ");
  const samePersons = incidents.length > 1 && incidents.every((inc) => personsOf(inc) === personsOf(incidents[0]!)) ? personsOf(incidents[0]!) : "";
  // Likewise the places.
  const placesOf = (inc: Incident) => (inc.territories ?? []).map((p) => fillSlots(b.place, { state: name(p.state), part: b.part[p.part as keyof typeof b.part] ?? s.unknown })).join("; ") || b.placeUnknown;
  const samePlaces = incidents.length > 1 && incidents.every((inc) => placesOf(inc) === placesOf(incidents[0]!)) ? placesOf(incidents[0]!) : "";
  const facts = {
    samePersons, samePlaces,
    attacks: attacks.map((x, k) => ({ id: (x as { id?: string | null }).id ?? null, description: x.description ?? b.noDescription, footnotes: footnotesOf(fs, fs?.attacks ? `/attacks/${k}` : "/attack") })),
    incidents: incidents.map((inc, i) => ({
      id: inc.id, dates: periodOf(inc, s, lang), description: inc.description ?? b.noDescription,
      places: samePlaces ? "" : placesOf(inc),
      persons: samePersons ? "" : personsOf(inc),
      footnotes: footnotesOf(fs, `/incidents/${i}`),
    })),
  };

  // The States concerned, once, with their status on the assessment date.
  const concerned = new Map<string, Set<string>>();
  const concern = (st: string, how: string) => (concerned.get(st) ?? concerned.set(st, new Set()).get(st)!).add(how);
  for (const inc of incidents) {
    for (const p of inc.territories ?? []) concern(p.state, b.part[p.part as keyof typeof b.part] ?? b.concern.territory);
    for (const p of inc.perpetrators ?? []) for (const n of p.nationalities ?? []) concern(n, b.concern.nationality);
  }
  const declarations = fs ? declarationsOf(fs, rt.ref, a.assessmentDate) : rt.ref.declarations.filter((d) => d.accepted && d.lodged <= a.assessmentDate);
  const states = [...concerned.entries()].sort(([x], [y]) => name(x).localeCompare(name(y), lang)).map(([st, how]) => ({
    state: name(st), concerned: [...how].join(", "),
    status: membershipText(membershipWindows(rt.ref, st, a.assessmentDate), lang),
    declarations: declarations.filter((d) => d.state === st).map((d) => fillSlots(b.declaration, { id: d.id, from: formatDate(d.from, lang) })).join("; ") || b.noDeclaration,
  }));

  // Jurisdiction, grouped: incidents whose deciding sentences read alike share one paragraph.
  const groups: { ids: string[]; verdict: string; sentences: string[]; key: string }[] = [];
  for (const x of j.incidents) {
    const decisive = x.outcome === "established"
      ? x.preconditions.candidates.filter((c) => c.outcome === "met" && !c.synthetic)
      : x.preconditions.candidates.filter((c) => !c.synthetic);
    const sentences = [
      ...(x.temporal.outcome !== "met" ? [x.temporal.explanation] : []),
      // Established: the verdict and the basis say it; otherwise the conclusion names what failed.
      ...(x.outcome === "established" ? [] : [x.conclusion.explanation]),
      ...decisive.map((c) => c.explanation),
      ...x.securityCouncil.filter((c) => c.outcome === "met").map((c) => c.explanation),
      ...(x.actConditions ?? []).filter((c) => c.outcome !== "met").map((c) => c.explanation),
      ...x.age.perpetrators.filter((p) => p.outcome !== "met").map((p) => p.explanation),
    ].flatMap(sentencesOf).filter((v, k, all) => v && all.indexOf(v) === k);
    // Where jurisdiction is established, every incident is in one paragraph, each named before the
    // sentences that are its own (its basis); elsewhere incidents whose reasoning reads alike share one.
    // (The reach differs with each incident's dates: it is in Annex A, not a reason to split a group.)
    const key = x.outcome === "established" ? "established" : `${x.outcome}|${sentences.map((v) => masked(v, x.id)).join("|")}`;
    const same = groups.find((g) => g.key === key);
    const mine = sentences.map((v) => masked(v, x.id));
    if (same && key === "established") { same.ids.push(x.id); same.sentences.push(`${s.quote[0]}${x.id}${s.quote[1]}:`, ...mine); }
    else if (same) same.ids.push(x.id);
    else groups.push({ ids: [x.id], verdict: s.jurisdictionVerdict[x.outcome], sentences: key === "established" ? [`${s.quote[0]}${x.id}${s.quote[1]}:`, ...mine] : mine, key });
  }
  // A single established incident needs no name before its sentences.
  for (const g of groups) if (g.key === "established" && g.ids.length === 1) g.sentences.shift();
  // A sentence is said once: a later group that shares it refers back to the group that said it.
  const said = new Map<string, string>();
  const jurisdiction = groups.map((g) => {
    const heading = plural(b.incidentsHeading, g.ids.length, lang, { list: quoted(g.ids, s, lang) });
    const own: string[] = [];
    const earlier = new Set<string>();
    for (const v of g.sentences) {
      const text = v.split("§").join(g.ids.length === 1 ? g.ids[0]! : b.theseIncidents);
      if (text.endsWith(":") && text.startsWith(s.quote[0])) { own.push(text); continue; }
      const before = said.get(text);
      if (before) { if (before !== quoted(g.ids, s, lang)) earlier.add(before); continue; }
      said.set(text, quoted(g.ids, s, lang));
      own.push(text);
    }
    // A name left with nothing after it (all its sentences said for another incident) goes.
    for (let k = own.length - 1; k >= 0; k--) if (own[k]!.endsWith(":") && (k === own.length - 1 || own[k + 1]!.endsWith(":"))) own.splice(k, 1);
    const back = [...earlier].map((h) => fillSlots(b.asFor, { list: h }));
    return { heading, verdict: g.verdict, text: [...own, ...back].join(" "), ids: g.ids };
  });

  // Article 7, act by act.
  type ActLine = { ids: string[]; verdict: string; text: string; elements: string; connections: string; footnotes: string[] };
  const byAct = new Map<string, { title: string; provision: string; incidents: ActLine[] }>();
  // An element by its label ("Element 1", "Mental element (Art. 30)") and outcome; in full in Annex A.
  const elementsOf = (x: (typeof a.crimesAgainstHumanity.incidents)[number]) =>
    x.elements.filter((e) => e.role === "element").map((e) => `${e.title.split(":")[0]!.trim()} (${b.short.element[e.outcome]})`).join(s.separator);
  // Persecution's connections (Art. 7(1)(h)): the incidents, and the crimes, it is said to be committed with.
  const connectionsOf = (inc: Incident | undefined) => joinList((inc?.connectedTo ?? []).map((c) => {
    if ("incident" in c) {
      const act = acts.get(c.incident);
      return `${s.quote[0]}${c.incident}${s.quote[1]}${act ? ` (${inRunningText(shortAct(act.title, b.actPrefixes))})` : ""}`;
    }
    return b.crimes[(c as { crime: keyof typeof b.crimes }).crime];
  }), lang);
  for (const x of a.crimesAgainstHumanity.incidents) {
    const entry = byAct.get(x.act) ?? byAct.set(x.act, { title: x.title, provision: localize(x.provision, s), incidents: [] }).get(x.act)!;
    const found = byId.get(x.id);
    // The conclusion's sentence is composed from the elements that decided it; each element in full is in Annex A.
    const text = x.conclusion?.explanation ?? x.elements.filter((e) => e.outcome === x.outcome).map((e) => e.explanation).join(" ");
    const footnotes = found ? footnotesOf(fs, `/incidents/${found.i}`) : [];
    // Where every element is met the sentence says so; otherwise each element's outcome shows what decided.
    const elements = x.outcome === "met" ? "" : elementsOf(x);
    const connections = x.act === "persecution" ? connectionsOf(found?.inc) : "";
    // Incidents of one act concluded in the same words share a line.
    const same = entry.incidents.find((e) => e.verdict === b.short.outcome[x.outcome] && e.text === text && e.elements === elements && e.connections === connections);
    if (same) { same.ids.push(x.id); same.footnotes = [...new Set([...same.footnotes, ...footnotes])]; }
    else entry.incidents.push({ ids: [x.id], verdict: b.short.outcome[x.outcome], text, elements, connections, footnotes });
  }
  const ctx = a.crimesAgainstHumanity.contextualElements;
  const contextual = (ctx.attacks ?? [{ ...ctx, id: null as string | null, incidents: [] as string[] }]).map((c) => ({
    id: c.id, verdict: s.verdict[c.outcome], anchor: c.id ? `ctx-${c.id}` : "ctx",
    // The facts: each contextual element as the facts given decide it (the element in full is in Annex A).
    facts: c.elements.map((e) => `${inRunningText(e.title)} (${b.short.element[e.outcome]})`).join(s.separator),
    text: c.conclusion?.explanation ?? c.elements.filter((e) => e.outcome === c.outcome).map((e) => e.explanation).join(" "),
    incidents: c.incidents.length ? quoted(c.incidents, s, lang) : "",
  }));

  // What would settle it: each question once (with every pointer it concerns), under the
  // conclusions it settles, the incidents of each kind of conclusion named together.
  const settlesText = (xs: Settles[]) => {
    const kinds: string[] = [];
    for (const kind of ["jurisdiction", "act", "incident-trigger", "person", "trigger", "deferral"] as const) {
      const mine = xs.filter((x) => x.conclusion === kind);
      if (!mine.length) continue;
      if (kind === "trigger" || kind === "deferral") { kinds.push(b.settles[kind]); continue; }
      if (kind === "person") {
        for (const person of [...new Set(mine.map((x) => x.person!))]) {
          const ids = [...new Set(mine.filter((x) => x.person === person).map((x) => x.incident!))];
          const p = incidents.flatMap((inc) => inc.perpetrators ?? []).find((q) => q.id === person);
          kinds.push(fillSlots(b.settles.person, { person: p?.name ?? person, list: quoted(ids, s, lang) }));
        }
        continue;
      }
      const ids = [...new Set(mine.map((x) => x.incident!))];
      kinds.push(plural(b.settles[kind === "incident-trigger" ? "incidentTrigger" : kind], ids.length, lang, { list: quoted(ids, s, lang) }));
    }
    return joinList(kinds, lang);
  };
  const byQuestion = new Map<string, { pointers: string[]; settles: Settles[] }>();
  for (const m of a.missingFacts) {
    const q = byQuestion.get(m.question) ?? byQuestion.set(m.question, { pointers: [], settles: [] }).get(m.question)!;
    q.pointers.push(m.pointer);
    q.settles.push(...m.settles);
  }
  const settleGroups = new Map<string, { neededFor: string; settles: number; items: { question: string; pointer: string }[] }>();
  for (const [question, q] of byQuestion) {
    const key = settlesText(q.settles);
    (settleGroups.get(key) ?? settleGroups.set(key, { neededFor: key, settles: q.settles.length, items: [] }).get(key)!).items.push({ question, pointer: q.pointers.join(", ") });
  }
  const settledBy = (g: { settles: number }) => g.settles;

  return {
    bottom, standard: b.bottom.standard, table, facts, states, jurisdiction, contextual,
    // Ranked by how many conclusions each group's questions would settle (stable within a rank).
    settle: [...settleGroups.values()].sort((x, y) => settledBy(y) - settledBy(x)),
    readings: readingsView(a.readings, s),
    // Which incidents each route reaches, once per route (each incident's own trace is in Annex A).
    trigger: {
      text: t.conclusion.explanation,
      steps: (["state-referral", "security-council", "proprio-motu"] as const).flatMap((route) => {
        const ids = t.incidents.filter((x) => x.outcome === "triggered" && x.by.includes(route)).map((x) => x.id);
        return ids.length ? [plural(b.reached[route], ids.length, lang, { list: quoted(ids, s, lang) })] : [];
      }),
    },
    deferral: t.deferral.traces.length ? t.deferral.conclusion.explanation : null,
    acts: [...byAct.values()].map((act) => ({ ...act, incidents: act.incidents.map((e) => ({ ...e, id: quoted(e.ids, s, lang) })) })),
  };
}
