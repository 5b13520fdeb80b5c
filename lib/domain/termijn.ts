// The one definition of a termijn (deadline) for every screen. A step is done on the date it was recorded
// (the beoordeling's datum, the onderzoek's einddatum) — not when a second person confirmed it — and on time
// when that date is not after the deadline. While a step is open, its termijn is verstreken once today is past
// the deadline. The text always says the state in words, so it never depends on colour alone.
import { addDays, compareDates, diffDays, formatDatumNl, toIsoDate, todayInAmsterdam } from "./dates";
import {
  beoordelingDeadline,
  countWerkdagenBetween,
  informerenDeadline,
  onderzoekDeadline,
  terugkoppelingDeadline,
} from "./werkdagen";

export type TermijnStatus = "open" | "vandaag" | "verstreken" | "op-tijd" | "te-laat";

export type Termijn = {
  /** The deadline, ISO date. */
  deadline: string;
  status: TermijnStatus;
  /** Open and past the deadline. */
  verstreken: boolean;
  /** Days (working days for the beoordeling) from today to the deadline while open, negative when past; 0 when done. */
  dagen: number;
  tekst: string;
};

function stand(
  deadline: Date,
  gedaanOp: Date | null,
  today: Date,
  dagen: number,
  tekst: Record<TermijnStatus, string>,
): Termijn {
  const status: TermijnStatus = gedaanOp
    ? compareDates(gedaanOp, deadline) <= 0
      ? "op-tijd"
      : "te-laat"
    : compareDates(today, deadline) > 0
      ? "verstreken"
      : compareDates(today, deadline) === 0
        ? "vandaag"
        : "open";
  return {
    deadline: toIsoDate(deadline),
    status,
    verstreken: status === "verstreken",
    dagen: gedaanOp ? 0 : dagen,
    tekst: tekst[status],
  };
}

const werkdagenTekst = (n: number) => (n === 1 ? "Nog 1 werkdag" : `Nog ${n} werkdagen`);
const dagenTekst = (n: number) => `${n} ${n === 1 ? "dag" : "dagen"}`;

export type MeldingTermijnBron = { datumMelding: Date; acuut?: boolean };

/** Working days from today to a deadline, negative when it has passed. */
const werkdagenTot = (today: Date, deadline: Date) =>
  compareDates(today, deadline) <= 0 ? countWerkdagenBetween(today, deadline) : -countWerkdagenBetween(deadline, today);

/** The veiligheidsbeoordeling: 5 working days after the melding, the same day when it is acute. */
export function beoordelingTermijn(
  melding: MeldingTermijnBron,
  beoordeeldOp: Date | null,
  today: Date = todayInAmsterdam(),
): Termijn {
  const acuut = melding.acuut === true;
  const deadline = beoordelingDeadline(melding.datumMelding, acuut);
  const open = werkdagenTot(today, deadline);
  return stand(deadline, beoordeeldOp, today, open, {
    open: werkdagenTekst(open),
    vandaag: acuut ? "Acuut — vandaag beoordelen" : "Termijn verloopt vandaag",
    verstreken: "Termijn verstreken",
    "op-tijd": "Binnen de termijn beoordeeld",
    "te-laat": "Na de termijn beoordeeld",
  });
}

/** A date to act by (a monitoringsmoment), or any deadline in calendar days: "24 november 2026 — over 1 dag". */
export function datumTermijn(deadline: Date, gedaanOp: Date | null, today: Date = todayInAmsterdam()): Termijn {
  const datum = formatDatumNl(deadline);
  const dagen = diffDays(today, deadline);
  const afgerond = gedaanOp ? `${datum} — afgerond op ${formatDatumNl(gedaanOp)}` : "";
  return stand(deadline, gedaanOp, today, dagen, {
    open: `${datum} — over ${dagenTekst(dagen)}`,
    vandaag: `${datum} — vandaag`,
    verstreken: `${datum} — verlopen, ${dagenTekst(-dagen)} te laat`,
    "op-tijd": `${afgerond}, binnen de termijn`,
    "te-laat": `${afgerond}, na de termijn`,
  });
}

/** The onderzoek: its judgement 10 weeks after the beoordeling that decided it. */
export function onderzoekTermijn(
  beoordelingDatum: Date,
  einddatum: Date | null,
  today: Date = todayInAmsterdam(),
): Termijn {
  return datumTermijn(onderzoekDeadline(beoordelingDatum), einddatum, today);
}

/**
 * The last datum melding whose beoordeling termijn has passed by `today` (the deadline grows with the datum, so
 * an open melding is verstreken exactly when it was received on or before this date): lets a query filter and
 * count overdue meldingen with the one deadline definition above.
 */
export function beoordelingVerstrekenTot(today: Date): Date {
  return verstrekenTot(today, (d) => beoordelingDeadline(d));
}

/** Terugkoppeling aan de melder: the organisation's werkdagen after the final beoordeling's date. */
export function terugkoppelingTermijn(
  beoordelingDatum: Date,
  werkdagen: number,
  gedaanOp: Date | null,
  today: Date = todayInAmsterdam(),
): Termijn {
  const deadline = terugkoppelingDeadline(beoordelingDatum, werkdagen);
  const open = werkdagenTot(today, deadline);
  return stand(deadline, gedaanOp, today, open, {
    open: `Uiterlijk ${formatDatumNl(deadline)} — ${werkdagenTekst(open).toLowerCase()}`,
    vandaag: `Uiterlijk vandaag (${formatDatumNl(deadline)})`,
    verstreken: `Termijn verstreken (uiterlijk ${formatDatumNl(deadline)})`,
    "op-tijd": "Binnen de termijn vastgelegd",
    "te-laat": "Na de termijn vastgelegd",
  });
}

/** Informing a betrokkene: 4 weeks after the melding, plus 2 weeks per extension. */
export function informerenTermijn(
  datumMelding: Date,
  gedaanOp: Date | null,
  today: Date = todayInAmsterdam(),
  verlengd = 0,
): Termijn {
  return datumTermijn(informerenDeadline(datumMelding, verlengd), gedaanOp, today);
}

/**
 * The last base date whose deadline has passed by `today`, for a deadline that grows with its base date: lets a
 * query find overdue items as `base <= X` with the one deadline definition.
 */
export function verstrekenTot(today: Date, deadline: (d: Date) => Date): Date {
  let d = addDays(today, -1);
  while (compareDates(deadline(d), today) >= 0) d = addDays(d, -1);
  return d;
}
