// TEMPORARY private copy of the working-day rule for K13, until lib/domain/werkdagen.ts exists; then
// replace the import in cross-checks.ts by the domain's addWerkdagen and delete this file.
// Working days: Monday-Friday, not a Dutch public holiday (Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag,
// Bevrijdingsdag in lustrum years, Hemelvaart, Pinksteren, Kerstmis). Dates are UTC-midnight Dates (the
// convention of lib/domain/dates.ts).
import { addDays, makeDate, toIsoDate } from "@/lib/domain/dates";

/** Easter Sunday (Gregorian, anonymous algorithm). */
function getEaster(year: number): Date {
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

const cache = new Map<number, Set<string>>();

function getHolidays(year: number): Set<string> {
  let set = cache.get(year);
  if (set) return set;
  const easter = getEaster(year);
  const koningsdag = makeDate(year, 4, 27);
  const days = [
    makeDate(year, 1, 1),
    addDays(easter, -2), easter, addDays(easter, 1),
    koningsdag.getUTCDay() === 0 ? makeDate(year, 4, 26) : koningsdag,
    addDays(easter, 39), addDays(easter, 49), addDays(easter, 50),
    makeDate(year, 12, 25), makeDate(year, 12, 26),
  ];
  if (year % 5 === 0) days.push(makeDate(year, 5, 5));
  set = new Set(days.map(toIsoDate));
  cache.set(year, set);
  return set;
}

export function isWerkdag(d: Date): boolean {
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !getHolidays(d.getUTCFullYear()).has(toIsoDate(d));
}

/** The date n (≥ 0) working days after d. */
export function addWerkdagen(d: Date, n: number): Date {
  let current = d;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWerkdag(current)) left -= 1;
  }
  return current;
}
