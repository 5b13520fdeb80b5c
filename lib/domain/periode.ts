// Delivery periods: half-years. H1 = 1 January – 30 June, H2 = 1 July – 31 December. Code form "2025H2".
// Dates follow the convention of dates.ts (UTC calendar date in, UTC-midnight Date out).
import { addDays, compareDates, formatDatumNl, makeDate } from "./dates";

export type Halfjaar = 1 | 2;
export type Periode = { jaar: number; halfjaar: Halfjaar; start: Date; end: Date; code: string };
export type PeriodeResult = { ok: true; periode: Periode } | { ok: false; message: string };

/** Calendar days after the end of the period within which the CBS delivery is due. */
export const LEVER_TERMIJN_DAGEN = 21;

export const PERIODE_MESSAGES = {
  format: "Periode moet de vorm JJJJH1 of JJJJH2 hebben",
} as const;

/** The period of a year and half-year. */
export function makePeriode(jaar: number, halfjaar: Halfjaar): Periode {
  if (!Number.isInteger(jaar) || jaar < 1 || jaar > 9999 || (halfjaar !== 1 && halfjaar !== 2)) {
    throw new RangeError(`Ongeldige periode: ${jaar}H${halfjaar}`);
  }
  return {
    jaar,
    halfjaar,
    start: makeDate(jaar, halfjaar === 1 ? 1 : 7, 1),
    end: makeDate(jaar, halfjaar === 1 ? 6 : 12, halfjaar === 1 ? 30 : 31),
    code: `${String(jaar).padStart(4, "0")}H${halfjaar}`,
  };
}

/** Parses "2025H2"; strict (upper-case H, 4-digit year, no spaces). */
export function parsePeriode(code: string): PeriodeResult {
  const m = /^(\d{4})H([12])$/.exec(code);
  if (!m || Number(m[1]) === 0) return { ok: false, message: PERIODE_MESSAGES.format };
  return { ok: true, periode: makePeriode(Number(m[1]), Number(m[2]) as Halfjaar) };
}

/** The period (half-year) that contains the date. */
export function halfjaarOf(date: Date): Periode {
  return makePeriode(date.getUTCFullYear(), date.getUTCMonth() < 6 ? 1 : 2);
}

export function getPreviousPeriode(p: Periode): Periode {
  return p.halfjaar === 2 ? makePeriode(p.jaar, 1) : makePeriode(p.jaar - 1, 2);
}

export function getNextPeriode(p: Periode): Periode {
  return p.halfjaar === 1 ? makePeriode(p.jaar, 2) : makePeriode(p.jaar + 1, 1);
}

/** Dutch label: "1e halfjaar 2025" / "2e halfjaar 2025". */
export function periodeLabel(p: Periode): string {
  return `${p.halfjaar}e halfjaar ${p.jaar}`;
}

/** True once the last day of the period has passed (on the last day itself it has not). */
export function isPeriodeAfgelopen(p: Periode, today: Date): boolean {
  return compareDates(today, p.end) > 0;
}

/** Parses a period code and refuses a period that has not ended yet: only ended periods can be delivered. */
export function checkLeverbarePeriode(code: string, today: Date): PeriodeResult {
  const parsed = parsePeriode(code);
  if (!parsed.ok) return parsed;
  const p = parsed.periode;
  if (!isPeriodeAfgelopen(p, today)) {
    return {
      ok: false,
      message: `De periode ${periodeLabel(p)} is nog niet afgelopen; leveren kan vanaf ${formatDatumNl(addDays(p.end, 1))}`,
    };
  }
  return parsed;
}

/** The CBS delivery deadline: 3 weeks (21 days) after the last day of the period. */
export function leverDeadline(p: Periode): Date {
  return addDays(p.end, LEVER_TERMIJN_DAGEN);
}

/** True when a delivery on `datum` is on or before the deadline. */
export function isLeveringOnTime(p: Periode, datum: Date): boolean {
  return compareDates(datum, leverDeadline(p)) <= 0;
}

/** True when the date lies within the period (both ends included). */
export function isInPeriode(date: Date, p: Periode): boolean {
  return compareDates(date, p.start) >= 0 && compareDates(date, p.end) <= 0;
}

/** "Active in the period": start ≤ last day, and end empty or end ≥ first day. */
export function isActiveInPeriode(start: Date, end: Date | null | undefined, p: Periode): boolean {
  return compareDates(start, p.end) <= 0 && (end == null || compareDates(end, p.start) >= 0);
}

/** The last n periods that have ended by `today`, most recent first. */
export function previousPeriodes(today: Date, n: number): Periode[] {
  const result: Periode[] = [];
  for (let p = getPreviousPeriode(halfjaarOf(today)); result.length < n; p = getPreviousPeriode(p)) result.push(p);
  return result;
}
