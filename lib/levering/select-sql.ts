// The selection of one period as SQL, one query per record type, each column named after the layout field it
// fills (so a changed layout needs only matching names here), already in the file's value form and sorted in the file's record order
// (ASCII order: COLLATE "C"). Pure: dates are validated Date objects, inlined as ISO literals.
import { codesOf } from "@/lib/domain/codes";
import { toIsoDate } from "@/lib/domain/dates";

export type PeriodDates = { start: Date; end: Date };

const ymd = (col: string) => `to_char(${col}, 'YYYYMMDD')`;
/** A text[] column of codes as a flag string over the list, in list order. */
export function flagsSql(col: string, lijst: "A" | "B"): string {
  return codesOf(lijst)
    .map((c) => `(CASE WHEN '${c}' = ANY(${col}) THEN '1' ELSE '0' END)`)
    .join(" || ");
}

/** A melding withdrawn by the teamleider (registered by mistake or twice) is never delivered. */
export const MELDING_GELDIG = (m: string) => `${m}."ingetrokkenOp" IS NULL`;
/** Nor is a casus whose every melding was withdrawn. */
export const CASUS_GELDIG = (c: string) =>
  `EXISTS (SELECT 1 FROM melding mg WHERE mg."casusId" = ${c}.id AND ${MELDING_GELDIG("mg")})`;

export function selectionSql({ start, end }: PeriodDates): Record<string, string> {
  const ps = `'${toIsoDate(start)}'::date`,
    pe = `'${toIsoDate(end)}'::date`;
  const activeCasus = `c.begindatum <= ${pe} AND (c.einddatum IS NULL OR c.einddatum >= ${ps}) AND ${CASUS_GELDIG("c")}`;
  const endOrZero = (col: string) => `CASE WHEN ${col} IS NULL OR ${col} > ${pe} THEN '00000000' ELSE ${ymd(col)} END`;
  const dienstClosed = `(d.status = 'AFGESLOTEN' AND d.einddatum <= ${pe})`;
  const whenClosed = (expr: string, open: string) => `CASE WHEN ${dienstClosed} THEN ${expr} ELSE '${open}' END`;
  return {
    "10": `SELECT a.nummer AS adviesnummer, ${ymd("a.startdatum")} AS startdatum, ${endOrZero("a.einddatum")} AS einddatum,
        COALESCE(a.gemeentecode, '0000') AS gemeentecode, ${flagsSql("a.aard", "A")} AS aard,
        ${flagsSql('a."aanvullendeInformatie"', "B")} AS aanvullende_informatie, a.duur AS duur, a."functieRol" AS functie_rol, a.organisatie AS organisatie
      FROM advies a WHERE a.startdatum <= ${pe} AND (a.einddatum IS NULL OR a.einddatum >= ${ps})
      ORDER BY a.nummer COLLATE "C"`,
    "20": `SELECT c.nummer AS casusnummer, ${ymd("c.begindatum")} AS begindatum, ${endOrZero("c.einddatum")} AS einddatum, COALESCE(c.gemeentecode, '0000') AS gemeentecode
      FROM casus c WHERE ${activeCasus} ORDER BY c.nummer COLLATE "C"`,
    // A person who only enters the casus through a later melding is not in the file yet.
    "21": `SELECT c.nummer AS casusnummer, b.persoonsvolgnummer AS persoonsvolgnummer, COALESCE(b.bsn, '000000000') AS bsn,
        COALESCE(b.geboortedatum, '00000000') AS geboortedatum, b.geslacht AS geslacht
      FROM betrokkene b JOIN casus c ON c.id = b."casusId"
      WHERE ${activeCasus} AND EXISTS (SELECT 1 FROM melding_betrokkene mb JOIN melding m ON m.id = mb."meldingId"
        WHERE mb."betrokkeneId" = b.id AND m."datumMelding" <= ${pe} AND ${MELDING_GELDIG("m")})
      ORDER BY c.nummer COLLATE "C", b.persoonsvolgnummer`,
    "30": `SELECT m.nummer AS meldingnummer, c.nummer AS casusnummer, ${ymd('m."datumMelding"')} AS datum_melding, m."functieRol" AS functie_rol,
        m.organisatie AS organisatie, CASE WHEN m.anoniem THEN 'J' ELSE 'N' END AS anoniem, ${flagsSql("m.aard", "A")} AS aard,
        ${flagsSql('m."aanvullendeInformatie"', "B")} AS aanvullende_informatie, m.duur AS duur
      FROM melding m JOIN casus c ON c.id = m."casusId" WHERE ${activeCasus} AND m."datumMelding" <= ${pe} AND ${MELDING_GELDIG("m")}
      ORDER BY c.nummer COLLATE "C", m."datumMelding", m.nummer COLLATE "C"`,
    "31": `SELECT m.nummer AS meldingnummer, c.nummer AS casusnummer, b.persoonsvolgnummer AS persoonsvolgnummer
      FROM melding_betrokkene mb JOIN melding m ON m.id = mb."meldingId" JOIN betrokkene b ON b.id = mb."betrokkeneId"
        JOIN casus c ON c.id = m."casusId"
      WHERE ${activeCasus} AND m."datumMelding" <= ${pe} AND ${MELDING_GELDIG("m")} ORDER BY m.nummer COLLATE "C", b.persoonsvolgnummer`,
    // Only final beoordelingen (four eyes done); one decided after the period is not there yet.
    "32": `SELECT m.nummer AS meldingnummer, c.nummer AS casusnummer, ${ymd("v.datum")} AS datum_beoordeling, v.inhoud AS inhoud, v.taxatie AS taxatie
      FROM veiligheidsbeoordeling v JOIN melding m ON m.id = v."meldingId" JOIN casus c ON c.id = m."casusId"
      WHERE ${activeCasus} AND m."datumMelding" <= ${pe} AND ${MELDING_GELDIG("m")} AND v.datum <= ${pe} AND v."vastgesteldOp" IS NOT NULL
      ORDER BY m.nummer COLLATE "C"`,
    // A dienst not closed (and confirmed) by the end of the period: no end, no conclusion, no uitkomst, reden 00.
    "40": `SELECT d.nummer AS dienstnummer, c.nummer AS casusnummer, d.soort AS soort, ${ymd("d.startdatum")} AS startdatum,
        ${whenClosed(ymd("d.einddatum"), "00000000")} AS einddatum,
        ${whenClosed(flagsSql('d."aardConclusie"', "A"), "0000000")} AS aard_conclusie,
        ${whenClosed(flagsSql('d."aanvullendeInformatie"', "B"), "00000000")} AS aanvullende_informatie,
        ${whenClosed("d.duur", "99")} AS duur,
        CASE WHEN ${dienstClosed} AND d.soort = 'O' THEN d."uitkomstOnderzoek" ELSE '00000' END AS uitkomst_onderzoek,
        ${whenClosed('d."redenVoortijdig"', "00")} AS reden_voortijdig
      FROM dienst d JOIN casus c ON c.id = d."casusId" WHERE ${activeCasus} AND d.startdatum <= ${pe}
      ORDER BY c.nummer COLLATE "C", d.startdatum, d.nummer COLLATE "C"`,
    "50": `SELECT o.nummer AS overdrachtnummer, c.nummer AS casusnummer, b.persoonsvolgnummer AS persoonsvolgnummer, o.moment AS moment,
        COALESCE(bm.nummer, bd.nummer) AS bronnummer, ${ymd("o.datum")} AS datum_overdracht, o.partij AS partij, o.hulp AS hulp
      FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId" JOIN betrokkene b ON b.id = ob."betrokkeneId"
        JOIN casus c ON c.id = o."casusId" LEFT JOIN melding bm ON bm.id = o."bronMeldingId" LEFT JOIN dienst bd ON bd.id = o."bronDienstId"
      WHERE ${activeCasus} AND o.datum <= ${pe} ORDER BY o.nummer COLLATE "C", b.persoonsvolgnummer`,
    "60": `SELECT t.nummer AS monitoringnummer, c.nummer AS casusnummer, ${ymd("t.datum")} AS datum_monitoring, t.veiligheidsscore AS veiligheidsscore
      FROM monitoringsmoment t JOIN casus c ON c.id = t."casusId" WHERE ${activeCasus} AND t.datum <= ${pe}
      ORDER BY c.nummer COLLATE "C", t.datum, t.nummer COLLATE "C"`,
  };
}
