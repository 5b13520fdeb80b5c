// The kerncijfers CBS publishes for a period, counted two independent ways: from the records of the file
// (a streaming accumulator) and from the database (SQL). A test holds the two equal.
import { toIsoDate } from "@/lib/domain/dates";
import { CASUS_GELDIG, MELDING_GELDIG } from "@/lib/levering/select-sql";
import type { ParsedRecord } from "../read/reader";

export const KERNCIJFER_KEYS = [
  "gestarte_adviezen",
  "ontvangen_meldingen",
  "actieve_casussen",
  "casussen_gestart",
  "casussen_gesloten",
  "onderzoek_actief",
  "onderzoek_gestart",
  "onderzoek_gesloten",
  "vv_actief",
  "vv_gestart",
  "vv_gesloten",
  "overdrachten",
] as const;
export type Kerncijfers = Record<(typeof KERNCIJFER_KEYS)[number], number>;

export const KERNCIJFER_LABELS: Record<keyof Kerncijfers, string> = {
  gestarte_adviezen: "Gestarte adviezen",
  ontvangen_meldingen: "Ontvangen meldingen",
  actieve_casussen: "Actieve casussen",
  casussen_gestart: "waarvan gestart",
  casussen_gesloten: "waarvan gesloten",
  onderzoek_actief: "Actieve diensten Onderzoek",
  onderzoek_gestart: "waarvan gestart",
  onderzoek_gesloten: "waarvan gesloten",
  vv_actief: "Actieve diensten Voorwaarden en Vervolg",
  vv_gestart: "waarvan gestart",
  vv_gesloten: "waarvan gesloten",
  overdrachten: "Overdrachten (per persoon, in casussen gesloten in de periode)",
};

const EMPTY = "00000000";
export function emptyKerncijfers(): Kerncijfers {
  return Object.fromEntries(KERNCIJFER_KEYS.map((k) => [k, 0])) as Kerncijfers;
}

/** Counts from the file: records in reader form, in file order (20 before 50). */
export function createKerncijferCounter(start: Date, end: Date) {
  const ps = toIsoDate(start).replaceAll("-", ""),
    pe = toIsoDate(end).replaceAll("-", "");
  const inPeriod = (d: string) => d !== EMPTY && d >= ps && d <= pe;
  const k = emptyKerncijfers();
  const closedCasussen = new Set<string>();
  return {
    add({ type, values: v }: Pick<ParsedRecord, "type" | "values">) {
      if (type === "10" && inPeriod(v.startdatum)) k.gestarte_adviezen++;
      else if (type === "30" && inPeriod(v.datum_melding)) k.ontvangen_meldingen++;
      else if (type === "20") {
        k.actieve_casussen++;
        if (inPeriod(v.begindatum)) k.casussen_gestart++;
        if (inPeriod(v.einddatum)) {
          k.casussen_gesloten++;
          closedCasussen.add(v.casusnummer);
        }
      } else if (type === "40") {
        const p = v.soort === "O" ? "onderzoek" : "vv";
        if (v.einddatum === EMPTY || v.einddatum >= ps) k[`${p}_actief`]++;
        if (inPeriod(v.startdatum)) k[`${p}_gestart`]++;
        if (inPeriod(v.einddatum)) k[`${p}_gesloten`]++;
      } else if (type === "50" && closedCasussen.has(v.casusnummer)) k.overdrachten++;
    },
    result: () => ({ ...k }),
  };
}

/** The same figures straight from the database, as one SQL statement returning one row. */
export function kerncijfersSql(start: Date, end: Date): string {
  const ps = `'${toIsoDate(start)}'::date`,
    pe = `'${toIsoDate(end)}'::date`;
  const activeCasus = `c.begindatum <= ${pe} AND (c.einddatum IS NULL OR c.einddatum >= ${ps}) AND ${CASUS_GELDIG("c")}`;
  const ended = `(d.status = 'AFGESLOTEN' AND d.einddatum <= ${pe})`;
  const dienst = (soort: string, cond: string) =>
    `(SELECT count(*) FROM dienst d JOIN casus c ON c.id = d."casusId" WHERE ${activeCasus} AND d.soort = '${soort}' AND d.startdatum <= ${pe} AND ${cond})::int`;
  return `SELECT
    (SELECT count(*) FROM advies WHERE startdatum BETWEEN ${ps} AND ${pe})::int AS gestarte_adviezen,
    (SELECT count(*) FROM melding m WHERE m."datumMelding" BETWEEN ${ps} AND ${pe} AND ${MELDING_GELDIG("m")})::int AS ontvangen_meldingen,
    (SELECT count(*) FROM casus c WHERE ${activeCasus})::int AS actieve_casussen,
    (SELECT count(*) FROM casus c WHERE c.begindatum BETWEEN ${ps} AND ${pe} AND ${CASUS_GELDIG("c")})::int AS casussen_gestart,
    (SELECT count(*) FROM casus c WHERE c.einddatum BETWEEN ${ps} AND ${pe} AND ${CASUS_GELDIG("c")})::int AS casussen_gesloten,
    ${dienst("O", `NOT (${ended} AND d.einddatum < ${ps})`)} AS onderzoek_actief,
    ${dienst("O", `d.startdatum >= ${ps}`)} AS onderzoek_gestart,
    ${dienst("O", `${ended} AND d.einddatum >= ${ps}`)} AS onderzoek_gesloten,
    ${dienst("V", `NOT (${ended} AND d.einddatum < ${ps})`)} AS vv_actief,
    ${dienst("V", `d.startdatum >= ${ps}`)} AS vv_gestart,
    ${dienst("V", `${ended} AND d.einddatum >= ${ps}`)} AS vv_gesloten,
    (SELECT count(*) FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId" JOIN casus c ON c.id = o."casusId"
      WHERE c.einddatum BETWEEN ${ps} AND ${pe} AND o.datum <= ${pe} AND ${CASUS_GELDIG("c")})::int AS overdrachten`;
}
