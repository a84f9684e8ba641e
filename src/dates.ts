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
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

function toUtc(s: IsoDate): Date {
  const m = ISO.exec(s);
  if (!m || !isCalendarDate(s)) throw new RangeError(`not a calendar date: ${s}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
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
 * Does some day of the period fall in one of the windows? Unknown when the start is unknown, or
 * when the end is unknown and the answer depends on how long the conduct lasted.
 */
export function periodOverlaps(p: Period, windows: readonly Window[]): Tri {
  if (windows.length === 0) return false;
  if (p.start === null) return null;
  let unknown = false;
  for (const w of windows) {
    if (p.end !== null) {
      if (p.start <= (w.to ?? "9999-12-31") && p.end >= w.from) return true;
    } else if (inWindow(p.start, w)) return true;
    else if (p.start < w.from) unknown = true;
  }
  return unknown ? null : false;
}

/** Does every day of the period fall in the windows? */
export function periodWithin(p: Period, windows: readonly Window[]): Tri {
  if (p.start === null) return windows.length === 0 ? false : null;
  const merged = mergeWindows(windows);
  const holder = merged.find((w) => inWindow(p.start!, w));
  if (!holder) return false;
  if (p.end === null) return holder.to === null ? true : null;
  return holder.to === null || p.end <= holder.to;
}

/** The parts of a period that fall in the windows (the end of the last part may be unknown). */
export function intersectPeriod(p: Period, windows: readonly Window[]): Period[] {
  if (p.start === null) return [];
  const out: Period[] = [];
  for (const w of mergeWindows(windows)) {
    if (p.end !== null && (p.end < w.from)) continue;
    if (w.to !== null && p.start > w.to) continue;
    const start = p.start > w.from ? p.start : w.from;
    let end: IsoDate | null;
    if (p.end === null) end = w.to === null ? null : w.to; // conduct may end earlier: end unknown
    else end = w.to === null || p.end < w.to ? p.end : w.to;
    out.push(p.end === null ? { start, end: null, until: end } : { start, end });
  }
  return out;
}
