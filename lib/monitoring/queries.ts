// The overdracht-and-monitoring page of a casus: overdrachten (with their betrokkenen), monitoringsmomenten,
// the veiligheidsplan with its oordelen, the scores for the chart and the next monitoring date. Scoped in the query and audited.
import "server-only";
import { auditedRead } from "@/lib/auth/audited-read";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { canAddMonitoring } from "@/lib/domain/casus-state";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import { labelOf } from "@/lib/domain/codes";
import { formatDatumNl, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { datumTermijn } from "@/lib/domain/termijn";
import { betrokkeneNaam } from "@/lib/overdracht/betrokkene-label";
import { loadMonitoringInterval } from "./interval";
import { nextMonitoringDate } from "./next-date";
import { toPlanView, VOORWAARDEN_SELECT } from "@/lib/veiligheidsplan/plan";

const MOMENT_LABELS: Record<number, string> = {
  1: "Na veiligheidsbeoordeling",
  2: "Na Voorwaarden en Vervolg",
  3: "Na Onderzoek",
};

export async function getMonitoringView(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read" },
    async (tx) => {
      const c = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: {
          ...SNAPSHOT_SELECT,
          id: true,
          nummer: true,
          casemanagerId: true,
          overdrachten: {
            orderBy: [{ datum: "asc" }, { id: "asc" }],
            select: {
              ...SNAPSHOT_SELECT.overdrachten.select,
              id: true,
              nummer: true,
              datum: true,
              partij: true,
              hulp: true,
              toelichting: true,
              bronMelding: { select: { nummer: true } },
              bronDienst: { select: { nummer: true } },
              betrokkenen: {
                select: {
                  betrokkene: {
                    select: {
                      id: true,
                      persoonsvolgnummer: true,
                      voornamen: true,
                      tussenvoegsel: true,
                      achternaam: true,
                      rol: true,
                      geboortedatum: true,
                    },
                  },
                },
              },
            },
          },
          monitoringsmomenten: {
            orderBy: [{ datum: "asc" }, { id: "asc" }],
            select: { id: true, nummer: true, datum: true, veiligheidsscore: true, notitie: true },
          },
          voorwaarden: VOORWAARDEN_SELECT,
        },
      });
      if (!c) return null;
      const interval = await loadMonitoringInterval(tx);
      const gesloten = c.einddatum !== null;
      const volgende = nextMonitoringDate({
        monitoringData: c.monitoringsmomenten.map((m) => m.datum),
        overdrachtData: c.overdrachten.map((o) => o.datum),
        intervalDagen: interval,
        gesloten,
      });
      const rule = canAddMonitoring(toCasusSnapshot(c));
      return {
        casusId: c.id,
        casusnummer: c.nummer,
        gesloten,
        einddatum: c.einddatum ? formatDatumNl(c.einddatum) : null,
        intervalDagen: interval,
        overdrachten: c.overdrachten.map((o) => ({
          nummer: o.nummer,
          datum: toIsoDate(o.datum),
          moment: MOMENT_LABELS[o.moment] ?? String(o.moment),
          bron: o.bronMelding?.nummer ?? o.bronDienst?.nummer ?? "",
          partij: labelOf("I", o.partij),
          hulp: labelOf("J", o.hulp),
          toelichting: o.toelichting ?? "",
          betrokkenen: o.betrokkenen.map((b) => betrokkeneNaam(b.betrokkene)),
          betrokkeneIds: o.betrokkenen.map((b) => b.betrokkene.id),
        })),
        plan: toPlanView(c.voorwaarden, c.monitoringsmomenten, todayInAmsterdam()),
        /** A veiligheidsplan belongs to an open casus with a casemanager. */
        planOpen: !gesloten && c.casemanagerId !== null,
        momenten: c.monitoringsmomenten.map((m) => ({
          id: m.id,
          nummer: m.nummer,
          datum: toIsoDate(m.datum),
          score: m.veiligheidsscore,
          notitie: m.notitie ?? "",
        })),
        volgende: volgende ? datumTermijn(volgende, null) : null,
        eersteOverdracht: c.overdrachten[0] ? toIsoDate(c.overdrachten[0].datum) : null,
        kanToevoegen: rule.ok ? null : rule.reden,
        vandaag: toIsoDate(todayInAmsterdam()),
      };
    },
    (r) =>
      r
        ? {
            entityType: "casus",
            entityId: r.casusId,
            casusId: r.casusId,
            betrokkeneIds: [...new Set(r.overdrachten.flatMap((o) => o.betrokkeneIds))],
          }
        : { entityType: "casus", entityId: casusnummer, outcome: "FAILURE", detail: "not found or out of scope" },
  );
}
export type MonitoringView = NonNullable<Awaited<ReturnType<typeof getMonitoringView>>>;
