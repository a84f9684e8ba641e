/**
 * Calendar dates as ISO strings (YYYY-MM-DD) and windows of days. A window includes both ends;
 * `to: null` means open-ended. Plain string comparison orders ISO dates correctly.
 */
export type IsoDate = string;
export interface Window { from: IsoDate; to: IsoDate | null }
/** A period of conduct: its end may be unknown (then it is only known to be on or after start). */
export interface Period {
  start: IsoDate | null;
  end: IsoDate | null;
  /** When `end` is unknown: the latest day the part can reach (a window's end), if any. */
  until?: IsoDate | null;
  /** When `start` is unknown: the earliest day the part can begin (a window's start). */
  since?: IsoDate | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a fact set may name (schema: calendarDate). The Statute's law starts in 1998 and a
 * person's birth before 1900 cannot matter; 2200 leaves room for any assessment date, while the
 * dates worked out from them (a deferral's twelve months, an eighteenth birthday) stay four-digit.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** A UTC midnight for any year: Date.UTC would read years 0–99 as 1900–1999. */
function utc(y: number, m: number, d: number): Date {
  const x = new Date(0);
  x.setUTCFullYear(y, m - 1, d);
  return x;
}

/** A real day of the calendar (any four-digit year): what the date arithmetic accepts. */
function isRealDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = utc(+m[1]!, +m[2]!, +m[3]!);
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** A date a fact set (or --today) may give: a real day, in MIN_YEAR–MAX_YEAR. */
export function isCalendarDate(s: string): boolean {
  if (!isRealDate(s)) return false;
  const y = Number(s.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function toUtc(s: IsoDate): Date {
  const m = ISO.exec(s);
  if (!m || !isRealDate(s)) throw new RangeError(`not a calendar date: ${s}`);
  return utc(+m[1]!, +m[2]!, +m[3]!);
}

export function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(s: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  const d = toUtc(s);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** The same calendar day n years later (29 February → 1 March in a common year). */
export function addYears(s: IsoDate, n: number): IsoDate {
  const d = toUtc(s);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCFullYear(d.getUTCFullYear() + n);
  const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  if (day > monthLength) { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(day - monthLength); }
  else d.setUTCDate(day);
  return fromUtc(d);
}

export function addMonths(s: IsoDate, n: number): IsoDate {
  const d = toUtc(s);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, monthLength));
  return fromUtc(d);
}

export function today(): IsoDate {
  return fromUtc(new Date());
}

export function inWindow(date: IsoDate, w: Window): boolean {
  return date >= w.from && (w.to === null || date <= w.to);
}

/** Merge overlapping or adjacent windows into a sorted, disjoint list. */
export function mergeWindows(windows: readonly Window[]): Window[] {
  const sorted = [...windows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Window[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && (last.to === null || addDays(last.to, 1) >= w.from)) {
      if (last.to !== null && (w.to === null || w.to > last.to)) last.to = w.to;
    } else out.push({ ...w });
  }
  return out;
}

export type Tri = true | false | null;

/**
 * Does some day of the period fall in one of the windows? Three-valued, on what is known: with
 * an unknown start, conduct whose last day falls in a window took place at least on that day
 * (true), and conduct that ended before a window opened never reached it (false); with an unknown
 * end, the start decides in the same way. Unknown only where the missing date could go either way.
 */
export function periodOverlaps(p: Period, windows: readonly Window[]): Tri {
  if (windows.length === 0) return false;
  let unknown = false;
  for (const w of windows) {
    const to = w.to ?? "9999-12-31";
    if (p.start !== null && p.end !== null) {
      if (p.start <= to && p.end >= w.from) return true;
    } else if (p.start !== null) {
      if (inWindow(p.start, w)) return true;
      if (p.start < w.from) unknown = true; // it reaches the window only if it lasted long enough
    } else if (p.end !== null) {
      if (inWindow(p.end, w)) return true;
      if (p.end > to) unknown = true; // it reaches the window only if it began early enough
    } else unknown = true;
  }
  return unknown ? null : false;
}

/** Does every day of the period fall in the windows? Decided by a known end or start where that suffices. */
export function periodWithin(p: Period, windows: readonly Window[]): Tri {
  if (windows.length === 0) return false;
  const merged = mergeWindows(windows);
  const holderOf = (d: IsoDate) => merged.find((w) => inWindow(d, w));
  if (p.start === null) {
    if (p.end === null) return null;
    return holderOf(p.end) ? null : false; // a last day outside the windows settles it
  }
  const holder = holderOf(p.start);
  if (!holder) return false;
  if (p.end === null) return holder.to === null ? true : null;
  return holder.to === null || p.end <= holder.to;
}

/**
 * The parts of a period that fall in the windows. A part's unknown end is bounded by `until`
 * (the window's end); with only the last day known, a part's unknown start by `since`.
 */
export function intersectPeriod(p: Period, windows: readonly Window[]): Period[] {
  if (p.start === null && p.end === null) return [];
  const out: Period[] = [];
  for (const w of mergeWindows(windows)) {
    if (p.end !== null && p.end < w.from) continue;
    if (p.start !== null && w.to !== null && p.start > w.to) continue;
    if (p.start === null) {
      // Only the last day is known: the part inside this window ends on it (or on the window's end).
      if (w.to !== null && p.end! > w.to) continue; // whether it reached back into the window is unknown
      const since = p.since && p.since > w.from ? p.since : w.from; // the later of the two bounds
      out.push({ start: null, end: p.end, since });
      continue;
    }
    const start = p.start > w.from ? p.start : w.from;
    let end: IsoDate | null;
    if (p.end === null) end = w.to === null ? null : w.to; // conduct may end earlier: end unknown
    else end = w.to === null || p.end < w.to ? p.end : w.to;
    out.push(p.end === null ? { start, end: null, until: end } : { start, end });
  }
  return out;
}
