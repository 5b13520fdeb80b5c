// Calendar-date helpers shared by the domain rules.
//
// Convention: a calendar date ("datum") is a JS Date at **UTC midnight**. Functions that take a Date read only
// its UTC calendar date (getUTCFullYear/Month/Date) and ignore the time; functions that return a date return a
// UTC-midnight Date. Text forms are ISO 'YYYY-MM-DD' and the delivery form 'JJJJMMDD'. Months are 1-based in
// every signature here (unlike Date.UTC).

import { now } from "./clock";

export const MAANDEN_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const MS_PER_DAY = 86_400_000;

/** The UTC-midnight Date of year / month (1-12) / day. No validation: out-of-range values roll over. */
export function makeDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC, which maps years 0-99 to 1900-1999
  return d;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in month (1-12) of year. */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day is an existing calendar date (year 1..9999). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= getDaysInMonth(year, month);
}

/** The same calendar date (by UTC) at UTC midnight. */
export function toUtcMidnight(d: Date): Date {
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** n calendar months later; a day the month does not have becomes its last day (31 January + 1 = 28/29 February). */
export function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear(),
    m = d.getUTCMonth() + n;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last)));
}

/** d plus n calendar days (n may be negative), at UTC midnight. */
export function addDays(d: Date, n: number): Date {
  return new Date(toUtcMidnight(d).getTime() + n * MS_PER_DAY);
}

/** Calendar days from a to b (b − a), by UTC calendar date. */
export function diffDays(a: Date, b: Date): number {
  return Math.round((toUtcMidnight(b).getTime() - toUtcMidnight(a).getTime()) / MS_PER_DAY);
}

/** Compares two dates by UTC calendar date: negative when a < b, 0 when equal, positive when a > b. */
export function compareDates(a: Date, b: Date): number {
  return Math.sign(diffDays(b, a));
}

const pad = (n: number, len: number) => String(n).padStart(len, "0");

/** 'YYYY-MM-DD' of the UTC calendar date. */
export function toIsoDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Strict 'YYYY-MM-DD' → UTC-midnight Date; null when malformed or not an existing date (2025-02-30). */
export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, da) ? makeDate(y, mo, da) : null;
}

/** 'JJJJMMDD' of the UTC calendar date (the delivery file's D type). */
export function toJjjjmmdd(d: Date): string {
  return toIsoDate(d).replaceAll("-", "");
}

/** Strict full 'JJJJMMDD' → UTC-midnight Date; null when malformed, partial or special (00000000). */
export function parseJjjjmmdd(s: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

const amsterdamFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Europe/Amsterdam of a moment (default: now, by the app's clock), as a UTC-midnight Date. */
export function todayInAmsterdam(at: Date = now()): Date {
  const parts = Object.fromEntries(amsterdamFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return makeDate(Number(parts.year), Number(parts.month), Number(parts.day));
}

/** Dutch long date: "23 november 2026". */
export function formatDatumNl(d: Date): string {
  return `${d.getUTCDate()} ${MAANDEN_NL[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
