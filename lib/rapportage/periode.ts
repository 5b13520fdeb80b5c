// The period of a report: a half year (2025H2), a quarter (2025K3), a year (2025) or from–to
// (2025-01-01..2025-03-31), each with the previous period of the same kind beside it (the quarter before, the year
// before; a from–to range the same number of days just before it). Dates as in dates.ts (UTC midnight).
import { addDays, diffDays, formatDatumNl, makeDate, parseIsoDate, toIsoDate } from "@/lib/domain/dates";

export type RapportPeriode = { code: string; label: string; start: Date; end: Date };
export type PeriodeKeuze = RapportPeriode & { vorige: RapportPeriode };

export const PERIODE_UITLEG =
  "Kies een halfjaar (2025H2), kwartaal (2025K3), jaar (2025) of van–tot (2025-01-01..2025-03-31).";

const halfjaar = (j: number, h: number): RapportPeriode => ({
  code: `${j}H${h}`,
  label: `${h}e halfjaar ${j}`,
  start: makeDate(j, h === 1 ? 1 : 7, 1),
  end: makeDate(j, h === 1 ? 6 : 12, h === 1 ? 30 : 31),
});
const kwartaal = (j: number, k: number): RapportPeriode => ({
  code: `${j}K${k}`,
  label: `${k}e kwartaal ${j}`,
  start: makeDate(j, 3 * k - 2, 1),
  end: addDays(makeDate(k === 4 ? j + 1 : j, k === 4 ? 1 : 3 * k + 1, 1), -1),
});
const jaar = (j: number): RapportPeriode => ({
  code: String(j),
  label: String(j),
  start: makeDate(j, 1, 1),
  end: makeDate(j, 12, 31),
});

export function parseRapportPeriode(
  code: string,
): { ok: true; periode: PeriodeKeuze } | { ok: false; message: string } {
  const c = code.trim().toUpperCase();
  let m: RegExpExecArray | null;
  const jaarOk = (j: number) => j >= 2000 && j <= 2100;
  if ((m = /^(\d{4})H([12])$/.exec(c)) && jaarOk(+m[1])) {
    const [j, h] = [+m[1], +m[2]];
    return { ok: true, periode: { ...halfjaar(j, h), vorige: h === 2 ? halfjaar(j, 1) : halfjaar(j - 1, 2) } };
  }
  if ((m = /^(\d{4})[KQ]([1-4])$/.exec(c)) && jaarOk(+m[1])) {
    const [j, k] = [+m[1], +m[2]];
    return { ok: true, periode: { ...kwartaal(j, k), vorige: k > 1 ? kwartaal(j, k - 1) : kwartaal(j - 1, 4) } };
  }
  if ((m = /^(\d{4})$/.exec(c)) && jaarOk(+m[1]))
    return { ok: true, periode: { ...jaar(+m[1]), vorige: jaar(+m[1] - 1) } };
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(c))) {
    const [start, end] = [parseIsoDate(m[1]), parseIsoDate(m[2])];
    if (!start || !end) return { ok: false, message: "Een van de data bestaat niet." };
    const dagen = diffDays(start, end) + 1;
    if (dagen < 1) return { ok: false, message: "De einddatum ligt vóór de begindatum." };
    if (dagen > 3 * 366) return { ok: false, message: "Kies een periode van hoogstens drie jaar." };
    const range = (s: Date, e: Date): RapportPeriode => ({
      code: `${toIsoDate(s)}..${toIsoDate(e)}`,
      label: `${formatDatumNl(s)} – ${formatDatumNl(e)}`,
      start: s,
      end: e,
    });
    return { ok: true, periode: { ...range(start, end), vorige: range(addDays(start, -dagen), addDays(start, -1)) } };
  }
  return { ok: false, message: PERIODE_UITLEG };
}
