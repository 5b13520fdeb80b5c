// Terugkoppeling and informeren on the Termijnen page: for the meldingen of the period, how many were recorded on
// time, and the ones still open past their deadline (paged). Counted by the database; the terugkoppeling deadline
// (werkdagen) comes from the one TypeScript definition as a (datum, deadline) table, like the beoordeling's.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { casusScopeSql } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { formatNaam } from "@/lib/casus/naam";
import { diffDays, toIsoDate } from "@/lib/domain/dates";
import {
  countWerkdagenBetween,
  INFORMEREN_TERMIJN_DAGEN,
  INFORMEREN_VERLENGING_DAGEN,
  informerenDeadline,
  terugkoppelingDeadline,
} from "@/lib/domain/werkdagen";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import type { TermijnItem } from "@/lib/termijnen/compute";
import { loadTerugkoppelingWerkdagen } from "./queries";
import { deadlineTabel } from "@/lib/termijnen/deadline-tabel";

export type OpvolgingCijfer = { n: number; opTijd: number; percentage: number | null; open: Lijst<TermijnItem> };
type Periode = { van: Date; tot: Date; today: Date };

const lijstDef = (prefix: string) =>
  ({ prefix, sorteringen: [{ waarde: "termijn", label: "Termijn (oudste eerst)" }], filters: {} }) satisfies LijstDef;
export const OPVOLGING_LIJSTEN = { terugkoppeling: lijstDef("tk"), informeren: lijstDef("in") };

const pct = (a: number, n: number) => (n === 0 ? null : Math.round((a / n) * 1000) / 10);
const AMS = Prisma.sql`'Europe/Amsterdam'`;

async function gepagineerd<T>(
  tx: Tx,
  def: LijstDef,
  sp: Zoekparams,
  q: (cols: Prisma.Sql, rest?: Prisma.Sql) => Prisma.Sql,
  extra: Prisma.Sql,
  order: Prisma.Sql,
  map: (ids: { id: number; b: number | null }[]) => Promise<T[]>,
): Promise<Lijst<T>> {
  const params = parseLijstParams(def, sp);
  const [{ totaal }] = await tx.$queryRaw<{ totaal: number }[]>(q(Prisma.sql`count(*)::int AS totaal`));
  const pagina = paginaVan(params, totaal);
  const ids = await tx.$queryRaw<{ id: number; b: number | null }[]>(
    q(
      Prisma.sql`m.id AS id, ${extra} AS b`,
      Prisma.sql`ORDER BY ${order}, m.id LIMIT ${pagina.take} OFFSET ${pagina.skip}`,
    ),
  );
  return { rijen: await map(ids), pagina, params };
}

export async function terugkoppelingCijfer(tx: Tx, user: Actor, p: Periode, sp: Zoekparams): Promise<OpvolgingCijfer> {
  const werkdagen = await loadTerugkoppelingWerkdagen(tx);
  const gedaan = Prisma.sql`COALESCE(m."terugkoppelingOp", (m."terugkoppelingVastgelegdOp" AT TIME ZONE ${AMS})::date)`;
  const q = (cols: Prisma.Sql, where: Prisma.Sql, rest: Prisma.Sql = Prisma.empty) => Prisma.sql`
    WITH t AS (${deadlineTabel(p.van, p.today, (d) => terugkoppelingDeadline(d, werkdagen))})
    SELECT ${cols} FROM melding m JOIN casus c ON c.id = m."casusId"
    JOIN veiligheidsbeoordeling b ON b."meldingId" = m.id JOIN t ON t.d = b.datum
    WHERE ${casusScopeSql(user)} AND m."ingetrokkenOp" IS NULL AND b."vastgesteldOp" IS NOT NULL
      AND m."datumMelding" BETWEEN ${p.van}::date AND ${p.tot}::date AND ${where} ${rest}`;
  const vastgelegd = Prisma.sql`(m."terugkoppelingOp" IS NOT NULL OR m."terugkoppelingNietMogelijk" IS NOT NULL)`;
  const [c] = await tx.$queryRaw<{ n: number; opTijd: number }[]>(
    q(Prisma.sql`count(*)::int AS n, count(*) FILTER (WHERE ${gedaan} <= t.deadline)::int AS "opTijd"`, vastgelegd),
  );
  const open = await gepagineerd(
    tx,
    OPVOLGING_LIJSTEN.terugkoppeling,
    sp,
    (cols, rest) => q(cols, Prisma.sql`NOT ${vastgelegd} AND t.deadline < ${p.today}::date`, rest),
    Prisma.sql`NULL::int`,
    Prisma.sql`t.deadline`,
    async (rows) => {
      const ms = await tx.melding.findMany({
        where: { id: { in: rows.map((r) => r.id) } },
        select: {
          id: true,
          nummer: true,
          casus: { select: { nummer: true } },
          behandelaar: { select: { displayName: true } },
          beoordeling: { select: { datum: true } },
        },
      });
      return ms
        .map((m): TermijnItem => {
          const deadline = terugkoppelingDeadline(m.beoordeling!.datum, werkdagen);
          return {
            nummer: m.nummer,
            casusNummer: m.casus.nummer,
            datum: toIsoDate(m.beoordeling!.datum),
            deadline: toIsoDate(deadline),
            afgerond: null,
            overschrijding: countWerkdagenBetween(deadline, p.today),
            status: "Nog geen terugkoppeling",
            wie: m.behandelaar?.displayName ?? null,
          };
        })
        .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.nummer.localeCompare(b.nummer));
    },
  );
  return { ...c, percentage: pct(c.opTijd, c.n), open };
}

export async function informerenCijfer(tx: Tx, user: Actor, p: Periode, sp: Zoekparams): Promise<OpvolgingCijfer> {
  // informerenDeadline in SQL: 4 weeks plus 2 weeks per extension
  const deadline = Prisma.sql`(m."datumMelding" + (${INFORMEREN_TERMIJN_DAGEN}::int + ${INFORMEREN_VERLENGING_DAGEN}::int * mb."informerenVerlengd"))`;
  const gedaan = Prisma.sql`COALESCE(mb."geinformeerdOp", (mb."informeerVastgelegdOp" AT TIME ZONE ${AMS})::date)`;
  const q = (cols: Prisma.Sql, where: Prisma.Sql, rest: Prisma.Sql = Prisma.empty) => Prisma.sql`
    SELECT ${cols} FROM melding_betrokkene mb JOIN melding m ON m.id = mb."meldingId" JOIN casus c ON c.id = m."casusId"
    WHERE ${casusScopeSql(user)} AND m."ingetrokkenOp" IS NULL
      AND m."datumMelding" BETWEEN ${p.van}::date AND ${p.tot}::date AND ${where} ${rest}`;
  const vastgelegd = Prisma.sql`(mb."geinformeerdOp" IS NOT NULL OR mb."nietGeinformeerd" IS NOT NULL)`;
  const [c] = await tx.$queryRaw<{ n: number; opTijd: number }[]>(
    q(Prisma.sql`count(*)::int AS n, count(*) FILTER (WHERE ${gedaan} <= ${deadline})::int AS "opTijd"`, vastgelegd),
  );
  const open = await gepagineerd(
    tx,
    OPVOLGING_LIJSTEN.informeren,
    sp,
    (cols, rest) => q(cols, Prisma.sql`NOT ${vastgelegd} AND ${deadline} < ${p.today}::date`, rest),
    Prisma.sql`mb."betrokkeneId"`,
    Prisma.sql`m."datumMelding", mb."betrokkeneId"`,
    async (rows) => {
      const ms = await tx.meldingBetrokkene.findMany({
        where: { OR: rows.map((r) => ({ meldingId: r.id, betrokkeneId: r.b! })) },
        select: {
          informerenVerlengd: true,
          melding: { select: { nummer: true, datumMelding: true, casus: { select: { nummer: true } } } },
          betrokkene: { select: { persoonsvolgnummer: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
        },
      });
      return ms
        .map((mb): TermijnItem => {
          const dl = informerenDeadline(mb.melding.datumMelding, mb.informerenVerlengd);
          return {
            nummer: mb.melding.nummer,
            casusNummer: mb.melding.casus.nummer,
            datum: toIsoDate(mb.melding.datumMelding),
            deadline: toIsoDate(dl),
            afgerond: null,
            overschrijding: diffDays(dl, p.today),
            status: "Nog niet geïnformeerd",
            wie: formatNaam(mb.betrokkene),
          };
        })
        .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.nummer.localeCompare(b.nummer));
    },
  );
  return { ...c, percentage: pct(c.opTijd, c.n), open };
}
