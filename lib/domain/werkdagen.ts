// Dutch working days (werkdagen) and the deadlines (termijnen) built on them.
//
// Date convention (see dates.ts): every Date argument is read by its UTC calendar date (time ignored); every
// returned Date is at UTC midnight. Convert a wall-clock moment first with todayInAmsterdam().
//
// A werkdag is Monday–Friday and not a feestdag: Nieuwjaarsdag, Goede Vrijdag, Eerste/Tweede Paasdag,
// Koningsdag (27 April; 26 April when the 27th is a Sunday; before 2014 Koninginnedag 30 April, 29 April when
// a Sunday), Bevrijdingsdag (5 May, lustrum years only), Hemelvaartsdag, Eerste/Tweede Pinksterdag and
// Eerste/Tweede Kerstdag.
import { addDays, compareDates, makeDate, toIsoDate, toUtcMidnight } from "./dates";

export type Feestdag = { datum: Date; naam: string };

/** Working days from the melding to the deadline of the veiligheidsbeoordeling. */
export const BEOORDELING_TERMIJN_WERKDAGEN = 5;
/** Calendar days (10 weeks) from the veiligheidsbeoordeling to the deadline of the onderzoek. */
export const ONDERZOEK_TERMIJN_DAGEN = 70;

/** Easter Sunday (Eerste Paasdag) of a year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function getEasterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

function getKoningsdag(year: number): Feestdag {
  const [day, naam] = year >= 2014 ? [27, "Koningsdag"] : [30, "Koninginnedag"];
  const datum = makeDate(year, 4, day);
  return { datum: datum.getUTCDay() === 0 ? addDays(datum, -1) : datum, naam };
}

/** The feestdagen of a year with their Dutch names, in date order. */
export function getFeestdagen(year: number): Feestdag[] {
  const easter = getEasterSunday(year);
  const list: Feestdag[] = [
    { datum: makeDate(year, 1, 1), naam: "Nieuwjaarsdag" },
    { datum: addDays(easter, -2), naam: "Goede Vrijdag" },
    { datum: easter, naam: "Eerste Paasdag" },
    { datum: addDays(easter, 1), naam: "Tweede Paasdag" },
    getKoningsdag(year),
    { datum: addDays(easter, 39), naam: "Hemelvaartsdag" },
    { datum: addDays(easter, 49), naam: "Eerste Pinksterdag" },
    { datum: addDays(easter, 50), naam: "Tweede Pinksterdag" },
    { datum: makeDate(year, 12, 25), naam: "Eerste Kerstdag" },
    { datum: makeDate(year, 12, 26), naam: "Tweede Kerstdag" },
  ];
  if (year % 5 === 0) list.push({ datum: makeDate(year, 5, 5), naam: "Bevrijdingsdag" });
  return list.sort((x, y) => x.datum.getTime() - y.datum.getTime());
}

const feestdagCache = new Map<number, Map<string, string>>();

function getFeestdagIndex(year: number): Map<string, string> {
  let index = feestdagCache.get(year);
  if (!index) {
    index = new Map();
    for (const f of getFeestdagen(year)) {
      const iso = toIsoDate(f.datum);
      index.set(iso, index.has(iso) ? `${index.get(iso)} en ${f.naam}` : f.naam);
    }
    feestdagCache.set(year, index);
  }
  return index;
}

/** The Dutch name of the feestdag on this date (two names joined by " en " when they coincide), or null. */
export function getFeestdagNaam(date: Date): string | null {
  return getFeestdagIndex(date.getUTCFullYear()).get(toIsoDate(date)) ?? null;
}

/** Monday–Friday and not a feestdag. */
export function isWerkdag(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && getFeestdagNaam(date) === null;
}

/**
 * The n-th werkdag after `date` (n > 0), or before it (n < 0). n = 0 returns the date itself, even when it is
 * not a werkdag. Example: addWerkdagen(Tue 23 Dec 2025, 5) = Fri 2 Jan 2026.
 */
export function addWerkdagen(date: Date, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal werkdagen moet een geheel getal zijn: ${n}`);
  const step = Math.sign(n);
  let d = toUtcMidnight(date);
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWerkdag(d)) left--;
  }
  return d;
}

/** Werkdagen after `from` up to and including `to`; negative (−count from `to` to `from`) when to < from. Counted
 * without walking the days (a deadline overrun of a casus from years ago is counted on every work list): the
 * Mondays to Fridays by arithmetic, less the feestdagen on a weekday in between. */
export function countWerkdagenBetween(from: Date, to: Date): number {
  if (compareDates(to, from) < 0) return -countWerkdagenBetween(to, from);
  const f = dagnummer(from);
  const t = dagnummer(to);
  let count = weekdagenVoor(t + 1) - weekdagenVoor(f + 1);
  for (let jaar = from.getUTCFullYear(); jaar <= to.getUTCFullYear(); jaar++)
    for (const dag of feestdagenOpWeekdag(jaar)) if (dag > f && dag <= t) count--;
  return count;
}

/** Days since 1 January 1970 (a Thursday), by UTC calendar date. */
const dagnummer = (d: Date) => Math.round(toUtcMidnight(d).getTime() / 86_400_000);

/** Mondays to Fridays among the days 0 … x − 1 (any integer x): five in every whole week; day 0 is a Thursday, so
 * the first r days of a week hold [0, 1, 2, 2, 2, 3, 4][r] of them (Thu, Fri, Sat, Sun, Mon, Tue, Wed). */
function weekdagenVoor(x: number): number {
  const weken = Math.floor(x / 7);
  return weken * 5 + [0, 1, 2, 2, 2, 3, 4][x - weken * 7];
}

const feestdagDagen = new Map<number, number[]>();

/** The day numbers of a year's feestdagen that fall on Monday to Friday, each date once. */
function feestdagenOpWeekdag(jaar: number): number[] {
  let dagen = feestdagDagen.get(jaar);
  if (!dagen) {
    const opWeekdag = getFeestdagen(jaar).filter((f) => f.datum.getUTCDay() % 6 !== 0);
    dagen = [...new Set(opWeekdag.map((f) => dagnummer(f.datum)))];
    feestdagDagen.set(jaar, dagen);
  }
  return dagen;
}

/**
 * Deadline of the veiligheidsbeoordeling: the 5th werkdag after the melding day; the same day when the melding
 * is acute ("immediately when acute" — acute onveiligheid does not wait for a working day).
 */
export function beoordelingDeadline(datumMelding: Date, acuut = false): Date {
  return acuut ? datumMelding : addWerkdagen(datumMelding, BEOORDELING_TERMIJN_WERKDAGEN);
}

/** On time when the beoordeling is on or before the deadline. */
export function isBeoordelingOnTime(datumMelding: Date, datumBeoordeling: Date, acuut = false): boolean {
  return compareDates(datumBeoordeling, beoordelingDeadline(datumMelding, acuut)) <= 0;
}

/** Deadline of the onderzoek: 10 weeks (70 calendar days) after the veiligheidsbeoordeling. */
export function onderzoekDeadline(datumBeoordeling: Date): Date {
  return addDays(datumBeoordeling, ONDERZOEK_TERMIJN_DAGEN);
}

/** On time when the onderzoek ended (its judgement) on or before the deadline. */
export function isOnderzoekOnTime(datumBeoordeling: Date, datumAfronding: Date): boolean {
  return compareDates(datumAfronding, onderzoekDeadline(datumBeoordeling)) <= 0;
}

/** Informing a betrokkene that a melding about them was recorded: at most 4 weeks after the melding, extendable
 *  by 2 weeks at a time with a reason. */
export const INFORMEREN_TERMIJN_DAGEN = 28;
export const INFORMEREN_VERLENGING_DAGEN = 14;
export const INFORMEREN_MAX_VERLENGINGEN = 26;
export const DEFAULT_TERUGKOPPELING_WERKDAGEN = 5;

/** Terugkoppeling aan de melder: the organisation's number of werkdagen after the (final) beoordeling's date. */
export function terugkoppelingDeadline(beoordelingDatum: Date, werkdagen = DEFAULT_TERUGKOPPELING_WERKDAGEN): Date {
  return addWerkdagen(beoordelingDatum, werkdagen);
}

/** `verlengd`: how often the deadline was extended by 2 weeks. The SQL lists use the same sum (lib/opvolging). */
export function informerenDeadline(datumMelding: Date, verlengd = 0): Date {
  return addDays(datumMelding, INFORMEREN_TERMIJN_DAGEN + INFORMEREN_VERLENGING_DAGEN * verlengd);
}
