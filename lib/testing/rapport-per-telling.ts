// Test oracle for lib/rapportage/cijfers.ts: every count of a report as its own plain query over one period, the
// way the first version of the report counted (one query per breakdown, slow at national scale, easy to read). An
// integration test holds the report's passes equal to these on generated data.
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export type Periode = { start: Date; end: Date };
export type Telling = Map<string, number>;

const GELDIG_M = Prisma.sql`m."ingetrokkenOp" IS NULL`;
const GELDIG_C = Prisma.sql`EXISTS (SELECT 1 FROM melding mg WHERE mg."casusId" = c.id AND mg."ingetrokkenOp" IS NULL)`;
const gem = (col: Prisma.Sql, gemeente: string | null) =>
  gemeente ? Prisma.sql`AND COALESCE(${col}, '0000') = ${gemeente}` : Prisma.empty;
const C_GEM = Prisma.sql`c.gemeentecode`;

async function tel(tx: Tx, q: Prisma.Sql): Promise<Telling> {
  const rows = await tx.$queryRaw<{ k: string | null; n: bigint | number }[]>(q);
  return new Map(rows.map((r) => [r.k ?? "onbekend", Number(r.n)]));
}

/** Every breakdown as a query over one period (and gemeente): key → count. */
export const TELLINGEN = {
  /** Meldingen ontvangen per aard (several per melding, as CBS counts them). */
  aard: (p: Periode, g: string | null) => Prisma.sql`
    SELECT a AS k, count(*) AS n FROM melding m JOIN casus c ON c.id = m."casusId", unnest(m.aard) a
    WHERE m."datumMelding" BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M} ${gem(C_GEM, g)} GROUP BY a`,
  /** Melders: burgers (niet-beroepsmatig, functie/rol 01–09) together, beroepsmatig per organisatie (list E). */
  melder: (p: Periode, g: string | null) => Prisma.sql`
    SELECT CASE WHEN m."functieRol" ~ '^0[1-9]$' THEN 'burger' ELSE m.organisatie END AS k, count(*) AS n
    FROM melding m JOIN casus c ON c.id = m."casusId"
    WHERE m."datumMelding" BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M} ${gem(C_GEM, g)} GROUP BY 1`,
  adviesvrager: (p: Periode, g: string | null) => Prisma.sql`
    SELECT CASE WHEN a."functieRol" ~ '^0[1-9]$' THEN 'burger' ELSE a.organisatie END AS k, count(*) AS n
    FROM advies a WHERE a.startdatum BETWEEN ${p.start}::date AND ${p.end}::date ${gem(Prisma.sql`a.gemeentecode`, g)}
    GROUP BY 1`,
  acuut: (p: Periode, g: string | null) => Prisma.sql`
    SELECT CASE WHEN m.acuut THEN 'acuut' ELSE 'niet-acuut' END AS k, count(*) AS n
    FROM melding m JOIN casus c ON c.id = m."casusId"
    WHERE m."datumMelding" BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M} ${gem(C_GEM, g)} GROUP BY 1`,
  vormGeweld: (p: Periode, g: string | null) => Prisma.sql`
    SELECT v AS k, count(*) AS n FROM melding m JOIN casus c ON c.id = m."casusId", unnest(m."vormenGeweld") v
    WHERE m."datumMelding" BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M} ${gem(C_GEM, g)} GROUP BY v`,
  /** Definitieve veiligheidsbeoordelingen dated in the period: veiligheidstaxatie (list G) and inhoud (list F). */
  taxatie: (p: Periode, g: string | null) => Prisma.sql`
    SELECT v.taxatie AS k, count(*) AS n FROM veiligheidsbeoordeling v JOIN melding m ON m.id = v."meldingId"
      JOIN casus c ON c.id = v."casusId"
    WHERE v."vastgesteldOp" IS NOT NULL AND v.datum BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M}
      ${gem(C_GEM, g)} GROUP BY 1`,
  inhoud: (p: Periode, g: string | null) => Prisma.sql`
    SELECT v.inhoud AS k, count(*) AS n FROM veiligheidsbeoordeling v JOIN melding m ON m.id = v."meldingId"
      JOIN casus c ON c.id = v."casusId"
    WHERE v."vastgesteldOp" IS NOT NULL AND v.datum BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M}
      ${gem(C_GEM, g)} GROUP BY 1`,
  /** Onderzoeken afgerond in the period: per vorm (1–5) the uitkomst digit (list H), key "vorm:digit". */
  uitkomst: (p: Periode, g: string | null) => Prisma.sql`
    SELECT i || ':' || substr(d."uitkomstOnderzoek", i, 1) AS k, count(*) AS n
    FROM dienst d JOIN casus c ON c.id = d."casusId", generate_series(1, 5) i
    WHERE d.soort = 'O' AND d.status = 'AFGESLOTEN' AND d.einddatum BETWEEN ${p.start}::date AND ${p.end}::date
      AND substr(d."uitkomstOnderzoek", i, 1) <> '0' ${gem(C_GEM, g)} GROUP BY 1`,
  /** Overdrachten per persoon in casussen gesloten in the period (the kerncijfer), per partij and per hulp. */
  partij: (p: Periode, g: string | null) => Prisma.sql`
    SELECT o.partij AS k, count(*) AS n FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId"
      JOIN casus c ON c.id = o."casusId"
    WHERE c.einddatum BETWEEN ${p.start}::date AND ${p.end}::date AND o.datum <= ${p.end}::date AND ${GELDIG_C}
      ${gem(C_GEM, g)} GROUP BY 1`,
  hulp: (p: Periode, g: string | null) => Prisma.sql`
    SELECT o.hulp AS k, count(*) AS n FROM overdracht_betrokkene ob JOIN overdracht o ON o.id = ob."overdrachtId"
      JOIN casus c ON c.id = o."casusId"
    WHERE c.einddatum BETWEEN ${p.start}::date AND ${p.end}::date AND o.datum <= ${p.end}::date AND ${GELDIG_C}
      ${gem(C_GEM, g)} GROUP BY 1`,
  /** Betrokkenen of the meldingen ontvangen (each person once), by age at their first melding of the period. */
  leeftijd: (p: Periode, g: string | null) => Prisma.sql`
    WITH b AS (
      SELECT DISTINCT ON (bt.id) bt.geboortedatum AS gd, m."datumMelding" AS op
      FROM melding m JOIN casus c ON c.id = m."casusId" JOIN melding_betrokkene mb ON mb."meldingId" = m.id
        JOIN betrokkene bt ON bt.id = mb."betrokkeneId"
      WHERE m."datumMelding" BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M} ${gem(C_GEM, g)}
      ORDER BY bt.id, m."datumMelding"),
    l AS (
      SELECT CASE WHEN gd IS NULL OR gd = '00000000' OR substr(gd, 1, 4) = '0000' THEN NULL WHEN gd = '99999999' THEN -1
        ELSE date_part('year', age(op, make_date(substr(gd, 1, 4)::int, greatest(substr(gd, 5, 2)::int, 1),
                                                 greatest(substr(gd, 7, 2)::int, 1))))::int END AS jaren FROM b)
    SELECT CASE WHEN jaren IS NULL THEN 'onbekend' WHEN jaren < 0 THEN 'ongeboren' WHEN jaren <= 3 THEN '0-3'
      WHEN jaren <= 11 THEN '4-11' WHEN jaren <= 17 THEN '12-17' WHEN jaren <= 64 THEN '18-64' ELSE '65+' END AS k,
      count(*) AS n FROM l GROUP BY 1`,
  geslacht: (p: Periode, g: string | null) => Prisma.sql`
    SELECT bt.geslacht AS k, count(DISTINCT bt.id) AS n
    FROM melding m JOIN casus c ON c.id = m."casusId" JOIN melding_betrokkene mb ON mb."meldingId" = m.id
      JOIN betrokkene bt ON bt.id = mb."betrokkeneId"
    WHERE m."datumMelding" BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_M} ${gem(C_GEM, g)} GROUP BY 1`,
  /** Casussen gestart in the period that are a hermelding (an earlier casus of the family was closed). */
  hermelding: (p: Periode, g: string | null) => Prisma.sql`
    SELECT CASE WHEN c.hermelding THEN 'ja' ELSE 'nee' END AS k, count(*) AS n FROM casus c
    WHERE c.begindatum BETWEEN ${p.start}::date AND ${p.end}::date AND ${GELDIG_C} ${gem(C_GEM, g)} GROUP BY 1`,
  /** Open casussen at the end of the period per casemanager (the current one; the voordeur without one). */
  caseload: (p: Periode, g: string | null) => Prisma.sql`
    SELECT COALESCE(u."displayName", 'Nog geen casemanager') AS k, count(*) AS n
    FROM casus c LEFT JOIN app_user u ON u.id = c."casemanagerId"
    WHERE c.begindatum <= ${p.end}::date AND (c.einddatum IS NULL OR c.einddatum > ${p.end}::date) AND ${GELDIG_C}
      ${gem(C_GEM, g)} GROUP BY 1`,
};
export type TellingNaam = keyof typeof TELLINGEN;

export async function telling(tx: Tx, naam: TellingNaam, p: Periode, gemeente: string | null): Promise<Telling> {
  return tel(tx, TELLINGEN[naam](p, gemeente));
}

/** Doorlooptijden in days, median and 90th percentile: melding → definitieve beoordeling (dated in the period),
 * and Onderzoek / Voorwaarden en Vervolg from start to end (closed in the period). */
export async function doorlooptijden(tx: Tx, p: Periode, g: string | null) {
  const [r] = await tx.$queryRaw<
    {
      b50: number | null;
      b90: number | null;
      bn: bigint;
      o50: number | null;
      o90: number | null;
      on: bigint;
      v50: number | null;
      v90: number | null;
      vn: bigint;
    }[]
  >`
    WITH b AS (SELECT (v.datum - m."datumMelding") AS dagen FROM veiligheidsbeoordeling v
                 JOIN melding m ON m.id = v."meldingId" JOIN casus c ON c.id = v."casusId"
               WHERE v."vastgesteldOp" IS NOT NULL AND v.datum BETWEEN ${p.start}::date AND ${p.end}::date
                 AND ${GELDIG_M} ${gem(C_GEM, g)}),
         d AS (SELECT d.soort, (d.einddatum - d.startdatum) AS dagen FROM dienst d JOIN casus c ON c.id = d."casusId"
               WHERE d.status = 'AFGESLOTEN' AND d.einddatum BETWEEN ${p.start}::date AND ${p.end}::date ${gem(C_GEM, g)})
    SELECT (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) FROM b) AS b50,
           (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) FROM b) AS b90,
           (SELECT count(*) FROM b) AS bn,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) FROM d WHERE soort = 'O') AS o50,
           (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) FROM d WHERE soort = 'O') AS o90,
           (SELECT count(*) FROM d WHERE soort = 'O') AS on,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) FROM d WHERE soort = 'V') AS v50,
           (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) FROM d WHERE soort = 'V') AS v90,
           (SELECT count(*) FROM d WHERE soort = 'V') AS vn`;
  const n = (x: number | null) => (x === null ? null : Math.round(Number(x) * 10) / 10);
  return {
    beoordeling: { mediaan: n(r.b50), p90: n(r.b90), aantal: Number(r.bn) },
    onderzoek: { mediaan: n(r.o50), p90: n(r.o90), aantal: Number(r.on) },
    vv: { mediaan: n(r.v50), p90: n(r.v90), aantal: Number(r.vn) },
  };
}
export type Doorlooptijden = Awaited<ReturnType<typeof doorlooptijden>>;

export type GemeenteRij = {
  gemeentecode: string;
  adviezen: number;
  meldingen: number;
  casussen_gestart: number;
  onderzoeken_gestart: number;
  vv_gestart: number;
  overdrachten: number;
  monitoring: number;
};

/** Per gemeente the counts a municipal letter uses; populations as the kerncijfers (tested equal). */
export async function perGemeente(tx: Tx, p: Periode, g: string | null): Promise<GemeenteRij[]> {
  const s = p.start,
    e = p.end;
  const actief = Prisma.sql`c.begindatum <= ${e}::date AND (c.einddatum IS NULL OR c.einddatum >= ${s}::date) AND ${GELDIG_C}`;
  const rows = await tx.$queryRaw<(Record<keyof Omit<GemeenteRij, "gemeentecode">, bigint> & { g: string })[]>`
    WITH t AS (
      SELECT COALESCE(a.gemeentecode, '0000') AS g, 'adviezen' AS wat, count(*) AS n FROM advies a
        WHERE a.startdatum BETWEEN ${s}::date AND ${e}::date GROUP BY 1
      UNION ALL
      SELECT COALESCE(c.gemeentecode, '0000'), 'meldingen', count(*) FROM melding m JOIN casus c ON c.id = m."casusId"
        WHERE m."datumMelding" BETWEEN ${s}::date AND ${e}::date AND ${GELDIG_M} GROUP BY 1
      UNION ALL
      SELECT COALESCE(c.gemeentecode, '0000'), 'casussen_gestart', count(*) FROM casus c
        WHERE c.begindatum BETWEEN ${s}::date AND ${e}::date AND ${GELDIG_C} GROUP BY 1
      UNION ALL
      SELECT COALESCE(c.gemeentecode, '0000'), CASE d.soort WHEN 'O' THEN 'onderzoeken_gestart' ELSE 'vv_gestart' END,
             count(*) FROM dienst d JOIN casus c ON c.id = d."casusId"
        WHERE ${actief} AND d.startdatum BETWEEN ${s}::date AND ${e}::date GROUP BY 1, 2
      UNION ALL
      SELECT COALESCE(c.gemeentecode, '0000'), 'overdrachten', count(*) FROM overdracht_betrokkene ob
        JOIN overdracht o ON o.id = ob."overdrachtId" JOIN casus c ON c.id = o."casusId"
        WHERE c.einddatum BETWEEN ${s}::date AND ${e}::date AND o.datum <= ${e}::date AND ${GELDIG_C} GROUP BY 1
      UNION ALL
      SELECT COALESCE(c.gemeentecode, '0000'), 'monitoring', count(DISTINCT c.id) FROM monitoringsmoment t
        JOIN casus c ON c.id = t."casusId" WHERE t.datum BETWEEN ${s}::date AND ${e}::date GROUP BY 1)
    SELECT g,
      sum(n) FILTER (WHERE wat = 'adviezen') AS adviezen, sum(n) FILTER (WHERE wat = 'meldingen') AS meldingen,
      sum(n) FILTER (WHERE wat = 'casussen_gestart') AS casussen_gestart,
      sum(n) FILTER (WHERE wat = 'onderzoeken_gestart') AS onderzoeken_gestart,
      sum(n) FILTER (WHERE wat = 'vv_gestart') AS vv_gestart, sum(n) FILTER (WHERE wat = 'overdrachten') AS overdrachten,
      sum(n) FILTER (WHERE wat = 'monitoring') AS monitoring
    FROM t ${g ? Prisma.sql`WHERE g = ${g}` : Prisma.empty} GROUP BY g ORDER BY g`;
  const n = (x: bigint | null) => Number(x ?? 0);
  return rows.map((r) => ({
    gemeentecode: r.g,
    adviezen: n(r.adviezen),
    meldingen: n(r.meldingen),
    casussen_gestart: n(r.casussen_gestart),
    onderzoeken_gestart: n(r.onderzoeken_gestart),
    vv_gestart: n(r.vv_gestart),
    overdrachten: n(r.overdrachten),
    monitoring: n(r.monitoring),
  }));
}
