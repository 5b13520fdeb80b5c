// Checks on the loaded data with SQL: protocol rules that no CHECK constraint can hold (they span rows), and the
// shares and volumes of the year. Used by `npm run db:synth -- --verify` and by the integration test.
import { parseIsoDate } from "@/lib/domain/dates";
import { isBeoordelingOnTime } from "@/lib/domain/werkdagen";
import type { SqlClient } from "./sql";

/** Each query counts violations; every count must be 0. $1 = last day of the year. */
export const INVARIANTS: Record<string, string> = {
  "gesloten casus met open dienst": `SELECT count(*) FROM casus c JOIN dienst d ON d."casusId" = c.id WHERE c.einddatum IS NOT NULL AND d.status <> 'AFGESLOTEN'`,
  "gesloten casus met onbeoordeelde melding": `SELECT count(*) FROM casus c JOIN melding m ON m."casusId" = c.id LEFT JOIN veiligheidsbeoordeling b ON b."meldingId" = m.id
    WHERE c.einddatum IS NOT NULL AND (b.id IS NULL OR b."vastgesteldDoorId" IS NULL)`,
  "casus gesloten voor zijn laatste record": `SELECT count(*) FROM casus c WHERE c.einddatum < GREATEST(
    (SELECT max(m."datumMelding") FROM melding m WHERE m."casusId" = c.id), (SELECT max(b.datum) FROM veiligheidsbeoordeling b WHERE b."casusId" = c.id),
    (SELECT max(d.einddatum) FROM dienst d WHERE d."casusId" = c.id), (SELECT max(o.datum) FROM overdracht o WHERE o."casusId" = c.id),
    (SELECT max(t.datum) FROM monitoringsmoment t WHERE t."casusId" = c.id))`,
  "eerste melding niet op begindatum": `SELECT count(*) FROM casus c WHERE c.begindatum <> (SELECT min(m."datumMelding") FROM melding m WHERE m."casusId" = c.id)`,
  "beoordeling voor melding": `SELECT count(*) FROM veiligheidsbeoordeling b JOIN melding m ON m.id = b."meldingId" WHERE b.datum < m."datumMelding"`,
  "vier ogen beoordeling": `SELECT count(*) FROM veiligheidsbeoordeling WHERE "vastgesteldDoorId" = "createdById"`,
  "dienst zonder beoordeling vervolgstappen": `SELECT count(*) FROM dienst d JOIN veiligheidsbeoordeling b ON b.id = d."beoordelingId"
    WHERE b.inhoud <> '01' OR b."vastgesteldDoorId" IS NULL OR d.startdatum < b.datum OR b."casusId" <> d."casusId"`,
  "dienst voor begin casus": `SELECT count(*) FROM dienst d JOIN casus c ON c.id = d."casusId" WHERE d.startdatum < c.begindatum`,
  "twee open diensten van een soort": `SELECT count(*) FROM dienst a JOIN dienst b ON a."casusId" = b."casusId" AND a.soort = b.soort AND a.id <> b.id
    AND a.startdatum <= b.startdatum AND (a."afsluitingBevestigdOp" IS NULL OR a."afsluitingBevestigdOp"::date >= b.startdatum) AND (a.startdatum, a.id) < (b.startdatum, b.id)`,
  "afgesloten dienst zonder vier ogen": `SELECT count(*) FROM dienst WHERE status = 'AFGESLOTEN' AND ("afsluitingBevestigdDoorId" IS NULL OR "afsluitingBevestigdDoorId" = "afsluitingVoorgesteldDoorId")`,
  "open dienst met conclusie": `SELECT count(*) FROM dienst WHERE status = 'LOPEND' AND (cardinality("aardConclusie") > 0 OR "uitkomstOnderzoek" <> '00000' OR "redenVoortijdig" <> '00')`,
  "V&V met uitkomst": `SELECT count(*) FROM dienst WHERE soort = 'V' AND "uitkomstOnderzoek" <> '00000'`,
  "overdracht moment 1 zonder beoordeling overdracht": `SELECT count(*) FROM overdracht o LEFT JOIN veiligheidsbeoordeling b ON b."meldingId" = o."bronMeldingId"
    WHERE o.moment = 1 AND (b.id IS NULL OR b.inhoud <> '02' OR o.datum < b.datum)`,
  "overdracht na dienst die niet afgesloten is": `SELECT count(*) FROM overdracht o JOIN dienst d ON d.id = o."bronDienstId"
    WHERE o.moment IN (2, 3) AND (d.status <> 'AFGESLOTEN' OR d.soort <> (CASE o.moment WHEN 2 THEN 'V' ELSE 'O' END) OR o.datum < d."afsluitingBevestigdOp"::date)`,
  "overdracht zonder betrokkenen of met meer dan 4": `SELECT count(*) FROM overdracht o WHERE (SELECT count(*) FROM overdracht_betrokkene ob WHERE ob."overdrachtId" = o.id) NOT BETWEEN 1 AND 4`,
  "overdracht aan persoon die nog niet gemeld is": `SELECT count(*) FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId"
    WHERE NOT EXISTS (SELECT 1 FROM melding_betrokkene mb JOIN melding m ON m.id = mb."meldingId" WHERE mb."betrokkeneId" = ob."betrokkeneId" AND m."datumMelding" <= o.datum)`,
  "melding zonder betrokkene": `SELECT count(*) FROM melding m WHERE NOT EXISTS (SELECT 1 FROM melding_betrokkene mb WHERE mb."meldingId" = m.id)`,
  "monitoring voor eerste overdracht": `SELECT count(*) FROM monitoringsmoment t WHERE t.datum < COALESCE((SELECT min(o.datum) FROM overdracht o WHERE o."casusId" = t."casusId"), 'infinity'::date)`,
  "persoonsvolgnummers niet 1..n": `SELECT count(*) FROM casus c WHERE c."laatstePersoonsvolgnummer" <> (SELECT count(*) FROM betrokkene b WHERE b."casusId" = c.id)
    OR c."laatstePersoonsvolgnummer" <> (SELECT max(b.persoonsvolgnummer) FROM betrokkene b WHERE b."casusId" = c.id)`,
  "betrokkenen per casus niet 2-5": `SELECT count(*) FROM casus c WHERE (SELECT count(*) FROM betrokkene b WHERE b."casusId" = c.id) NOT BETWEEN 2 AND 5`,
  "BSN bij twee verschillende personen": `SELECT count(*) FROM (SELECT bsn FROM betrokkene WHERE bsn IS NOT NULL AND bsn <> '999999999'
    GROUP BY bsn HAVING count(DISTINCT (COALESCE(geboortedatum, ''), achternaam, voornamen)) > 1) x`,
  "datum na het einde van het jaar": `SELECT (SELECT count(*) FROM casus WHERE begindatum > $1 OR einddatum > $1) + (SELECT count(*) FROM melding WHERE "datumMelding" > $1)
    + (SELECT count(*) FROM veiligheidsbeoordeling WHERE datum > $1 OR "vastgesteldOp"::date > $1) + (SELECT count(*) FROM dienst WHERE startdatum > $1 OR einddatum > $1)
    + (SELECT count(*) FROM overdracht WHERE datum > $1) + (SELECT count(*) FROM monitoringsmoment WHERE datum > $1)
    + (SELECT count(*) FROM advies WHERE startdatum > $1 OR einddatum > $1)`,
  // The same person: same BSN, or without BSN the same name and date of birth (as the radar matches).
  "hermelding zonder eerder gesloten casus": `SELECT count(*) FROM casus c WHERE c.hermelding AND NOT EXISTS (SELECT 1 FROM betrokkene b JOIN betrokkene p
    ON (b.bsn IS NOT NULL AND b.bsn <> '999999999' AND p.bsn = b.bsn) OR (b.bsn IS NULL AND p.achternaam = b.achternaam AND p.geboortedatum = b.geboortedatum AND p.voornamen = b.voornamen)
    JOIN casus e ON e.id = p."casusId" WHERE b."casusId" = c.id AND e.id <> c.id AND e.einddatum < c.begindatum)`,
};

export async function checkInvariants(sql: SqlClient, jaar: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, q] of Object.entries(INVARIANTS)) {
    const params = q.includes("$1") ? [`${jaar}-12-31`] : [];
    const [row] = await sql.query(q, params);
    out[name] = Number(Object.values(row)[0]);
  }
  return out;
}

/** Volumes and shares of the year, to hold against the published figures. */
export async function yearFigures(sql: SqlClient, jaar: number) {
  const p = [`${jaar}-01-01`, `${jaar}-12-31`];
  const one = async (q: string, params = p) => Number(Object.values((await sql.query(q, params))[0])[0]);
  const inYear = (col: string) => `${col} BETWEEN $1::date AND $2::date`;
  const meldingen = await one(`SELECT count(*) FROM melding WHERE ${inYear(`"datumMelding"`)}`);
  const beoordeeld = `FROM veiligheidsbeoordeling b JOIN melding m ON m.id = b."meldingId" WHERE ${inYear(`m."datumMelding"`)}`;
  const beoordelingen = await one(`SELECT count(*) ${beoordeeld}`);
  const pairs = await sql.query<{ m: string; b: string; n: number | string }>(
    `SELECT to_char(m."datumMelding", 'YYYY-MM-DD') AS m, to_char(b.datum, 'YYYY-MM-DD') AS b, count(*) AS n ${beoordeeld} GROUP BY 1, 2`,
    p,
  );
  const opTijd = pairs.reduce(
    (s, r) => s + (isBeoordelingOnTime(parseIsoDate(r.m)!, parseIsoDate(r.b)!) ? Number(r.n) : 0),
    0,
  );
  const actief = await one(
    `SELECT count(*) FROM casus WHERE begindatum <= $2::date AND (einddatum IS NULL OR einddatum >= $1::date)`,
  );
  const oGesloten = `FROM dienst d JOIN veiligheidsbeoordeling b ON b.id = d."beoordelingId" WHERE d.soort = 'O' AND d.status = 'AFGESLOTEN' AND ${inYear("d.einddatum")}`;
  const km = `FROM dienst d WHERE d.soort = 'O' AND d.status = 'AFGESLOTEN' AND d."redenVoortijdig" = '00' AND substr(d."uitkomstOnderzoek", 1, 1) <> '0' AND ${inYear("d.einddatum")}`;
  const share = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 1000);
  const f = {
    adviezenGestart: await one(`SELECT count(*) FROM advies WHERE ${inYear("startdatum")}`),
    meldingen,
    casussenGestart: await one(`SELECT count(*) FROM casus WHERE ${inYear("begindatum")}`),
    casussenActief: actief,
    casussenOpenBijStart: await one(
      `SELECT count(*) FROM casus WHERE begindatum < $1::date AND (einddatum IS NULL OR einddatum >= $1::date)`,
      [p[0]],
    ),
    casussenOpenBijEinde: await one(`SELECT count(*) FROM casus WHERE einddatum IS NULL AND begindatum <= $1::date`, [
      p[1],
    ]),
    onderzoekenGestart: await one(`SELECT count(*) FROM dienst WHERE soort = 'O' AND ${inYear("startdatum")}`),
    vvGestart: await one(`SELECT count(*) FROM dienst WHERE soort = 'V' AND ${inYear("startdatum")}`),
    overdrachtPersonen: await one(
      `SELECT count(*) FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId" WHERE ${inYear("o.datum")}`,
    ),
    monitoringsmomenten: await one(`SELECT count(*) FROM monitoringsmoment WHERE ${inYear("datum")}`),
  };
  return {
    ...f,
    shares: {
      politie: share(
        await one(`SELECT count(*) FROM melding WHERE "functieRol" = '33' AND ${inYear(`"datumMelding"`)}`),
        meldingen,
      ),
      taxatie0102: share(await one(`SELECT count(*) ${beoordeeld} AND b.taxatie IN ('01', '02')`), beoordelingen),
      inhoud01: share(await one(`SELECT count(*) ${beoordeeld} AND b.inhoud = '01'`), beoordelingen),
      inhoud02: share(await one(`SELECT count(*) ${beoordeeld} AND b.inhoud = '02'`), beoordelingen),
      beoordelingOpTijd: share(opTijd, beoordelingen),
      nogNietBeoordeeld: share(meldingen - beoordelingen, meldingen),
      onderzoekBinnen10Weken: share(
        await one(`SELECT count(*) ${oGesloten} AND d.einddatum - b.datum <= 70`),
        await one(`SELECT count(*) ${oGesloten}`),
      ),
      kindermishandelingBevestigd: share(
        await one(`SELECT count(*) ${km} AND substr(d."uitkomstOnderzoek", 1, 1) = '1'`),
        await one(`SELECT count(*) ${km}`),
      ),
      openBijEinde: share(f.casussenOpenBijEinde, actief),
      hermelding: share(
        await one(`SELECT count(*) FROM casus WHERE hermelding AND ${inYear("begindatum")}`),
        f.casussenGestart,
      ),
      anoniem: share(
        await one(`SELECT count(*) FROM melding WHERE anoniem AND ${inYear(`"datumMelding"`)}`),
        meldingen,
      ),
    },
  };
}
