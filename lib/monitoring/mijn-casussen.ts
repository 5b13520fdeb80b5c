// "Mijn casussen": the open casussen assigned to a case manager with their stage, next deadline (an open
// Onderzoek's 10-week deadline or the next monitoring date) and last veiligheidsscore. One Prisma query for the
// list (its relations are fetched per relation, not per casus), one for gemeente names, one for the interval.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import type { Prisma } from "@/generated/prisma/client";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import {
  awaitsDienst,
  deriveStage,
  getStageLabel,
  type CasusSnapshot,
  type CasusStage,
} from "@/lib/domain/casus-state";
import { formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import { datumTermijn, onderzoekTermijn, type Termijn } from "@/lib/domain/termijn";
import { loadMonitoringInterval } from "./interval";
import { nextMonitoringDate } from "./next-date";

export type MijnCasus = {
  casusnummer: string;
  gemeente: string;
  stage: CasusStage;
  fase: string;
  /** What needs the case manager's attention beside the deadline, in words (e.g. a dienst still to start). */
  aandacht: string | null;
  termijn: (Termijn & { soort: "onderzoek" | "monitoring"; href: string; label: string }) | null;
  laatsteScore: { score: number; datum: string } | null;
};

const ROW_SELECT = {
  ...SNAPSHOT_SELECT,
  id: true,
  nummer: true,
  gemeentecode: true,
  diensten: {
    select: {
      ...SNAPSHOT_SELECT.diensten.select,
      nummer: true,
      beoordeling: { select: { meldingId: true, datum: true } },
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

export async function listMijnCasussen(user: Actor): Promise<MijnCasus[]> {
  const today = todayInAmsterdam();
  const rows = await auditedRead(
    user,
    { permission: "mijn-casussen:view" },
    async (tx) => {
      const casussen: Row[] = await tx.casus.findMany({
        where: { ...casusScope(user), casemanagerId: user.id, einddatum: null },
        orderBy: { begindatum: "asc" },
        select: ROW_SELECT,
      });
      const codes = [...new Set(casussen.map((c) => c.gemeentecode).filter((x): x is string => x !== null))];
      const gemeenten =
        codes.length > 0
          ? await tx.gemeente.findMany({
              where: { code: { in: codes } },
              orderBy: { jaar: "desc" },
              select: { code: true, naam: true },
            })
          : [];
      const interval = await loadMonitoringInterval(tx);
      return casussen.map((c) => ({
        c,
        gemeente:
          gemeenten.find((g) => g.code === c.gemeentecode)?.naam ??
          (c.gemeentecode ? `Gemeente ${c.gemeentecode}` : "Onbekend"),
        interval,
      }));
    },
    (rows) => listEvents("casus", rows, ({ c }) => ({ entityId: c.id, casusId: c.id })),
  );

  const list = rows.map(({ c, gemeente, interval }): MijnCasus => {
    const snapshot = toCasusSnapshot(c);
    const stage = deriveStage(snapshot);
    const laatste = c.monitoringsmomenten[0];
    return {
      casusnummer: c.nummer,
      gemeente,
      stage,
      fase: getStageLabel(stage),
      aandacht: describeAandacht(c, snapshot),
      termijn: nextTermijn(c, interval, today),
      laatsteScore: laatste ? { score: laatste.veiligheidsscore, datum: formatDatumNl(laatste.datum) } : null,
    };
  });
  // Most urgent first; casussen without a deadline last, by casusnummer.
  return list.sort(
    (a, b) =>
      (a.termijn?.dagen ?? Infinity) - (b.termijn?.dagen ?? Infinity) || a.casusnummer.localeCompare(b.casusnummer),
  );
}
