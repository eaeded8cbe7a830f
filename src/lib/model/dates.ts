/**
 * Dates in the content are calendar days written YYYY-MM-DD. YAML parsers disagree on them (one
 * gives a string, another a Date, and turns 2026-02-30 into 2 March): this module accepts either
 * form, rejects anything that is not a real day, and never a day after the build.
 */

/** Today's date in UTC as YYYY-MM-DD: the latest date content may carry. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A Date for a calendar day, or a sentence saying what was expected instead. */
export function parseIsoDate(value: unknown, today: string = todayIso()): Date | string {
  const expected = 'a date written as YYYY-MM-DD, e.g. 2026-11-23';
  let iso: string;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return expected;
    if (value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() + value.getUTCMilliseconds() !== 0) return `${expected}, without a time of day`;
    iso = value.toISOString().slice(0, 10);
  } else if (typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return expected;
    iso = value;
  } else if (typeof value === 'number') {
    return `${expected} (a number such as a year alone is not a date)`;
  } else {
    return expected;
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return `a real calendar date (${iso} does not exist)`;
  if (iso > today) return `a date no later than today (${today})`;
  return date;
}
