// The voordeur's list of follow-up work: meldingen of the last 26 weeks in its dossier scope whose terugkoppeling
// aan de melder (after the final beoordeling) or the informing of a betrokkene is not yet recorded, oldest first.
// Older ones are on the Termijnen page for their period (docs/decisions/015).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { informerenTermijn, terugkoppelingTermijn, type Termijn } from "@/lib/domain/termijn";
import { now } from "@/lib/domain/clock";
import { FAMILIE_SELECT, familienaam } from "@/lib/casus/naam";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { loadTerugkoppelingWerkdagen } from "./queries";

export const OPVOLGING_WEKEN = 26;
export const OPVOLGING_LIJST = {
  prefix: "o",
  sorteringen: [{ waarde: "oudste", label: "Datum melding (oudste eerst)" }],
  filters: {},
} satisfies LijstDef;

export type OpvolgingRij = {
  nummer: string;
  casusNummer: string;
  familie: string | null;
  datumMelding: string;
  terugkoppeling: Termijn | null;
  /** The earliest open informing deadline and how many betrokkenen are still to be informed. */
  informeren: { termijn: Termijn; open: number } | null;
};

export async function listOpvolging(user: Actor, sp: Zoekparams = {}, at = now()): Promise<Lijst<OpvolgingRij>> {
  const today = todayInAmsterdam(at);
  const params = parseLijstParams(OPVOLGING_LIJST, sp);
  const nietGeinformeerd = { geinformeerdOp: null, nietGeinformeerd: null };
  const where: Prisma.MeldingWhereInput = {
    ingetrokkenOp: null,
    opvolgingOpen: true, // kept by triggers, a superset of the OR below: the index finds the few (decision 022)
    datumMelding: { gte: addDays(today, -7 * OPVOLGING_WEKEN) },
    casus: { AND: [casusScope(user), dossierWriteScope(user)] },
    OR: [
      { beoordeling: { vastgesteldOp: { not: null } }, terugkoppelingOp: null, terugkoppelingNietMogelijk: null },
      { betrokkenen: { some: nietGeinformeerd } },
    ],
  };
  const r = await auditedRead(
    user,
    { permission: "opvolging:write" },
    async (tx) => {
      const pagina = paginaVan(params, await tx.melding.count({ where }));
      const rows = await tx.melding.findMany({
        where,
        orderBy: [{ datumMelding: "asc" }, { id: "asc" }],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          nummer: true,
          datumMelding: true,
          terugkoppelingOp: true,
          terugkoppelingNietMogelijk: true,
          casus: { select: { nummer: true, ...FAMILIE_SELECT } },
          beoordeling: { select: { datum: true, vastgesteldOp: true } },
          betrokkenen: { where: nietGeinformeerd, select: { betrokkeneId: true, informerenVerlengd: true } },
        },
      });
      return { pagina, rows, werkdagen: await loadTerugkoppelingWerkdagen(tx) };
    },
    (x) => ({ entityType: "opvolging", detail: `${x.rows.length} of ${x.pagina.totaal} (page ${x.pagina.pagina})` }),
  );
  return {
    rijen: r.rows.map((m) => ({
      nummer: m.nummer,
      casusNummer: m.casus.nummer,
      familie: familienaam(m.casus),
      datumMelding: toIsoDate(m.datumMelding),
      terugkoppeling:
        m.beoordeling?.vastgesteldOp && !m.terugkoppelingOp && !m.terugkoppelingNietMogelijk
          ? terugkoppelingTermijn(m.beoordeling.datum, r.werkdagen, null, today)
          : null,
      informeren: m.betrokkenen.length
        ? {
            // the earliest deadline among the betrokkenen not yet informed
            termijn: informerenTermijn(
              m.datumMelding,
              null,
              today,
              Math.min(...m.betrokkenen.map((b) => b.informerenVerlengd)),
            ),
            open: m.betrokkenen.length,
          }
        : null,
    })),
    pagina: r.pagina,
    params,
  };
}
