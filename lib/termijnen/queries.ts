// The team lead's deadline figures for a period, counted by the database over every row, and the four lists of
// overdue items, paged. The beoordeling deadline (5 werkdagen, feestdagen) stays defined once in TypeScript:
// the query gets it as a table of (datum melding, deadline) for the dates involved. Onderzoek deadlines are
// calendar days. The page's rows are turned into items by the same compute functions (lib/termijnen/compute.ts),
// which the integration test also applies to all rows to check the database's counts. Audited as one READ.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope, casusScopeSql } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { compareDates, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { beoordelingDeadline, ONDERZOEK_TERMIJN_DAGEN } from "@/lib/domain/werkdagen";
import { now } from "@/lib/domain/clock";
import { deadlineTabel } from "./deadline-tabel";
import { informerenCijfer, terugkoppelingCijfer, type OpvolgingCijfer } from "@/lib/opvolging/termijnen";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import {
  computeBeoordelingen,
  computeOnderzoeken,
  NORM_BEOORDELING,
  NORM_ONDERZOEK,
  type TermijnItem,
} from "./compute";

export type TermijnCijfer = {
  n: number;
  opTijd: number;
  percentage: number | null;
  norm: number;
  teLaat: Lijst<TermijnItem>;
  open: Lijst<TermijnItem>;
};
export type TermijnenOverzicht = {
  van: string;
  tot: string;
  vandaag: string;
  beoordelingen: TermijnCijfer;
  /** Acute meldingen of the period with a final beoordeling: recorded within 24 hours of the melding's registration. */
  acuut: { n: number; opTijd: number; percentage: number | null };
  onderzoeken: TermijnCijfer;
  terugkoppeling: OpvolgingCijfer;
  informeren: OpvolgingCijfer;
};

type LijstSoort = "beoordelingOpen" | "beoordelingLaat" | "onderzoekOpen" | "onderzoekLaat";
const lijstDef = (prefix: string) =>
  ({ prefix, sorteringen: [{ waarde: "termijn", label: "Termijn (oudste eerst)" }], filters: {} }) satisfies LijstDef;
export const TERMIJN_LIJSTEN: Record<LijstSoort, LijstDef> = {
  beoordelingOpen: lijstDef("bo"),
  beoordelingLaat: lijstDef("bl"),
  onderzoekOpen: lijstDef("oo"),
  onderzoekLaat: lijstDef("ol"),
};

const pct = (a: number, n: number) => (n === 0 ? null : Math.round((a / n) * 1000) / 10);

type Periode = { van: Date; tot: Date; today: Date };

/** The beoordeling deadline of a melding row: the table's 5 werkdagen, the same day when acute (lib/domain/werkdagen.ts). */
const DEADLINE = Prisma.sql`(CASE WHEN m.acuut THEN m."datumMelding" ELSE t.deadline END)`;

/** The melding conditions of the beoordeling figure and lists (aliases m, b, c, t). */
function beoordelingSql(p: Periode) {
  const inPeriode = Prisma.sql`m."datumMelding" BETWEEN ${p.van}::date AND ${p.tot}::date`;
  return {
    definitief: Prisma.sql`b."vastgesteldOp" IS NOT NULL AND ${inPeriode}`,
    laat: Prisma.sql`b."vastgesteldOp" IS NOT NULL AND ${inPeriode} AND b.datum > ${DEADLINE}`,
    open: Prisma.sql`c.einddatum IS NULL AND m."ingetrokkenOp" IS NULL AND m."datumMelding" <= ${p.tot}::date
      AND m."beoordelingOpen"
      AND ((b.id IS NULL AND ${DEADLINE} < ${p.today}::date) OR (b.id IS NOT NULL AND b.datum > ${DEADLINE}))`,
  };
}

function onderzoekSql(p: Periode) {
  const deadline = Prisma.sql`(b.datum + ${ONDERZOEK_TERMIJN_DAGEN}::int)`;
  const afgesloten = Prisma.sql`d.status = 'AFGESLOTEN' AND d.einddatum BETWEEN ${p.van}::date AND ${p.tot}::date`;
  return {
    definitief: afgesloten,
    laat: Prisma.sql`${afgesloten} AND d.einddatum > ${deadline}`,
    open: Prisma.sql`d.status <> 'AFGESLOTEN' AND d.startdatum <= ${p.tot}::date
      AND ((d.einddatum IS NULL AND ${deadline} < ${p.today}::date) OR d.einddatum > ${deadline})`,
    deadline,
  };
}

async function vroegsteOpenMelding(tx: Tx, p: Periode): Promise<Date> {
  const [r] = await tx.$queryRaw<{ d: Date | null }[]>(Prisma.sql`
    SELECT min(m."datumMelding") AS d FROM melding m JOIN casus c ON c.id = m."casusId"
    WHERE c.einddatum IS NULL AND m."ingetrokkenOp" IS NULL AND m."beoordelingOpen"`);
  return r.d && compareDates(r.d, p.van) < 0 ? r.d : p.van;
}

/** One page of a list: its total and the ids of the page's rows, in deadline order. */
async function pageIds(
  tx: Tx,
  soort: LijstSoort,
  sp: Zoekparams,
  query: (cols: Prisma.Sql, rest?: Prisma.Sql) => Prisma.Sql,
  id: Prisma.Sql,
  order: Prisma.Sql,
) {
  const params = parseLijstParams(TERMIJN_LIJSTEN[soort], sp);
  const [{ totaal }] = await tx.$queryRaw<{ totaal: number }[]>(query(Prisma.sql`count(*)::int AS totaal`));
  const pagina = paginaVan(params, totaal);
  const rows = await tx.$queryRaw<{ id: number }[]>(
    query(Prisma.sql`${id} AS id`, Prisma.sql`ORDER BY ${order} LIMIT ${pagina.take} OFFSET ${pagina.skip}`),
  );
  return { params, pagina, ids: rows.map((r) => r.id) };
}

async function beoordelingen(tx: Tx, user: Actor, p: Periode, sp: Zoekparams): Promise<TermijnCijfer> {
  const sql = beoordelingSql(p);
  const t = deadlineTabel(await vroegsteOpenMelding(tx, p), p.tot, (d) => beoordelingDeadline(d));
  const q = (cols: Prisma.Sql, where: Prisma.Sql, rest: Prisma.Sql = Prisma.empty) => Prisma.sql`WITH t AS (${t})
    SELECT ${cols} FROM melding m JOIN casus c ON c.id = m."casusId"
    LEFT JOIN veiligheidsbeoordeling b ON b."meldingId" = m.id JOIN t ON t.d = m."datumMelding"
    WHERE ${casusScopeSql(user)} AND ${where} ${rest}`;
  const [cijfer] = await tx.$queryRaw<{ n: number; opTijd: number }[]>(
    q(Prisma.sql`count(*)::int AS n, count(*) FILTER (WHERE b.datum <= ${DEADLINE})::int AS "opTijd"`, sql.definitief),
  );
  const lijst = async (soort: LijstSoort, where: Prisma.Sql) => {
    const { params, pagina, ids } = await pageIds(
      tx,
      soort,
      sp,
      (cols, rest) => q(cols, where, rest),
      Prisma.sql`m.id`,
      Prisma.sql`${DEADLINE}, m.nummer`,
    );
    const rows = await tx.melding.findMany({
      where: { id: { in: ids }, casus: casusScope(user) },
      select: {
        nummer: true,
        datumMelding: true,
        acuut: true,
        casus: { select: { nummer: true } },
        behandelaar: { select: { displayName: true } },
        beoordeling: { select: { datum: true, vastgesteldOp: true } },
      },
    });
    const f = computeBeoordelingen(
      rows.map((m) => ({
        meldingNummer: m.nummer,
        casusNummer: m.casus.nummer,
        datumMelding: m.datumMelding,
        acuut: m.acuut,
        wie: m.behandelaar?.displayName ?? null,
        beoordeling: m.beoordeling
          ? { datum: m.beoordeling.datum, definitief: m.beoordeling.vastgesteldOp !== null }
          : null,
      })),
      p.van,
      p.tot,
      p.today,
    );
    return { rijen: soort === "beoordelingOpen" ? f.open : f.teLaat, pagina, params };
  };
  return {
    ...cijfer,
    percentage: pct(cijfer.opTijd, cijfer.n),
    norm: NORM_BEOORDELING,
    open: await lijst("beoordelingOpen", sql.open),
    teLaat: await lijst("beoordelingLaat", sql.laat),
  };
}

/** The acute share: the beoordeling recorded (createdAt) within 24 hours of the melding's registration. */
async function acuut(tx: Tx, user: Actor, p: Periode): Promise<TermijnenOverzicht["acuut"]> {
  const [r] = await tx.$queryRaw<{ n: number; opTijd: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n,
      count(*) FILTER (WHERE b."createdAt" <= m."createdAt" + interval '24 hours')::int AS "opTijd"
    FROM melding m JOIN casus c ON c.id = m."casusId" JOIN veiligheidsbeoordeling b ON b."meldingId" = m.id
    WHERE ${casusScopeSql(user)} AND m.acuut AND m."ingetrokkenOp" IS NULL AND b."vastgesteldOp" IS NOT NULL
      AND m."datumMelding" BETWEEN ${p.van}::date AND ${p.tot}::date`);
  return { ...r, percentage: pct(r.opTijd, r.n) };
}

async function onderzoeken(tx: Tx, user: Actor, p: Periode, sp: Zoekparams): Promise<TermijnCijfer> {
  const sql = onderzoekSql(p);
  const q = (cols: Prisma.Sql, where: Prisma.Sql, rest: Prisma.Sql = Prisma.empty) => Prisma.sql`SELECT ${cols}
    FROM dienst d JOIN casus c ON c.id = d."casusId" JOIN veiligheidsbeoordeling b ON b.id = d."beoordelingId"
    WHERE d.soort = 'O' AND ${casusScopeSql(user)} AND ${where} ${rest}`;
  const [cijfer] = await tx.$queryRaw<{ n: number; opTijd: number }[]>(
    q(
      Prisma.sql`count(*)::int AS n, count(*) FILTER (WHERE d.einddatum <= ${sql.deadline})::int AS "opTijd"`,
      sql.definitief,
    ),
  );
  const lijst = async (soort: LijstSoort, where: Prisma.Sql) => {
    const { params, pagina, ids } = await pageIds(
      tx,
      soort,
      sp,
      (cols, rest) => q(cols, where, rest),
      Prisma.sql`d.id`,
      Prisma.sql`${sql.deadline}, d.nummer`,
    );
    const rows = await tx.dienst.findMany({
      where: { id: { in: ids }, casus: casusScope(user) },
      select: {
        nummer: true,
        startdatum: true,
        einddatum: true,
        status: true,
        beoordeling: { select: { datum: true } },
        casus: { select: { nummer: true, casemanager: { select: { displayName: true } } } },
      },
    });
    const f = computeOnderzoeken(
      rows.map((d) => ({
        dienstNummer: d.nummer,
        casusNummer: d.casus.nummer,
        startdatum: d.startdatum,
        einddatum: d.einddatum,
        afgesloten: d.status === "AFGESLOTEN",
        beoordelingDatum: d.beoordeling.datum,
        wie: d.casus.casemanager?.displayName ?? null,
      })),
      p.van,
      p.tot,
      p.today,
    );
    return { rijen: soort === "onderzoekOpen" ? f.open : f.teLaat, pagina, params };
  };
  return {
    ...cijfer,
    percentage: pct(cijfer.opTijd, cijfer.n),
    norm: NORM_ONDERZOEK,
    open: await lijst("onderzoekOpen", sql.open),
    teLaat: await lijst("onderzoekLaat", sql.laat),
  };
}

export async function getTermijnen(
  user: Actor,
  periode: { van: Date; tot: Date },
  at = now(),
  sp: Zoekparams = {},
): Promise<TermijnenOverzicht> {
  const p = { ...periode, today: todayInAmsterdam(at) };
  return auditedRead(
    user,
    { permission: "termijnen:view", resource: { type: "termijnen" } },
    async (tx) => ({
      van: toIsoDate(p.van),
      tot: toIsoDate(p.tot),
      vandaag: toIsoDate(p.today),
      beoordelingen: await beoordelingen(tx, user, p, sp),
      acuut: await acuut(tx, user, p),
      onderzoeken: await onderzoeken(tx, user, p, sp),
      terugkoppeling: await terugkoppelingCijfer(tx, user, p, sp),
      informeren: await informerenCijfer(tx, user, p, sp),
    }),
    (r) => ({
      entityType: "termijnen",
      detail: `period ${r.van}..${r.tot}; beoordelingen ${r.beoordelingen.n}; onderzoeken ${r.onderzoeken.n}`,
    }),
  );
}
