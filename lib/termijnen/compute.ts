// The termijnen figures, computed in TypeScript from plain rows by the one termijn definition (lib/domain/termijn.ts).
import { compareDates, diffDays, toIsoDate } from "@/lib/domain/dates";
import { beoordelingDeadline, countWerkdagenBetween, onderzoekDeadline } from "@/lib/domain/werkdagen";
import { beoordelingTermijn, onderzoekTermijn } from "@/lib/domain/termijn";

export const NORM_BEOORDELING = 90;
export const NORM_ONDERZOEK = 80;

export type BeoordelingRow = {
  meldingNummer: string;
  casusNummer: string;
  datumMelding: Date;
  acuut?: boolean;
  wie: string | null;
  beoordeling: { datum: Date; definitief: boolean } | null;
};
export type OnderzoekRow = {
  dienstNummer: string;
  casusNummer: string;
  startdatum: Date;
  einddatum: Date | null;
  afgesloten: boolean;
  beoordelingDatum: Date;
  wie: string | null;
};

export type TermijnItem = {
  nummer: string;
  casusNummer: string;
  datum: string;
  deadline: string;
  afgerond: string | null;
  /** Werkdagen (beoordeling) or kalenderdagen (onderzoek) past the deadline, counted to the end or to today. */
  overschrijding: number;
  status: string;
  wie: string | null;
};
export type TermijnFiguur = {
  n: number;
  opTijd: number;
  percentage: number | null;
  norm: number;
  teLaat: TermijnItem[];
  open: TermijnItem[];
};

const inPeriode = (d: Date, van: Date, tot: Date) => compareDates(d, van) >= 0 && compareDates(d, tot) <= 0;
const pct = (a: number, n: number) => (n === 0 ? null : Math.round((a / n) * 1000) / 10);
const byDeadline = (a: TermijnItem, b: TermijnItem) =>
  a.deadline.localeCompare(b.deadline) || a.nummer.localeCompare(b.nummer);

/** Meldingen dated in the period with a final beoordeling; overdue: late ones, and open ones past their deadline today. */
export function computeBeoordelingen(rows: BeoordelingRow[], van: Date, tot: Date, today: Date): TermijnFiguur {
  let n = 0,
    opTijd = 0;
  const teLaat: TermijnItem[] = [],
    open: TermijnItem[] = [];
  for (const r of rows) {
    const b = r.beoordeling;
    const t = beoordelingTermijn(r, b?.datum ?? null, today);
    const deadline = beoordelingDeadline(r.datumMelding, r.acuut === true);
    const item = (afgerond: Date | null, status: string): TermijnItem => ({
      nummer: r.meldingNummer,
      casusNummer: r.casusNummer,
      datum: toIsoDate(r.datumMelding),
      deadline: toIsoDate(deadline),
      afgerond: afgerond ? toIsoDate(afgerond) : null,
      overschrijding: countWerkdagenBetween(deadline, afgerond ?? today),
      status,
      wie: r.wie,
    });
    if (b?.definitief) {
      if (!inPeriode(r.datumMelding, van, tot)) continue;
      n++;
      if (t.status === "op-tijd") opTijd++;
      else teLaat.push(item(b.datum, "Te laat beoordeeld"));
    } else if (t.status === "verstreken" || t.status === "te-laat") {
      open.push(item(b ? b.datum : null, b ? "Te laat beoordeeld, wacht op vaststelling" : "Nog niet beoordeeld"));
    }
  }
  return {
    n,
    opTijd,
    percentage: pct(opTijd, n),
    norm: NORM_BEOORDELING,
    teLaat: teLaat.sort(byDeadline),
    open: open.sort(byDeadline),
  };
}

/** Onderzoeken closed in the period; overdue: closed late, and still open (or awaiting confirmation) past the deadline. */
export function computeOnderzoeken(rows: OnderzoekRow[], van: Date, tot: Date, today: Date): TermijnFiguur {
  let n = 0,
    opTijd = 0;
  const teLaat: TermijnItem[] = [],
    open: TermijnItem[] = [];
  for (const r of rows) {
    const t = onderzoekTermijn(r.beoordelingDatum, r.einddatum, today);
    const deadline = onderzoekDeadline(r.beoordelingDatum);
    const item = (afgerond: Date | null, status: string): TermijnItem => ({
      nummer: r.dienstNummer,
      casusNummer: r.casusNummer,
      datum: toIsoDate(r.beoordelingDatum),
      deadline: toIsoDate(deadline),
      afgerond: afgerond ? toIsoDate(afgerond) : null,
      overschrijding: diffDays(deadline, afgerond ?? today),
      status,
      wie: r.wie,
    });
    if (r.afgesloten && r.einddatum) {
      if (!inPeriode(r.einddatum, van, tot)) continue;
      n++;
      if (t.status === "op-tijd") opTijd++;
      else teLaat.push(item(r.einddatum, "Te laat afgerond"));
    } else if (t.status === "verstreken" || t.status === "te-laat") {
      open.push(item(r.einddatum, r.einddatum ? "Te laat afgerond, afsluiting wacht op bevestiging" : "Loopt nog"));
    }
  }
  return {
    n,
    opTijd,
    percentage: pct(opTijd, n),
    norm: NORM_ONDERZOEK,
    teLaat: teLaat.sort(byDeadline),
    open: open.sort(byDeadline),
  };
}
