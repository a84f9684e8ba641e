/**
 * What each per-subject rule is evaluated for: the incident's perpetrators, its territories and
 * its perpetrators' nationalities paired with each way their State accepted jurisdiction
 * (membership, a hypothetical membership, an Article 12(3) declaration), its territories paired
 * with each Security Council referral. Enumerating the pairs decides nothing: the rules do.
 */
import { Period, Window, addDays, addMonths } from "../dates";
import { PointerMap, Subject } from "../engine/evaluateRule";
import { Facts, Scope } from "../engine/types";
import type { Incident } from "../facts/factSet.generated";
import { membershipText, windowsText } from "../i18n/format";
import { CaseRecord } from "./record";

/** A State as the rules' placeholders name it, in both working languages. */
// Words that depend only on a State or a set of windows are worked out once per process.
const namedCache = new Map<string, { stateName: string; stateNameFr: string }>();
function named(rec: CaseRecord, state: string) {
  let n = namedCache.get(state);
  if (!n) namedCache.set(state, (n = { stateName: rec.nameIn(state, "en"), stateNameFr: rec.nameIn(state, "fr") }));
  return n;
}
type WindowsTexts = { windowsText: string; windowsTextFr: string; membershipText: string; membershipTextFr: string };
const windowsCache = new Map<string, WindowsTexts>();
// A State's windows are one array per assessment (CaseRecord.memberships): found by identity first.
const byArray = new WeakMap<Window[], WindowsTexts>();
function windowsTexts(windows: Window[]): WindowsTexts {
  const known = byArray.get(windows);
  if (known) return known;
  const key = windows.map((w) => `${w.from}/${w.to ?? ""}`).join(",");
  let t = windowsCache.get(key);
  if (!t) {
    if (windowsCache.size > 10_000) windowsCache.clear(); // a bound: keys come from fact sets too
    windowsCache.set(key, (t = {
      windowsText: windowsText(windows, "en"), windowsTextFr: windowsText(windows, "fr"),
      membershipText: membershipText(windows, "en"), membershipTextFr: membershipText(windows, "fr"),
    }));
  }
  byArray.set(windows, t);
  return t;
}
const DERIVED: [string, null][] = [["subject.stateName", null], ["subject.stateNameFr", null], ["subject.windowsText", null], ["subject.windowsTextFr", null], ["subject.membershipText", null], ["subject.membershipTextFr", null]];

export interface SubjectEntry extends Subject {
  /** A short label for the trace: "territory:BGD", "perpetrator:p1". */
  label: string;
  /** The basis this subject would give, if its rule is met. */
  basis?: string;
  hypothetical?: boolean;
  /** The window of time a met basis reaches. */
  windows?: Window[] | null;
  /** For per-referral coverage. */
  referralId?: string;
}

/** Full years from a date of birth to a day. */
function ageOn(birthDate: string, day: string): number {
  const years = +day.slice(0, 4) - +birthDate.slice(0, 4);
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** How Art. 26's sentences name a person and their age at the time (on the conduct's last known day). */
function personTexts(rec: CaseRecord, p: NonNullable<Incident["perpetrators"]>[number], inc: Incident) {
  const day = inc.end ?? inc.start;
  const age = p.birthDate && day ? ageOn(p.birthDate, day) : null;
  return {
    displayName: p.name ?? rec.msg.perpetratorLabel(p.id),
    // (An age below zero — a date of birth after the conduct — is said no better than "under eighteen".)
    ageText: age !== null && age >= 0 && age < 18 ? `who was ${age} at the time` : "who was under eighteen at the time",
    ageTextFr: age !== null && age >= 0 && age < 18 ? `qui était âgé de ${age} ans au moment des faits` : "qui était âgé de moins de 18 ans au moment des faits",
  };
}

export function periodOf(inc: Incident): Period {
  return { start: inc.start ?? null, end: inc.end ?? null };
}

/** The facts every rule of the situation reads (one object per assessment; callers add to copies, never to it). */
const situationCache = new WeakMap<CaseRecord, Facts>();
export function situationFacts(rec: CaseRecord): Facts {
  let facts = situationCache.get(rec);
  if (!facts) situationCache.set(rec, (facts = { factSet: { ...rec.factSet, assessmentDate: rec.assessmentDate }, attack: rec.factSet.attack ?? {} }));
  return facts;
}

/** Where an incident's facts are, shared by each of its subjects (built once per incident and assessment). */
const incidentMaps = new WeakMap<CaseRecord, PointerMap[]>();
function incidentPointers(rec: CaseRecord, i: number): PointerMap {
  let maps = incidentMaps.get(rec);
  if (!maps) incidentMaps.set(rec, (maps = []));
  return (maps[i] ??= {
    prefixes: [["factSet", ""], ["attack", "/attack"], ["incident", `/incidents/${i}`], ["results", null], ["anyOf", null], ["allOf", null], ["countOf", null]],
    aliases: { "incident.period": [`/incidents/${i}/start`, `/incidents/${i}/end`], "incident.connection": [`/incidents/${i}/connectedTo`] },
  });
}

export function incidentFacts(rec: CaseRecord, i: number, extra: Facts = {}): Facts {
  const inc = rec.factSet.incidents![i]!;
  return { ...situationFacts(rec), incident: { ...inc, period: periodOf(inc), ...(extra.incidentDerived as object) }, ...extra };
}

function subject(rec: CaseRecord, i: number, facts: Facts, prefixes: [string, string | null][], aliases?: Record<string, string[]>) {
  return {
    facts,
    pointers: { prefixes, aliases, parent: incidentPointers(rec, i) },
    fullFactSet: rec.factSet,
  };
}

export function incidentSubjects(rec: CaseRecord, i: number, scope: Scope, base: Facts): SubjectEntry[] {
  const inc = rec.factSet.incidents![i]!;
  const at = `/incidents/${i}`;
  const out: SubjectEntry[] = [];
  const territories = inc.territories ?? [];
  const perpetrators = inc.perpetrators ?? [];
  switch (scope) {
    case "perpetrator":
      perpetrators.forEach((p, k) => {
        const s = { ...p, age: { birthDate: p.birthDate ?? null, adult: p.adult ?? null, start: inc.start ?? null, end: inc.end ?? null }, ...personTexts(rec, p, inc) };
        out.push({ label: `perpetrator:${p.id}`, ...subject(rec, i, { ...base, subject: s }, [["subject", `${at}/perpetrators/${k}`], ["subject.displayName", null], ["subject.ageText", null], ["subject.ageTextFr", null]], { "subject.age": [`${at}/perpetrators/${k}/birthDate`, `${at}/start`, `${at}/end`] }) });
      });
      break;
    case "territory-membership":
      territories.forEach((t, k) => {
        for (const m of rec.memberships(t.state)) {
          const s = { ...t, ...named(rec, t.state), windows: m.windows, ...windowsTexts(m.windows), hypothetical: m.hypothetical };
          const tag = m.hypothetical ? " (hypothetical)" : "";
          out.push({
            label: `territory:${t.state}${tag}`, basis: `territory:${t.state}${tag}`, hypothetical: m.hypothetical, windows: m.windows,
            ...subject(rec, i, { ...base, subject: s }, [["subject", `${at}/territories/${k}`], ["subject.windows", m.pointer], ...DERIVED, ["subject.hypothetical", null]]),
          });
        }
      });
      break;
    case "nationality-membership":
      perpetrators.forEach((p, k) => (p.nationalities ?? []).forEach((n, m) => {
        for (const mem of rec.memberships(n)) {
          // The sentences name the person (or group) as the fact set does; the id stays for the label.
          const s = { state: n, ...named(rec, n), perpetrator: p.id, perpetratorName: p.name ?? p.id, windows: mem.windows, ...windowsTexts(mem.windows), hypothetical: mem.hypothetical };
          const tag = mem.hypothetical ? " (hypothetical)" : "";
          out.push({
            label: `nationality:${n}${tag} (${p.id})`, basis: `nationality:${n}${tag}`, hypothetical: mem.hypothetical, windows: mem.windows,
            ...subject(rec, i, { ...base, subject: s }, [["subject", null], ["subject.state", `${at}/perpetrators/${k}/nationalities/${m}`], ["subject.perpetrator", `${at}/perpetrators/${k}/id`]]),
          });
        }
      }));
      break;
    case "territory-declaration":
      territories.forEach((t, k) => rec.declarations.filter((d) => d.state === t.state).forEach((d) => {
        const windows = [{ from: d.from, to: d.to }];
        const s = { ...t, ...named(rec, t.state), declaration: d, windows, ...windowsTexts(windows) };
        out.push({
          label: `territory:${t.state} × declaration:${d.id}`, basis: `declaration:${d.id}`, windows,
          ...subject(rec, i, { ...base, subject: s }, [["subject", `${at}/territories/${k}`], ["subject.declaration", d.pointer], ["subject.windows", d.pointer], ...DERIVED]),
        });
      }));
      break;
    case "nationality-declaration":
      perpetrators.forEach((p, k) => (p.nationalities ?? []).forEach((n, m) => rec.declarations.filter((d) => d.state === n).forEach((d) => {
        const windows = [{ from: d.from, to: d.to }];
        const s = { state: n, ...named(rec, n), perpetrator: p.id, perpetratorName: p.name ?? p.id, declaration: d, windows, ...windowsTexts(windows) };
        out.push({
          label: `nationality:${n} (${p.id}) × declaration:${d.id}`, basis: `declaration:${d.id}`, windows,
          ...subject(rec, i, { ...base, subject: s }, [["subject", null], ["subject.state", `${at}/perpetrators/${k}/nationalities/${m}`], ["subject.declaration", d.pointer]]),
        });
      })));
      break;
    case "security-council-referral":
      // A referral is a candidate for the territories its situation names (or for all, where the
      // fact set does not say which): the rule then decides.
      territories.forEach((t, k) => rec.securityCouncilReferrals.filter((r) => r.territories === null || r.territories.includes(t.state)).forEach((r) => {
        // A referral reaches the situation from the date it names, never before the Statute (Art. 11(1)).
        const windows = r.from === null ? null : [{ from: r.from, to: r.to }];
        const s = { ...t, ...named(rec, t.state), referral: r, windows };
        out.push({
          label: `territory:${t.state} × ${r.id}`, basis: `security-council:${r.id}`, windows, referralId: r.id,
          ...subject(rec, i, { ...base, subject: s }, [["subject", `${at}/territories/${k}`], ["subject.referral", r.pointer], ...DERIVED],
            r.pointer ? { "subject.windows": [`${r.pointer}/from`] } : {}),
        });
      }));
      break;
    default:
      throw new Error(`not an incident subject scope: ${scope}`);
  }
  return out;
}

/**
 * Art. 16: a request runs twelve months at most from its resolution — to the day before the same
 * day a year on (from 29 February, to 28 February: there is no same day). A longer period asked
 * for is capped there; a renewal is a new resolution (S/RES/1422 (2002), then 1487 (2003)).
 */
export function deferralWindow(from: string, to: string | null | undefined): Window {
  const sameDay = addMonths(from, 12);
  const cap = sameDay.slice(8) === from.slice(8) ? addDays(sameDay, -1) : sameDay;
  return { from, to: to && to < cap ? to : cap };
}
