// The voordeur work list: meldingen in open casussen still awaiting a final veiligheidsbeoordeling (most urgent
// deadline first) and open adviezen. One audited READ for the whole list, with the counts.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { toIsoDate } from "@/lib/domain/dates";
import { beoordelingTermijn, type Termijn } from "@/lib/domain/termijn";
import { findOpenAdviezen, type OpenAdvies } from "@/lib/advies/queries";

export type WerkvoorraadMelding = {
  nummer: string;
  casusNummer: string;
  datumMelding: string;
  termijn: Termijn;
  status: "nog te beoordelen" | "wacht op vaststelling";
  aard: string[];
  aantalBetrokkenen: number;
  behandelaar: string | null;
};
export type Werkvoorraad = { meldingen: WerkvoorraadMelding[]; adviezen: OpenAdvies[]; teVeel: boolean };

const MAX = 500;

export async function getWerkvoorraad(user: Actor): Promise<Werkvoorraad> {
  const { rows, adviezen } = await auditedRead(
    user,
    { permission: "werkvoorraad:view" },
    async (tx) => ({
      rows: await tx.melding.findMany({
        where: {
          casus: { ...casusScope(user), einddatum: null },
          ingetrokkenOp: null,
          OR: [{ beoordeling: null }, { beoordeling: { vastgesteldOp: null } }],
        },
        orderBy: [{ datumMelding: "asc" }, { id: "asc" }],
        take: MAX + 1,
        select: {
          nummer: true,
          datumMelding: true,
          aard: true,
          casus: { select: { nummer: true } },
          behandelaar: { select: { displayName: true } },
          beoordeling: { select: { id: true, datum: true } },
          _count: { select: { betrokkenen: true } },
        },
      }),
      adviezen: await findOpenAdviezen(tx, user),
    }),
    (r) => ({
      entityType: "werkvoorraad",
      detail: `meldingen ${Math.min(r.rows.length, MAX)}, adviezen ${r.adviezen.length}`,
    }),
  );
  // The deadline grows with the datum melding, so the query's order is already the order of urgency.
  const meldingen = rows.slice(0, MAX).map((m): WerkvoorraadMelding => ({
    nummer: m.nummer,
    casusNummer: m.casus.nummer,
    datumMelding: toIsoDate(m.datumMelding),
    termijn: beoordelingTermijn(m.datumMelding, m.beoordeling?.datum ?? null),
    status: m.beoordeling ? "wacht op vaststelling" : "nog te beoordelen",
    aard: m.aard,
    aantalBetrokkenen: m._count.betrokkenen,
    behandelaar: m.behandelaar?.displayName ?? null,
  }));
  return { meldingen, adviezen, teVeel: rows.length > MAX };
}
