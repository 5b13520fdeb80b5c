// The radar: the rows found for a search, grouped into persons with their history at Veilig Thuis. Pure, so the
// grouping and the choice of the row to link can be tested without a database.
import { formatAdres } from "@/lib/casus/naam";
import { toIsoDate } from "@/lib/domain/dates";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { isRealBsn } from "@/lib/domain/bsn";
import type { BetrokkeneRol } from "./schema";

export type RadarRow = {
  id: number;
  bsn: string | null;
  geboortedatum: string | null;
  geslacht: string;
  rol: BetrokkeneRol;
  achternaam: string | null;
  tussenvoegsel: string | null;
  voornamen: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  woonplaats: string | null;
  /** A geheim adres the searching user may not see (lib/betrokkene/adres.ts). */
  afgeschermd?: boolean;
  casus: {
    nummer: string;
    begindatum: Date;
    einddatum: Date | null;
    hermelding: boolean;
    aantalMeldingen: number;
    laatsteBeoordeling: { datum: Date; taxatie: string; inhoud: string; vastgesteld: boolean } | null;
  };
};

export type RadarCasus = {
  nummer: string;
  begindatum: string;
  einddatum: string | null;
  open: boolean;
  hermelding: boolean;
  aantalMeldingen: number;
};
export type RadarPersoon = {
  key: string;
  /** The Betrokkene row a new melding refers to: the one in the open casus, else the most recent one. */
  gebruikId: number;
  naam: string;
  bsn: string | null;
  geboortedatum: string | null;
  geboortedatumTekst: string;
  geslacht: string;
  rol: BetrokkeneRol;
  adres: string | null;
  openCasussen: RadarCasus[];
  casussen: RadarCasus[];
  laatsteBeoordeling: {
    casusNummer: string;
    datum: string;
    taxatie: string;
    inhoud: string;
    vastgesteld: boolean;
  } | null;
};

export function formatNaam(r: {
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string | null;
}): string {
  return [r.voornamen, r.tussenvoegsel, r.achternaam].filter(Boolean).join(" ") || "(naam onbekend)";
}

export { formatAdres };

function personKey(r: RadarRow): string {
  if (r.bsn && isRealBsn(r.bsn)) return `bsn:${r.bsn}`;
  return `naam:${(r.achternaam ?? "").toLowerCase()}|${(r.voornamen ?? "").toLowerCase()}|${r.geboortedatum ?? ""}`;
}

const recentFirst = (a: RadarRow, b: RadarRow) =>
  b.casus.begindatum.getTime() - a.casus.begindatum.getTime() || b.id - a.id;

export function groupRadar(rows: RadarRow[]): RadarPersoon[] {
  const groups = new Map<string, RadarRow[]>();
  for (const r of rows) groups.set(personKey(r), [...(groups.get(personKey(r)) ?? []), r]);
  const persons = [...groups.entries()].map(([key, list]) => {
    const sorted = [...list].sort(recentFirst);
    const gebruik = sorted.find((r) => r.casus.einddatum === null) ?? sorted[0];
    const casussen: RadarCasus[] = sorted.map((r) => ({
      nummer: r.casus.nummer,
      begindatum: toIsoDate(r.casus.begindatum),
      einddatum: r.casus.einddatum ? toIsoDate(r.casus.einddatum) : null,
      open: r.casus.einddatum === null,
      hermelding: r.casus.hermelding,
      aantalMeldingen: r.casus.aantalMeldingen,
    }));
    const metBeoordeling = sorted
      .filter((r) => r.casus.laatsteBeoordeling)
      .sort((a, b) => b.casus.laatsteBeoordeling!.datum.getTime() - a.casus.laatsteBeoordeling!.datum.getTime());
    const lb = metBeoordeling[0];
    return {
      key,
      gebruikId: gebruik.id,
      naam: formatNaam(gebruik),
      bsn: gebruik.bsn,
      geboortedatum: gebruik.geboortedatum,
      geboortedatumTekst: gebruik.geboortedatum ? describeGeboortedatum(gebruik.geboortedatum) : "onbekend",
      geslacht: gebruik.geslacht,
      rol: gebruik.rol,
      adres: formatAdres(gebruik),
      openCasussen: casussen.filter((c) => c.open),
      casussen,
      laatsteBeoordeling: lb
        ? {
            casusNummer: lb.casus.nummer,
            datum: toIsoDate(lb.casus.laatsteBeoordeling!.datum),
            taxatie: lb.casus.laatsteBeoordeling!.taxatie,
            inhoud: lb.casus.laatsteBeoordeling!.inhoud,
            vastgesteld: lb.casus.laatsteBeoordeling!.vastgesteld,
          }
        : null,
    };
  });
  return persons.sort(
    (a, b) =>
      (b.openCasussen.length > 0 ? 1 : 0) - (a.openCasussen.length > 0 ? 1 : 0) ||
      (b.casussen[0]?.begindatum ?? "").localeCompare(a.casussen[0]?.begindatum ?? ""),
  );
}

/**
 * Conditions (to OR) on the stored geboortedatum for a searched one, so partial dates match both ways: a searched
 * full date also finds a stored JJJJMM00 / JJJJ0000; a searched year (+ month) finds every date within it.
 */
export function geboortedatumConditions(g: string): ({ startsWith: string } | { in: string[] })[] {
  const [jaar, maand] = [g.slice(0, 4), g.slice(4, 6)];
  if (maand === "00") return [{ startsWith: jaar }];
  if (g.endsWith("00")) return [{ startsWith: `${jaar}${maand}` }, { in: [`${jaar}0000`] }];
  return [{ in: [g, `${jaar}${maand}00`, `${jaar}0000`] }];
}
