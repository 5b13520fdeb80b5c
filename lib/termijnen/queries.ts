// The team lead's deadline figures for a period: one query for the meldingen, one for the onderzoeken; the
// deadlines are computed in TypeScript (werkdagen and feestdagen do not belong in SQL). Audited as a READ.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { computeBeoordelingen, computeOnderzoeken, type TermijnFiguur } from "./compute";
import { now } from "@/lib/domain/clock";

export type TermijnenOverzicht = {
  van: string;
  tot: string;
  vandaag: string;
  beoordelingen: TermijnFiguur;
  onderzoeken: TermijnFiguur;
};

export async function getTermijnen(
  user: Actor,
  periode: { van: Date; tot: Date },
  at = now(),
): Promise<TermijnenOverzicht> {
  const today = todayInAmsterdam(at);
  const { van, tot } = periode;
  const scope = { casus: casusScope(user) };
  const access = { permission: "termijnen:view" as const, resource: { type: "termijnen" } };
  return auditedRead(
    user,
    access,
    async (tx) => {
      const meldingen = await tx.melding.findMany({
        where: {
          ...scope,
          OR: [
            { datumMelding: { gte: van, lte: tot } },
            // Still without a final beoordeling: overdue whenever they were received.
            {
              datumMelding: { lte: tot },
              casus: { einddatum: null },
              ingetrokkenOp: null,
              OR: [{ beoordeling: null }, { beoordeling: { vastgesteldOp: null } }],
            },
          ],
        },
        select: {
          nummer: true,
          datumMelding: true,
          casus: { select: { nummer: true } },
          behandelaar: { select: { displayName: true } },
          beoordeling: { select: { datum: true, vastgesteldOp: true } },
        },
      });
      const onderzoeken = await tx.dienst.findMany({
        where: {
          ...scope,
          soort: "O",
          OR: [
            { status: "AFGESLOTEN", einddatum: { gte: van, lte: tot } },
            { status: { not: "AFGESLOTEN" }, startdatum: { lte: tot } },
          ],
        },
        select: {
          nummer: true,
          startdatum: true,
          einddatum: true,
          status: true,
          beoordeling: { select: { datum: true } },
          casus: { select: { nummer: true, casemanager: { select: { displayName: true } } } },
        },
      });
      const beoordelingen = computeBeoordelingen(
        meldingen.map((m) => ({
          meldingNummer: m.nummer,
          casusNummer: m.casus.nummer,
          datumMelding: m.datumMelding,
          wie: m.behandelaar?.displayName ?? null,
          beoordeling: m.beoordeling
            ? { datum: m.beoordeling.datum, definitief: m.beoordeling.vastgesteldOp !== null }
            : null,
        })),
        van,
        tot,
        today,
      );
      const onderzoekFiguur = computeOnderzoeken(
        onderzoeken.map((d) => ({
          dienstNummer: d.nummer,
          casusNummer: d.casus.nummer,
          startdatum: d.startdatum,
          einddatum: d.einddatum,
          afgesloten: d.status === "AFGESLOTEN",
          beoordelingDatum: d.beoordeling.datum,
          wie: d.casus.casemanager?.displayName ?? null,
        })),
        van,
        tot,
        today,
      );
      return {
        van: toIsoDate(van),
        tot: toIsoDate(tot),
        vandaag: toIsoDate(today),
        beoordelingen,
        onderzoeken: onderzoekFiguur,
      };
    },
    (r) => ({
      entityType: "termijnen",
      detail: `period ${r.van}..${r.tot}; beoordelingen ${r.beoordelingen.n}; onderzoeken ${r.onderzoeken.n}`,
    }),
  );
}
