/**
 * Article 126 of the Rome Statute: when the Statute enters into force for a State.
 *
 * Art. 126(1): the Statute entered into force on the first day of the month after the 60th day
 * following the deposit of the 60th instrument of ratification, acceptance, approval or accession.
 * The 60th instrument was deposited on 11 April 2002 (ten States deposited together that day), which
 * gives 1 July 2002; every instrument deposited on or before that day takes effect then.
 *
 * Art. 126(2): for a State depositing its instrument after the 60th, the Statute enters into force on
 * the first day of the month after the 60th day following the deposit of its own instrument.
 *
 * Counting: the day of deposit is day 0, so the 60th day is deposit + 60 days. Entry into force is
 * the first day of the month that follows the month containing that 60th day, even when the 60th
 * day is itself the 1st of a month (Albania: deposit 2003-01-31, 60th day 2003-04-01, entry into
 * force 2003-05-01).
 *
 * Not covered: succession (Montenegro's took effect on its date of independence, 2006-06-03) and
 * territorial extensions or exclusions; those are data, not this rule.
 *
 * Dates are ISO calendar dates (YYYY-MM-DD); arithmetic is in UTC so no time zone can shift a day.
 */
import { addDays } from "../dates";

/** Re-exported so that the engine has one date arithmetic. */
export { addDays };

/** The day the 60th instrument was deposited (Art. 126(1)). */
export const ARTICLE_126_THRESHOLD_DATE = "2002-04-11";
/** The Statute's own entry into force (Art. 126(1)). */
export const STATUTE_ENTRY_INTO_FORCE = "2002-07-01";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(date: string): Date {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls over (2003-02-30 becomes 2003-03-02); reject anything that did.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return d;
}

function formatIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}


/** The first day of the month after the month containing `date`. */
export function firstDayOfNextMonth(date: string): string {
  const d = parseIsoDate(date);
  return formatIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** Which paragraph of Art. 126 governs an instrument deposited on `deposit`. */
export function entryIntoForceBasis(deposit: string): "art126-1" | "art126-2" {
  parseIsoDate(deposit);
  return deposit <= ARTICLE_126_THRESHOLD_DATE ? "art126-1" : "art126-2";
}

/**
 * The date the Statute enters into force for a State that deposited its instrument of
 * ratification, acceptance, approval or accession on `deposit` (Art. 126(1) and (2)).
 */
export function entryIntoForce(deposit: string): string {
  if (entryIntoForceBasis(deposit) === "art126-1") return STATUTE_ENTRY_INTO_FORCE;
  return firstDayOfNextMonth(addDays(deposit, 60));
}
