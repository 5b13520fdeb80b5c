// "Mijn casussen": the open casussen assigned to a case manager with their stage, next deadline (an open
// Onderzoek's 10-week deadline, informing a betrokkene (4 weeks, + 2 per extension) or the next monitoring date)
// and last veiligheidsscore. One Prisma query for the
// list (its relations are fetched per relation, not per casus), one for gemeente names, one for the interval.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { casusScope, casusScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { INFORMEREN_TERMIJN_DAGEN, INFORMEREN_VERLENGING_DAGEN, ONDERZOEK_TERMIJN_DAGEN } from "@/lib/domain/werkdagen";
import { now } from "@/lib/domain/clock";
import {
  paginaVan,
  parseLijstParams,
  type Lijst,
  type LijstDef,
  type LijstParams,
  type Zoekparams,
} from "@/lib/lijst/params";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import {
  awaitsDienst,
  deriveStage,
  getStageLabel,
  type CasusSnapshot,
  type CasusStage,
} from "@/lib/domain/casus-state";
import { addDays, formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import { datumTermijn, informerenTermijn, onderzoekTermijn, type Termijn } from "@/lib/domain/termijn";
import { FAMILIE_SELECT, familienaam } from "@/lib/casus/naam";
import { loadMonitoringInterval } from "./interval";
import { nextMonitoringDate } from "./next-date";

export type MijnCasus = {
  casusnummer: string;
  /** Achternaam of betrokkene 1 of the casus. */
  familie: string | null;
  gemeente: string;
  stage: CasusStage;
  fase: string;
  /** What needs the case manager's attention beside the deadline, in words (e.g. a dienst still to start). */
  aandacht: string | null;
  termijn: (Termijn & { soort: "onderzoek" | "informeren" | "monitoring"; href: string; label: string }) | null;
  laatsteScore: { score: number; datum: string } | null;
};

const ROW_SELECT = {
  ...SNAPSHOT_SELECT,
  id: true,
  nummer: true,
  gemeentecode: true,
  ...FAMILIE_SELECT,
  diensten: {
    select: {
      ...SNAPSHOT_SELECT.diensten.select,
      nummer: true,
      beoordeling: { select: { meldingId: true, datum: true } },
    },
  },
  meldingen: {
    ...SNAPSHOT_SELECT.meldingen,
    select: {
      ...SNAPSHOT_SELECT.meldingen.select,
      nummer: true,
      betrokkenen: {
        where: { geinformeerdOp: null, nietGeinformeerd: null },
        select: { informerenVerlengd: true },
      },
    },
  },
  overdrachten: { select: { ...SNAPSHOT_SELECT.overdrachten.select, datum: true } },
  monitoringsmomenten: {
    orderBy: [{ datum: "desc" }, { id: "desc" }],
    take: 1,
    select: { datum: true, veiligheidsscore: true },
  },
} satisfies Prisma.CasusSelect;
type Row = Prisma.CasusGetPayload<{ select: typeof ROW_SELECT }>;

function describeAandacht(c: Row, s: CasusSnapshot): string | null {
  if (c.diensten.some((d) => d.status === "AFSLUITING_VOORGESTELD")) return "Afsluiting dienst wacht op bevestiging";
  return s.meldingen.some((m) => awaitsDienst(s, m)) ? "Nog geen dienst gestart na de veiligheidsbeoordeling" : null;
}

function nextTermijn(c: Row, interval: number, today: Date): MijnCasus["termijn"] {
  const kandidaten: NonNullable<MijnCasus["termijn"]>[] = [];
  for (const d of c.diensten) {
    if (d.soort !== "O" || d.status !== "LOPEND") continue;
    kandidaten.push({
      ...onderzoekTermijn(d.beoordeling.datum, null, today),
      soort: "onderzoek",
      label: `Onderzoek ${d.nummer}`,
      href: `/casussen/${c.nummer}/diensten/${d.nummer}`,
    });
  }
  for (const m of c.meldingen) {
    if (m.betrokkenen.length === 0) continue;
    kandidaten.push({
      ...informerenTermijn(m.datumMelding, null, today, Math.min(...m.betrokkenen.map((b) => b.informerenVerlengd))),
      soort: "informeren",
      label: `Informeren betrokkenen ${m.nummer}`,
      href: `/meldingen/${m.nummer}`,
    });
  }
  const volgende = nextMonitoringDate({
    monitoringData: c.monitoringsmomenten.map((m) => m.datum),
    overdrachtData: c.overdrachten.map((o) => o.datum),
    intervalDagen: interval,
    gesloten: c.einddatum !== null,
  });
  if (volgende)
    kandidaten.push({
      ...datumTermijn(volgende, null, today),
      soort: "monitoring",
      label: "Monitoring",
      href: `/casussen/${c.nummer}/monitoring`,
    });
  return kandidaten.sort((a, b) => a.dagen - b.dagen)[0] ?? null;
}

export const MIJN_CASUSSEN = {
  sorteringen: [
    { waarde: "termijn", label: "Volgende termijn (dringendste eerst)" },
    { waarde: "nummer", label: "Casusnummer" },
    { waarde: "oudste", label: "Begindatum (oudste eerst)" },
  ],
  filters: {
    termijn: {
      label: "Termijn",
      keuzes: [
        { waarde: "alle", label: "Alle" },
        { waarde: "verstreken", label: "Verlopen" },
        { waarde: "14-dagen", label: "Binnen 14 dagen" },
        { waarde: "geen", label: "Geen termijn" },
      ],
    },
  },
} satisfies LijstDef;

const ORDER_SQL: Record<string, Prisma.Sql> = {
  termijn: Prisma.sql`urgentie ASC NULLS LAST, nummer ASC`,
  nummer: Prisma.sql`nummer ASC`,
  oudste: Prisma.sql`begindatum ASC, nummer ASC`,
};

/**
 * The ids of one page of the case manager's open casussen, in the order of the chosen sort, with the total. The
 * urgency is the date of the nearest deadline nextTermijn shows (an open Onderzoek's deadline, informing the
 * betrokkenen of a melding, the next monitoring date) computed by the database for every casus, so ordering and filtering cover all rows;
 * mijn-casussen.int.test.ts holds the SQL to nextTermijn.
 */
async function pageIds(tx: Tx, user: Actor, params: LijstParams, interval: number, today: Date) {
  const f = params.filters.termijn;
  const verstreken = Prisma.sql`urgentie < ${today}::date`;
  const filter =
    f === "verstreken"
      ? verstreken
      : f === "14-dagen"
        ? Prisma.sql`urgentie <= ${addDays(today, 14)}::date`
        : f === "geen"
          ? Prisma.sql`urgentie IS NULL`
          : Prisma.sql`TRUE`;
  const lijst = Prisma.sql`
    WITH mijn AS (
      SELECT c.id, c.nummer, c.begindatum,
        LEAST(
          (SELECT min(b.datum) + ${ONDERZOEK_TERMIJN_DAGEN}::int FROM dienst d JOIN veiligheidsbeoordeling b ON b.id = d."beoordelingId"
            WHERE d."casusId" = c.id AND d.soort = 'O' AND d.status = 'LOPEND'),
          (SELECT min(m."datumMelding" + (${INFORMEREN_TERMIJN_DAGEN}::int + ${INFORMEREN_VERLENGING_DAGEN}::int * mb."informerenVerlengd"))
            FROM melding m JOIN melding_betrokkene mb ON mb."meldingId" = m.id
            WHERE m."casusId" = c.id AND m."ingetrokkenOp" IS NULL
              AND mb."geinformeerdOp" IS NULL AND mb."nietGeinformeerd" IS NULL),
          CASE WHEN EXISTS (SELECT 1 FROM overdracht o WHERE o."casusId" = c.id) THEN
            COALESCE((SELECT max(m.datum) FROM monitoringsmoment m WHERE m."casusId" = c.id),
                     (SELECT max(o.datum) FROM overdracht o WHERE o."casusId" = c.id)) + ${interval}::int
          END
        ) AS urgentie
      FROM casus c WHERE c."casemanagerId" = ${user.id} AND c.einddatum IS NULL AND ${casusScopeSql(user)})`;
  const [telling] = await tx.$queryRaw<{ totaal: number; verstreken: number }[]>(
    Prisma.sql`${lijst} SELECT count(*) FILTER (WHERE ${filter})::int AS totaal,
      count(*) FILTER (WHERE ${verstreken})::int AS verstreken FROM mijn`,
  );
  const pagina = paginaVan(params, telling.totaal);
  const rows = await tx.$queryRaw<{ id: number }[]>(
    Prisma.sql`${lijst} SELECT id FROM mijn WHERE ${filter}
      ORDER BY ${ORDER_SQL[params.sortering]} LIMIT ${pagina.take} OFFSET ${pagina.skip}`,
  );
  return { ids: rows.map((r) => r.id), pagina, verstreken: telling.verstreken };
}

export type MijnCasussen = Lijst<MijnCasus> & { verstreken: number };

export async function listMijnCasussen(user: Actor, sp: Zoekparams = {}, at = now()): Promise<MijnCasussen> {
  const today = todayInAmsterdam(at);
  const params = parseLijstParams(MIJN_CASUSSEN, sp);
  const { rows, pagina, verstreken } = await auditedRead(
    user,
    { permission: "mijn-casussen:view" },
    async (tx) => {
      const interval = await loadMonitoringInterval(tx);
      const { ids, pagina, verstreken } = await pageIds(tx, user, params, interval, today);
      const casussen: Row[] = await tx.casus.findMany({
        where: { ...casusScope(user), casemanagerId: user.id, einddatum: null, id: { in: ids } },
        select: ROW_SELECT,
      });
      const volgorde = new Map(ids.map((id, i) => [id, i]));
      casussen.sort((a, b) => volgorde.get(a.id)! - volgorde.get(b.id)!);
      const codes = [...new Set(casussen.map((c) => c.gemeentecode).filter((x): x is string => x !== null))];
      const gemeenten =
        codes.length > 0
          ? await tx.gemeente.findMany({
              where: { code: { in: codes } },
              orderBy: { jaar: "desc" },
              select: { code: true, naam: true },
            })
          : [];
      return {
        pagina,
        verstreken,
        rows: casussen.map((c) => ({
          c,
          gemeente:
            gemeenten.find((g) => g.code === c.gemeentecode)?.naam ??
            (c.gemeentecode ? `Gemeente ${c.gemeentecode}` : "Onbekend"),
          interval,
        })),
      };
    },
    (r) =>
      r.rows.length > 0
        ? listEvents("casus", r.rows, ({ c }) => ({ entityId: c.id, casusId: c.id }))
        : { entityType: "mijn-casussen", detail: `0 of ${r.pagina.totaal}` },
  );

  const rijen = rows.map(({ c, gemeente, interval }): MijnCasus => {
    const snapshot = toCasusSnapshot(c);
    const stage = deriveStage(snapshot);
    const laatste = c.monitoringsmomenten[0];
    return {
      casusnummer: c.nummer,
      familie: familienaam(c),
      gemeente,
      stage,
      fase: getStageLabel(stage),
      aandacht: describeAandacht(c, snapshot),
      termijn: nextTermijn(c, interval, today),
      laatsteScore: laatste ? { score: laatste.veiligheidsscore, datum: formatDatumNl(laatste.datum) } : null,
    };
  });
  return { rijen, pagina, params, verstreken };
}
