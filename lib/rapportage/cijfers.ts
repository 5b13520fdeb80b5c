// The counts of a report, for the period and the previous one together, in a few passes over the database: one per
// population (meldingen ontvangen; their betrokkenen; casussen actief with their diensten and overdrachten;
// definitieve beoordelingen; afgesloten diensten; adviezen gestart; monitoring), each read once and counted every
// way the report needs (decision 021). Populations as CBS defines them and as the kerncijfers count them
// (lib/export/reports/kerncijfers.ts; the report's totals are tested equal to that SQL). Optionally one gemeente (the
// casus's, or the advies's; no gemeente is "0000") for the breakdowns; the totals stay the whole organisation's and
// the per-gemeente counts are filtered at the end. Counts only: no name, number or date of a person leaves here.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { opTweeBanen } from "./banen";

export type Periode = { start: Date; end: Date };
export type Telling = Map<string, number>;
/** Per period (0 = the period, 1 = the previous one) per count ("aard", "kern:actieve_casussen", "gem:meldingen"…)
 * key → number. */
export type Tellingen = [Map<string, Telling>, Map<string, Telling>];
type Rij = { p: number; d: string; k: string | null; n: bigint | number | string };

const perioden = (nu: Periode, toen: Periode) =>
  Prisma.sql`per(p, s, e) AS (VALUES (0, ${nu.start}::date, ${nu.end}::date), (1, ${toen.start}::date, ${toen.end}::date))`;
const GELDIG_C = Prisma.sql`EXISTS (SELECT 1 FROM melding mg WHERE mg."casusId" = c.id AND mg."ingetrokkenOp" IS NULL)`;
/** True for the rows of the chosen gemeente (a column `g`), or for every row without one. */
const inGemeente = (g: string | null) => (g ? Prisma.sql`g = ${g}` : Prisma.sql`TRUE`);
/** Join the casus of `col` only to keep one gemeente's rows. */
const vanGemeente = (col: Prisma.Sql, g: string | null) =>
  g ? Prisma.sql`JOIN casus c ON c.id = ${col} AND COALESCE(c.gemeentecode, '0000') = ${g}` : Prisma.empty;

function voegToe(t: Tellingen, rows: Rij[]) {
  for (const r of rows) {
    const m = t[r.p as 0 | 1];
    const telling = m.get(r.d) ?? new Map<string, number>();
    telling.set(r.k ?? "onbekend", (telling.get(r.k ?? "onbekend") ?? 0) + Number(r.n));
    m.set(r.d, telling);
  }
}

/** Meldingen ontvangen (not withdrawn): aard (several per melding), melder, acuut, vorm van geweld; per gemeente. The
 * arrays unnested in the select list (a set-returning projection: cheaper per row than a lateral function scan); the
 * chosen gemeente's rows kept apart only when there is one. */
const meldingen = (nu: Periode, toen: Periode, g: string | null) => Prisma.sql`
  WITH ${perioden(nu, toen)},
  mp AS MATERIALIZED (
    SELECT per.p, m.aard, m."functieRol" AS fr, m.organisatie AS org, m.acuut, m."vormenGeweld" AS vg,
           COALESCE(c.gemeentecode, '0000') AS g
    FROM per JOIN melding m ON m."datumMelding" BETWEEN per.s AND per.e JOIN casus c ON c.id = m."casusId"
    WHERE m."ingetrokkenOp" IS NULL),
  f AS ${g ? Prisma.sql`MATERIALIZED` : Prisma.empty} (SELECT * FROM mp WHERE ${inGemeente(g)})
  SELECT p, 'kern:ontvangen_meldingen' AS d, '' AS k, count(*) AS n FROM mp GROUP BY p
  UNION ALL SELECT p, 'gem:meldingen', g, count(*) FROM mp GROUP BY p, g
  UNION ALL SELECT p, 'aard', a, count(*) FROM (SELECT p, unnest(aard) AS a FROM f) x GROUP BY p, a
  UNION ALL SELECT p, 'melder', CASE WHEN fr ~ '^0[1-9]$' THEN 'burger' ELSE org END, count(*) FROM f GROUP BY 1, 3
  UNION ALL SELECT p, 'acuut', CASE WHEN acuut THEN 'acuut' ELSE 'niet-acuut' END, count(*) FROM f GROUP BY 1, 3
  UNION ALL SELECT p, 'vormGeweld', v, count(*) FROM (SELECT p, unnest(vg) AS v FROM f) x GROUP BY p, v`;

/** Betrokkenen of the meldingen ontvangen, each person once, by age at their first melding of the period and sex:
 * the person's row dated in the period whose previous melding lies before it (`rapport_betrokkene_melding`, kept by
 * triggers: migration 20261207010000). */
const betrokkenen = (nu: Periode, toen: Periode, g: string | null) => Prisma.sql`
  WITH ${perioden(nu, toen)}
  SELECT p, CASE WHEN GROUPING(groep) = 0 THEN 'leeftijd' ELSE 'geslacht' END AS d, COALESCE(groep, geslacht) AS k,
         count(*) AS n
  FROM (SELECT per.p, f.geslacht, CASE WHEN jaren IS NULL THEN 'onbekend' WHEN jaren < 0 THEN 'ongeboren'
          WHEN jaren <= 3 THEN '0-3' WHEN jaren <= 11 THEN '4-11' WHEN jaren <= 17 THEN '12-17' WHEN jaren <= 64
          THEN '18-64' ELSE '65+' END AS groep
        FROM per JOIN rapport_betrokkene_melding f ON f.datum BETWEEN per.s AND per.e AND (f.eerder IS NULL OR f.eerder < per.s)
          ${vanGemeente(Prisma.sql`f."casusId"`, g)}) l
  GROUP BY GROUPING SETS ((p, geslacht), (p, groep))`;

/** Casussen actief in the period (valid: a melding not withdrawn) — the kerncijfers of casussen, diensten and
 * overdrachten, hermeldingen, caseload at the end, and per gemeente casussen/onderzoeken/V&V gestart, overdrachten. */
const casussen = (nu: Periode, toen: Periode, g: string | null) => Prisma.sql`
  WITH ${perioden(nu, toen)},
  ca AS MATERIALIZED (
    SELECT per.p, per.s, per.e, c.id, c.begindatum AS b, c.einddatum AS eind, COALESCE(c.gemeentecode, '0000') AS g,
           c.hermelding, c."casemanagerId" AS cm
    FROM per JOIN casus c ON c.begindatum <= per.e AND (c.einddatum IS NULL OR c.einddatum >= per.s)
    WHERE ${GELDIG_C}),
  cd AS MATERIALIZED (
    SELECT ca.p, ca.s, ca.e, ca.g, d.soort, d.startdatum AS ds, d.einddatum AS de,
           (d.status = 'AFGESLOTEN' AND d.einddatum <= ca.e) AS af
    FROM ca JOIN dienst d ON d."casusId" = ca.id WHERE d.startdatum <= ca.e),
  ov AS MATERIALIZED (
    SELECT ca.p, ca.g, o.partij, o.hulp, count(*) AS n
    FROM ca JOIN overdracht o ON o."casusId" = ca.id AND o.datum <= ca.e
      JOIN overdracht_betrokkene ob ON ob."overdrachtId" = o.id
    WHERE ca.eind BETWEEN ca.s AND ca.e GROUP BY 1, 2, 3, 4)
  SELECT p, 'kern:' || k AS d, '' AS k, n FROM (
    SELECT p, count(*) AS actieve_casussen, count(*) FILTER (WHERE b >= s) AS casussen_gestart,
           count(*) FILTER (WHERE eind <= e) AS casussen_gesloten FROM ca GROUP BY p) x,
    LATERAL (VALUES ('actieve_casussen', actieve_casussen), ('casussen_gestart', casussen_gestart),
                    ('casussen_gesloten', casussen_gesloten)) v(k, n)
  UNION ALL SELECT p, 'kern:' || CASE soort WHEN 'O' THEN 'onderzoek' ELSE 'vv' END || '_' || k, '', n FROM (
    SELECT p, soort, count(*) FILTER (WHERE NOT (af AND de < s)) AS actief, count(*) FILTER (WHERE ds >= s) AS gestart,
           count(*) FILTER (WHERE af AND de >= s) AS gesloten FROM cd GROUP BY p, soort) x,
    LATERAL (VALUES ('actief', actief), ('gestart', gestart), ('gesloten', gesloten)) v(k, n)
  UNION ALL SELECT p, 'kern:overdrachten', '', sum(n)::bigint FROM ov GROUP BY p
  UNION ALL SELECT p, 'gem:casussen_gestart', g, count(*) FROM ca WHERE b >= s GROUP BY p, g
  UNION ALL SELECT p, CASE soort WHEN 'O' THEN 'gem:onderzoeken_gestart' ELSE 'gem:vv_gestart' END, g, count(*)
    FROM cd WHERE ds >= s GROUP BY 1, 2, 3
  UNION ALL SELECT p, 'gem:overdrachten', g, sum(n)::bigint FROM ov GROUP BY p, g
  UNION ALL SELECT p, 'partij', partij, sum(n)::bigint FROM ov WHERE ${inGemeente(g)} GROUP BY p, partij
  UNION ALL SELECT p, 'hulp', hulp, sum(n)::bigint FROM ov WHERE ${inGemeente(g)} GROUP BY p, hulp
  UNION ALL SELECT p, 'hermelding', CASE WHEN hermelding THEN 'ja' ELSE 'nee' END, count(*) FROM ca
    WHERE b >= s AND ${inGemeente(g)} GROUP BY 1, 3
  UNION ALL SELECT ca.p, 'caseload', COALESCE(u."displayName", 'Nog geen casemanager'), count(*)
    FROM ca LEFT JOIN app_user u ON u.id = ca.cm WHERE (ca.eind IS NULL OR ca.eind > ca.e) AND ${inGemeente(g)}
    GROUP BY 1, 3`;

/** Definitieve veiligheidsbeoordelingen dated in the period (of a melding not withdrawn): taxatie, inhoud and the
 * doorlooptijd melding → beoordeling (median, 90th percentile, number; key "p50"/"p90"/"n"). */
const beoordelingen = (nu: Periode, toen: Periode, g: string | null) => Prisma.sql`
  WITH ${perioden(nu, toen)},
  vb AS MATERIALIZED (
    SELECT per.p, v.taxatie, v.inhoud, (v.datum - m."datumMelding") AS dagen
    FROM per JOIN veiligheidsbeoordeling v ON v.datum BETWEEN per.s AND per.e AND v."vastgesteldOp" IS NOT NULL
      JOIN melding m ON m.id = v."meldingId" AND m."ingetrokkenOp" IS NULL ${vanGemeente(Prisma.sql`v."casusId"`, g)})
  SELECT p, 'taxatie' AS d, taxatie AS k, count(*)::float8 AS n FROM vb GROUP BY 1, 3
  UNION ALL SELECT p, 'inhoud', inhoud, count(*) FROM vb GROUP BY 1, 3
  UNION ALL SELECT p, 'doorloop:beoordeling', k, n FROM (
    SELECT p, percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) AS p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) AS p90, count(*)::float8 AS aantal FROM vb GROUP BY p) x,
    LATERAL (VALUES ('p50', p50), ('p90', p90), ('n', aantal)) v(k, n)`;

/** Diensten afgesloten in the period: the uitkomst of each Onderzoek per vorm (1–5, the digit of list H, key
 * "vorm:digit"), and the doorlooptijd of Onderzoek and Voorwaarden en Vervolg from start to end. */
const diensten = (nu: Periode, toen: Periode, g: string | null) => Prisma.sql`
  WITH ${perioden(nu, toen)},
  da AS MATERIALIZED (
    SELECT per.p, d.soort, d."uitkomstOnderzoek" AS u, (d.einddatum - d.startdatum) AS dagen
    FROM per JOIN dienst d ON d.einddatum BETWEEN per.s AND per.e AND d.status = 'AFGESLOTEN'
      ${vanGemeente(Prisma.sql`d."casusId"`, g)})
  SELECT p, 'uitkomst' AS d, i || ':' || substr(u, i, 1) AS k, count(*)::float8 AS n
    FROM da, generate_series(1, 5) i WHERE soort = 'O' AND substr(u, i, 1) <> '0' GROUP BY 1, 3
  UNION ALL SELECT p, 'doorloop:' || CASE soort WHEN 'O' THEN 'onderzoek' ELSE 'vv' END, k, n FROM (
    SELECT p, soort, percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) AS p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) AS p90, count(*)::float8 AS aantal FROM da GROUP BY p, soort) x,
    LATERAL (VALUES ('p50', p50), ('p90', p90), ('n', aantal)) v(k, n)`;

/** Adviezen gestart: the kerncijfer, per adviesvrager (of the gemeente) and per gemeente (the advies's own). */
const adviezen = (nu: Periode, toen: Periode, g: string | null) => Prisma.sql`
  WITH ${perioden(nu, toen)},
  ap AS MATERIALIZED (
    SELECT per.p, COALESCE(a.gemeentecode, '0000') AS g,
           CASE WHEN a."functieRol" ~ '^0[1-9]$' THEN 'burger' ELSE a.organisatie END AS vrager
    FROM per JOIN advies a ON a.startdatum BETWEEN per.s AND per.e)
  SELECT p, 'kern:gestarte_adviezen' AS d, '' AS k, count(*) AS n FROM ap GROUP BY p
  UNION ALL SELECT p, 'gem:adviezen', g, count(*) FROM ap GROUP BY p, g
  UNION ALL SELECT p, 'adviesvrager', vrager, count(*) FROM ap WHERE ${inGemeente(g)} GROUP BY p, vrager`;

/** Families (casussen) with a monitoringsmoment in the period, per gemeente. */
const monitoring = (nu: Periode, toen: Periode) => Prisma.sql`
  WITH ${perioden(nu, toen)}
  SELECT per.p, 'gem:monitoring' AS d, COALESCE(c.gemeentecode, '0000') AS k, count(DISTINCT c.id) AS n
  FROM per JOIN monitoringsmoment t ON t.datum BETWEEN per.s AND per.e JOIN casus c ON c.id = t."casusId" GROUP BY 1, 3`;

const PASSEN = { meldingen, betrokkenen, casussen, beoordelingen, diensten, adviezen, monitoring };
export type Onderdeel = keyof typeof PASSEN;
export const ALLE_ONDERDELEN = Object.keys(PASSEN) as Onderdeel[];
/** The passes costliest first (national scale, a half year), so that two lanes end close together. */
const KOSTEN: Onderdeel[] = [
  "casussen",
  "meldingen",
  "beoordelingen",
  "betrokkenen",
  "monitoring",
  "adviezen",
  "diensten",
];

/** Every count of the chosen parts, for the period and the previous one: on two connections reading one snapshot
 * where PostgreSQL allows (banen.ts), else one after another in the caller's transaction. */
export async function tellingen(
  tx: Tx,
  nu: Periode,
  toen: Periode,
  g: string | null,
  onderdelen: Onderdeel[] = ALLE_ONDERDELEN,
): Promise<Tellingen> {
  const t: Tellingen = [new Map(), new Map()];
  const statements = KOSTEN.filter((o) => onderdelen.includes(o)).map((o) => PASSEN[o](nu, toen, g));
  const rijen = await opTweeBanen<Rij>(statements);
  if (rijen) for (const r of rijen) voegToe(t, r);
  else for (const s of statements) voegToe(t, await tx.$queryRaw<Rij[]>(s));
  return t;
}

/** Doorlooptijden in days, median and 90th percentile, from the passes "beoordelingen" and "diensten": melding →
 * definitieve beoordeling (dated in the period), and Onderzoek / Voorwaarden en Vervolg from start to end (closed in
 * the period). */
export function doorlooptijden(t: Map<string, Telling>) {
  const rond = (x: number | undefined) => (x === undefined ? null : Math.round(x * 10) / 10);
  const w = (naam: string) => {
    const r = t.get(`doorloop:${naam}`);
    return { mediaan: rond(r?.get("p50")), p90: rond(r?.get("p90")), aantal: r?.get("n") ?? 0 };
  };
  return { beoordeling: w("beoordeling"), onderzoek: w("onderzoek"), vv: w("vv") };
}
export type Doorlooptijden = ReturnType<typeof doorlooptijden>;

export const GEMEENTE_TELLINGEN = [
  "adviezen",
  "meldingen",
  "casussen_gestart",
  "onderzoeken_gestart",
  "vv_gestart",
  "overdrachten",
  "monitoring",
] as const;
type GemeenteTelling = (typeof GEMEENTE_TELLINGEN)[number];
export type GemeenteRij = { gemeentecode: string } & Record<GemeenteTelling, number>;

/** Per gemeente the counts a municipal letter uses, from the passes' "gem:" counts (of one period). */
export function perGemeente(t: Map<string, Telling>, g: string | null): GemeenteRij[] {
  const codes = new Set(GEMEENTE_TELLINGEN.flatMap((w) => [...(t.get(`gem:${w}`)?.keys() ?? [])]));
  return [...codes]
    .filter((c) => !g || c === g)
    .sort()
    .map((c) => {
      const rij = { gemeentecode: c } as GemeenteRij;
      for (const w of GEMEENTE_TELLINGEN) rij[w] = t.get(`gem:${w}`)?.get(c) ?? 0;
      return rij;
    });
}
