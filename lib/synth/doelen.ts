// The shape of the synthetic data against what CBS and the Impactmonitor publish (seeds: Beleidsinformatie 2e hj
// 2019, Impactmonitor 2020), each over CBS's population of the delivered half year (the second of the year):
// adviezen gestart, meldingen ontvangen (with their definitieve beoordeling where one is asked), diensten gestart
// or afgerond, casussen actief or gesloten in the period. `npm run db:synth -- --verify` prints them beside their
// target and fails when one is outside its band: the band written here, widened to 2.5 standard errors where the
// population is small (ruis below), narrow enough to catch a shape that is off by a factor.
import type { SqlClient } from "./sql";

export type Doel = {
  id: string;
  omschrijving: string;
  doel: number;
  /** Allowed deviation, in the unit of `doel` (percentage points, or per 100 / per casus). */
  band: number;
  eenheid: "%" | "per 100 meldingen" | "per gesloten casus";
  /** [numerator, denominator] over the half year: $1 start, $2 end. */
  sql: [string, string];
};

const ADVIES = `FROM advies a WHERE a.startdatum BETWEEN $1::date AND $2::date`;
const MELDING = `FROM melding m WHERE m."datumMelding" BETWEEN $1::date AND $2::date AND m."ingetrokkenOp" IS NULL`;
const BEOORDEELD = `FROM melding m JOIN veiligheidsbeoordeling b ON b."meldingId" = m.id
  WHERE m."datumMelding" BETWEEN $1::date AND $2::date AND m."ingetrokkenOp" IS NULL AND b."vastgesteldOp" IS NOT NULL`;
const GESLOTEN = `FROM casus c WHERE c.einddatum BETWEEN $1::date AND $2::date`;
const OVERDRACHT_GESLOTEN = `FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId"
  JOIN casus c ON c.id = o."casusId" WHERE c.einddatum BETWEEN $1::date AND $2::date AND o.datum <= $2::date`;
/** Jeugdhulp and jeugdzorg in list I: lokaal veld/wijkteam (02), jeugdhulpaanbieder (08), gecertificeerde
 * instelling (09), jeugd-GGZ (12). */
export const JEUGD_PARTIJEN = ["02", "08", "09", "12"];
const count = (from: string, where = "") => `SELECT count(*) ${from}${where ? ` AND ${where}` : ""}`;
const metPartij = (p: string) =>
  `SELECT count(*) ${GESLOTEN} AND EXISTS (SELECT 1 FROM overdracht o WHERE o."casusId" = c.id AND o.partij = '${p}')`;

export const DOELEN: Doel[] = [
  {
    id: "advies_beroeps",
    omschrijving: "adviezen van een beroepskracht",
    doel: 55,
    band: 6,
    eenheid: "%",
    sql: [count(ADVIES, `a."functieRol" !~ '^0[1-9]$'`), count(ADVIES)],
  },
  {
    id: "advies_conflictscheiding",
    omschrijving: "adviezen met conflictscheiding",
    doel: 17,
    band: 5,
    eenheid: "%",
    sql: [count(ADVIES, `'01' = ANY(a."aanvullendeInformatie")`), count(ADVIES)],
  },
  {
    id: "advies_andere",
    omschrijving: "adviezen over andere problematiek",
    doel: 29,
    band: 5,
    eenheid: "%",
    sql: [count(ADVIES, `'06' = ANY(a.aard)`), count(ADVIES)],
  },
  {
    id: "melding_politie",
    omschrijving: "meldingen van politie en justitie/veiligheid",
    doel: 66,
    band: 5,
    eenheid: "%",
    sql: [count(MELDING, `m.organisatie IN ('15', '16', '17', '18')`), count(MELDING)],
  },
  {
    id: "melding_partner",
    omschrijving: "meldingen over (ex-)partnergeweld",
    doel: 33,
    band: 5,
    eenheid: "%",
    sql: [count(MELDING, `'03' = ANY(m.aard)`), count(MELDING)],
  },
  {
    id: "melding_andere",
    omschrijving: "meldingen over andere problematiek",
    doel: 23,
    band: 5,
    eenheid: "%",
    sql: [count(MELDING, `'06' = ANY(m.aard)`), count(MELDING)],
  },
  {
    id: "melding_kort",
    omschrijving: "meldingen met duur hoogstens een week (incl. onbekend)",
    doel: 39,
    band: 5,
    eenheid: "%",
    sql: [count(MELDING, `m.duur IN ('01', '99')`), count(MELDING)],
  },
  {
    id: "acuut",
    omschrijving: "meldingen met acute onveiligheid",
    doel: 4,
    band: 2,
    eenheid: "%",
    sql: [count(BEOORDEELD, `b.taxatie = '01'`), count(BEOORDEELD)],
  },
  {
    id: "acuut_structureel",
    omschrijving: "meldingen met acute of structurele onveiligheid",
    doel: 41,
    band: 5,
    eenheid: "%",
    sql: [count(BEOORDEELD, `b.taxatie IN ('01', '02')`), count(BEOORDEELD)],
  },
  {
    id: "overdracht_beoordeling",
    omschrijving: "meldingen met beoordeling overdracht",
    doel: 50,
    band: 5,
    eenheid: "%",
    sql: [count(BEOORDEELD, `b.inhoud = '02'`), count(BEOORDEELD)],
  },
  {
    id: "onderzoek",
    omschrijving: "Onderzoeken gestart",
    doel: 4.5,
    band: 1.5,
    eenheid: "per 100 meldingen",
    sql: [
      `SELECT count(*) FROM dienst d WHERE d.soort = 'O' AND d.startdatum BETWEEN $1::date AND $2::date`,
      count(MELDING),
    ],
  },
  {
    id: "vv",
    omschrijving: "Voorwaarden en Vervolg gestart",
    doel: 9.3,
    band: 2.5,
    eenheid: "per 100 meldingen",
    sql: [
      `SELECT count(*) FROM dienst d WHERE d.soort = 'V' AND d.startdatum BETWEEN $1::date AND $2::date`,
      count(MELDING),
    ],
  },
  {
    id: "open_einde",
    omschrijving: "actieve casussen nog open aan het eind",
    doel: 40,
    band: 6,
    eenheid: "%",
    sql: [
      `SELECT count(*) FROM casus c WHERE c.begindatum <= $2::date AND (c.einddatum IS NULL OR c.einddatum > $2::date)`,
      `SELECT count(*) FROM casus c WHERE c.begindatum <= $2::date AND (c.einddatum IS NULL OR c.einddatum >= $1::date)`,
    ],
  },
  {
    id: "km_bevestigd",
    omschrijving: "afgeronde onderzoeken naar kindermishandeling: bevestigd",
    doel: 74,
    band: 8,
    eenheid: "%",
    sql: [
      `SELECT count(*) FROM dienst d WHERE d.soort = 'O' AND d.status = 'AFGESLOTEN' AND d.einddatum BETWEEN $1::date AND $2::date AND substr(d."uitkomstOnderzoek", 1, 1) = '1'`,
      `SELECT count(*) FROM dienst d WHERE d.soort = 'O' AND d.status = 'AFGESLOTEN' AND d.einddatum BETWEEN $1::date AND $2::date AND substr(d."uitkomstOnderzoek", 1, 1) <> '0'`,
    ],
  },
  {
    id: "overdracht_per_casus",
    omschrijving: "overdrachten (personen) per gesloten casus",
    doel: 2.03,
    band: 0.4,
    eenheid: "per gesloten casus",
    sql: [count(OVERDRACHT_GESLOTEN), count(GESLOTEN)],
  },
  {
    id: "politie",
    omschrijving: "gesloten casussen met overdracht aan de politie",
    doel: 0.5,
    band: 0.6,
    eenheid: "%",
    sql: [metPartij("06"), count(GESLOTEN)],
  },
  {
    id: "raad",
    omschrijving: "gesloten casussen met overdracht aan de Raad voor de Kinderbescherming",
    doel: 0.7,
    band: 0.7,
    eenheid: "%",
    sql: [metPartij("05"), count(GESLOTEN)],
  },
  {
    id: "jeugd",
    omschrijving: `overdrachten aan jeugdhulp/jeugdzorg (partij ${JEUGD_PARTIJEN.join(", ")})`,
    doel: 68,
    band: 6,
    eenheid: "%",
    sql: [
      count(OVERDRACHT_GESLOTEN, `o.partij IN (${JEUGD_PARTIJEN.map((p) => `'${p}'`).join(", ")})`),
      count(OVERDRACHT_GESLOTEN),
    ],
  },
  {
    id: "monitoring",
    omschrijving: "gezinnen in monitoring (een jaar, per 100 meldingen)",
    doel: 27,
    band: 8,
    eenheid: "per 100 meldingen",
    sql: [
      `SELECT count(DISTINCT t."casusId") FROM monitoringsmoment t WHERE t.datum BETWEEN ($2::date - interval '1 year' + interval '1 day') AND $2::date`,
      `SELECT count(*) FROM melding m WHERE m."datumMelding" BETWEEN ($2::date - interval '1 year' + interval '1 day') AND $2::date AND m."ingetrokkenOp" IS NULL`,
    ],
  },
];

export type DoelUitkomst = {
  id: string;
  omschrijving: string;
  doel: number;
  band: number;
  eenheid: string;
  waarde: number | null;
  binnen: boolean;
};

/**
 * A small population is noisy: the band is at least 2.5 standard errors of the share (binomial, at the target) or
 * of the rate (Poisson), so a hundred onderzoeken at the small scale do not fail for chance alone.
 */
function ruis(d: Doel, teller: number, noemer: number): number {
  if (noemer === 0 || d.eenheid === "per gesloten casus") return 0;
  if (d.eenheid === "%") {
    const p = d.doel / 100;
    return 2.5 * 100 * Math.sqrt((p * (1 - p)) / noemer);
  }
  return (2.5 * 100 * Math.sqrt(Math.max(teller, 1))) / noemer;
}

export async function checkDoelen(sql: SqlClient, jaar: number): Promise<DoelUitkomst[]> {
  const p = [`${jaar}-07-01`, `${jaar}-12-31`];
  // A query over the end of the period alone takes it as its only parameter.
  const n = async (q: string) =>
    Number(
      Object.values(
        (
          await sql.query(...((q.includes("$1") ? [q, p] : [q.replaceAll("$2", "$1"), [p[1]]]) as [string, string[]]))
        )[0],
      )[0],
    );
  const out: DoelUitkomst[] = [];
  for (const d of DOELEN) {
    const [teller, noemer] = [await n(d.sql[0]), await n(d.sql[1])];
    const factor = d.eenheid === "per gesloten casus" ? 1 : 100;
    const waarde = noemer === 0 ? null : Math.round((1000 * factor * teller) / noemer) / 1000;
    const band = Math.round(100 * Math.max(d.band, ruis(d, teller, noemer))) / 100;
    out.push({ ...d, band, waarde, binnen: waarde !== null && Math.abs(waarde - d.doel) <= band });
  }
  return out;
}
