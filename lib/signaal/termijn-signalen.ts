// The daily deadline signals (run by the job queue, lib/jobs): a deadline due today or on the next working day,
// and a monitoringsmoment due within 7 days. Each signal has a key of its item and deadline, so a second run on
// the same day (or a retry of the job) makes nothing twice. Deadlines come from the one definition in
// lib/domain/werkdagen.ts; candidates are read in a bounded window of dates, so the job stays small at any scale.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { addDays, compareDates, formatDatumNl, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import {
  addWerkdagen,
  beoordelingDeadline,
  INFORMEREN_MAX_VERLENGINGEN,
  INFORMEREN_TERMIJN_DAGEN,
  INFORMEREN_VERLENGING_DAGEN,
  onderzoekDeadline,
  ONDERZOEK_TERMIJN_DAGEN,
  terugkoppelingDeadline,
} from "@/lib/domain/werkdagen";
import { loadMonitoringInterval } from "@/lib/monitoring/interval";
import { loadTerugkoppelingWerkdagen } from "@/lib/opvolging/queries";
import { maakSignaal, type NieuwSignaal } from "./maak";

export const MONITORING_VOORUIT_DAGEN = 7;

type Telling = { termijn: number; monitoring: number };

/** Makes the signals of `vandaag` (default: today in Amsterdam); returns how many were made. */
export async function maakTermijnSignalen(tx: Tx, vandaag: Date = todayInAmsterdam()): Promise<Telling> {
  const tot = addWerkdagen(vandaag, 1);
  const binnen = (deadline: Date) => compareDates(deadline, vandaag) >= 0 && compareDates(deadline, tot) <= 0;
  const triage = (await tx.user.findMany({ where: { role: "TRIAGE", active: true }, select: { id: true } })).map(
    (u) => u.id,
  );
  const voor = (behandelaarId: number | null) => (behandelaarId ? [behandelaarId] : triage);
  const signalen: NieuwSignaal[] = [];
  const termijn = (userIds: number[], casusId: number, tekst: string, href: string, sleutel: string) => {
    for (const userId of userIds) signalen.push({ userId, soort: "TERMIJN", casusId, tekst, href, sleutel });
  };

  // Veiligheidsbeoordeling: 5 werkdagen (acuut: the same day) after the melding. A window of 15 days holds every
  // melding whose deadline can fall within the next working day (5 werkdagen span at most 11 days with holidays).
  const open = await tx.melding.findMany({
    where: { beoordelingOpen: true, ingetrokkenOp: null, datumMelding: { gte: addDays(vandaag, -15), lte: vandaag } },
    select: { id: true, nummer: true, casusId: true, datumMelding: true, acuut: true, behandelaarId: true },
  });
  for (const m of open) {
    const d = beoordelingDeadline(m.datumMelding, m.acuut);
    if (binnen(d))
      termijn(
        voor(m.behandelaarId),
        m.casusId,
        `Termijn veiligheidsbeoordeling van melding ${m.nummer} verloopt op ${formatDatumNl(d)}.`,
        `/meldingen/${m.nummer}`,
        `termijn:beoordeling:${m.id}:${toIsoDate(d)}`,
      );
  }

  // Onderzoek: 10 weken after the final beoordeling, for the casemanager who runs it.
  const onderzoeken = await tx.dienst.findMany({
    where: {
      soort: "O",
      einddatum: null,
      beoordeling: {
        datum: { gte: addDays(vandaag, -ONDERZOEK_TERMIJN_DAGEN - 4), lte: addDays(tot, -ONDERZOEK_TERMIJN_DAGEN) },
      },
    },
    select: {
      id: true,
      nummer: true,
      casusId: true,
      uitvoerderId: true,
      casus: { select: { nummer: true } },
      beoordeling: { select: { datum: true } },
    },
  });
  for (const o of onderzoeken) {
    const d = onderzoekDeadline(o.beoordeling.datum);
    if (binnen(d) && o.uitvoerderId)
      termijn(
        [o.uitvoerderId],
        o.casusId,
        `Termijn van Onderzoek ${o.nummer} (10 weken) verloopt op ${formatDatumNl(d)}.`,
        `/casussen/${o.casus.nummer}/diensten/${o.nummer}`,
        `termijn:onderzoek:${o.id}:${toIsoDate(d)}`,
      );
  }

  // Terugkoppeling aan de melder: N werkdagen after the final beoordeling.
  const werkdagen = await loadTerugkoppelingWerkdagen(tx);
  const zonderTerugkoppeling = await tx.melding.findMany({
    where: {
      ingetrokkenOp: null,
      terugkoppelingVastgelegdOp: null,
      beoordeling: { vastgesteldOp: { not: null }, datum: { gte: addDays(vandaag, -2 * werkdagen - 15) } },
    },
    select: {
      id: true,
      nummer: true,
      casusId: true,
      behandelaarId: true,
      beoordeling: { select: { datum: true } },
    },
  });
  for (const m of zonderTerugkoppeling) {
    const d = terugkoppelingDeadline(m.beoordeling!.datum, werkdagen);
    if (binnen(d))
      termijn(
        voor(m.behandelaarId),
        m.casusId,
        `Terugkoppeling aan de melder van melding ${m.nummer} is uiterlijk ${formatDatumNl(d)} nodig.`,
        `/meldingen/${m.nummer}`,
        `termijn:terugkoppeling:${m.id}:${toIsoDate(d)}`,
      );
  }

  // Informeren van de betrokkenen: 4 weeks after the melding (+ 2 weeks per extension, per betrokkene); the
  // casemanager once the casus has one. The deadline in SQL is informerenDeadline's sum.
  const teInformeren = await tx.$queryRaw<
    {
      id: number;
      nummer: string;
      casusId: number;
      behandelaarId: number | null;
      casemanagerId: number | null;
      deadline: Date;
    }[]
  >(Prisma.sql`
    SELECT m.id, m.nummer, m."casusId", m."behandelaarId", c."casemanagerId", min(x.deadline) AS deadline
    FROM melding_betrokkene mb
    JOIN melding m ON m.id = mb."meldingId"
    JOIN casus c ON c.id = m."casusId"
    CROSS JOIN LATERAL (
      SELECT m."datumMelding" + (${INFORMEREN_TERMIJN_DAGEN}::int + ${INFORMEREN_VERLENGING_DAGEN}::int * mb."informerenVerlengd") AS deadline
    ) x
    WHERE mb."geinformeerdOp" IS NULL AND mb."nietGeinformeerd" IS NULL AND m."ingetrokkenOp" IS NULL
      AND m."datumMelding" >= ${addDays(vandaag, -INFORMEREN_TERMIJN_DAGEN - INFORMEREN_VERLENGING_DAGEN * INFORMEREN_MAX_VERLENGINGEN)}::date
      AND x.deadline BETWEEN ${vandaag}::date AND ${tot}::date
    GROUP BY m.id, c."casemanagerId"`);
  for (const m of teInformeren)
    termijn(
      m.casemanagerId ? [m.casemanagerId] : voor(m.behandelaarId),
      m.casusId,
      `Betrokkenen van melding ${m.nummer} moeten uiterlijk ${formatDatumNl(m.deadline)} zijn geïnformeerd.`,
      `/meldingen/${m.nummer}`,
      `termijn:informeren:${m.id}:${toIsoDate(m.deadline)}`,
    );

  let telling: Telling = { termijn: 0, monitoring: 0 };
  for (const s of signalen) if (await maakSignaal(tx, s)) telling.termijn++;
  telling = { ...telling, monitoring: await monitoringSignalen(tx, vandaag) };
  return telling;
}

/** Open casussen with a casemanager whose next monitoringsmoment falls within the next 7 days. */
async function monitoringSignalen(tx: Tx, vandaag: Date) {
  const interval = await loadMonitoringInterval(tx);
  const rows = await tx.$queryRaw<{ id: number; nummer: string; casemanagerId: number; volgende: Date }[]>(Prisma.sql`
    SELECT c.id, c.nummer, c."casemanagerId", v.volgende
    FROM casus c
    CROSS JOIN LATERAL (
      SELECT COALESCE(
        (SELECT max(t.datum) FROM monitoringsmoment t WHERE t."casusId" = c.id),
        (SELECT max(o.datum) FROM overdracht o WHERE o."casusId" = c.id)
      ) + ${interval}::int AS volgende
    ) v
    WHERE c.einddatum IS NULL AND c."casemanagerId" IS NOT NULL
      AND v.volgende BETWEEN ${vandaag}::date AND ${addDays(vandaag, MONITORING_VOORUIT_DAGEN)}::date`);
  let n = 0;
  for (const r of rows)
    if (
      await maakSignaal(tx, {
        userId: r.casemanagerId,
        soort: "MONITORING",
        casusId: r.id,
        tekst: `Monitoring van casus ${r.nummer} is uiterlijk ${formatDatumNl(r.volgende)} nodig.`,
        href: `/casussen/${r.nummer}/monitoring`,
        sleutel: `monitoring:${r.id}:${toIsoDate(r.volgende)}`,
      })
    )
      n++;
  return n;
}
