// What the melding page shows of the terugkoppeling and the informing of each betrokkene, with their deadlines.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { roleHas } from "@/lib/auth/permissions";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { formatNaam } from "@/lib/casus/naam";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { informerenTermijn, terugkoppelingTermijn, type Termijn } from "@/lib/domain/termijn";
import { DEFAULT_TERUGKOPPELING_WERKDAGEN } from "@/lib/domain/werkdagen";
import { now } from "@/lib/domain/clock";

export async function loadTerugkoppelingWerkdagen(tx: Tx): Promise<number> {
  const org = await tx.organisatie.findUnique({ where: { id: 1 }, select: { terugkoppelingWerkdagen: true } });
  return org?.terugkoppelingWerkdagen ?? DEFAULT_TERUGKOPPELING_WERKDAGEN;
}

/** The date a duty counts as done: the date it happened, or the day "niet mogelijk" was recorded. */
export const gedaanOp = (datum: Date | null, nietMogelijk: unknown, vastgelegdOp: Date | null) =>
  datum ?? (nietMogelijk && vastgelegdOp ? todayInAmsterdam(vastgelegdOp) : null);

export type Opvolging = {
  meldingnummer: string;
  version: number;
  /** May record here (role and dossier scope). */
  mag: boolean;
  /** May correct what was recorded (correctie:write and dossier scope). */
  magCorrigeren: boolean;
  terugkoppeling: {
    /** Null while the beoordeling is not final. */
    termijn: Termijn | null;
    vastgelegd: { datum: string | null; wijze: string | null; inhoud: string | null; reden: string | null } | null;
  };
  betrokkenen: {
    id: number;
    naam: string;
    termijn: Termijn;
    /** How often the deadline was extended by 2 weeks. */
    verlengd: number;
    vastgelegd: { datum: string | null; wijze: string | null; niet: string | null; toelichting: string | null } | null;
  }[];
};

export async function getOpvolging(user: Actor, meldingnummer: string, at = now()): Promise<Opvolging | null> {
  const today = todayInAmsterdam(at);
  const r = await auditedRead(
    user,
    { permission: "melding:read", resource: { type: "melding", id: meldingnummer.slice(0, 40) } },
    async (tx) => {
      const m = await tx.melding.findFirst({
        where: { nummer: meldingnummer, casus: casusScope(user) },
        select: {
          id: true,
          nummer: true,
          version: true,
          casusId: true,
          datumMelding: true,
          ingetrokkenOp: true,
          terugkoppelingOp: true,
          terugkoppelingWijze: true,
          terugkoppelingInhoud: true,
          terugkoppelingNietMogelijk: true,
          terugkoppelingVastgelegdOp: true,
          beoordeling: { select: { datum: true, vastgesteldOp: true } },
          betrokkenen: {
            orderBy: { betrokkene: { persoonsvolgnummer: "asc" } },
            select: {
              geinformeerdOp: true,
              informeerWijze: true,
              nietGeinformeerd: true,
              informeerToelichting: true,
              informeerVastgelegdOp: true,
              informerenVerlengd: true,
              betrokkene: {
                select: { id: true, persoonsvolgnummer: true, voornamen: true, tussenvoegsel: true, achternaam: true },
              },
            },
          },
        },
      });
      if (!m) return null;
      const inScope = (await tx.casus.count({ where: { AND: [{ id: m.casusId }, dossierWriteScope(user)] } })) > 0;
      const schrijven = roleHas(user.role, "opvolging:write") && inScope;
      const corrigeren = roleHas(user.role, "correctie:write") && inScope;
      return { m, schrijven, corrigeren, werkdagen: await loadTerugkoppelingWerkdagen(tx) };
    },
    (x) =>
      x
        ? { entityType: "melding", entityId: x.m.id, casusId: x.m.casusId, detail: "terugkoppeling en informeren" }
        : { entityType: "melding", entityId: meldingnummer.slice(0, 40), outcome: "FAILURE", detail: "not found" },
  );
  if (!r) return null;
  const { m, werkdagen } = r;
  const b = m.beoordeling;
  const tk = m.terugkoppelingOp || m.terugkoppelingNietMogelijk;
  return {
    meldingnummer: m.nummer,
    version: m.version,
    mag: r.schrijven && !m.ingetrokkenOp,
    magCorrigeren: r.corrigeren && !m.ingetrokkenOp,
    terugkoppeling: {
      termijn: b?.vastgesteldOp
        ? terugkoppelingTermijn(
            b.datum,
            werkdagen,
            gedaanOp(m.terugkoppelingOp, m.terugkoppelingNietMogelijk, m.terugkoppelingVastgelegdOp),
            today,
          )
        : null,
      vastgelegd: tk
        ? {
            datum: m.terugkoppelingOp ? toIsoDate(m.terugkoppelingOp) : null,
            wijze: m.terugkoppelingWijze,
            inhoud: m.terugkoppelingInhoud,
            reden: m.terugkoppelingNietMogelijk,
          }
        : null,
    },
    betrokkenen: m.betrokkenen.map((mb) => ({
      id: mb.betrokkene.id,
      naam: formatNaam(mb.betrokkene),
      termijn: informerenTermijn(
        m.datumMelding,
        gedaanOp(mb.geinformeerdOp, mb.nietGeinformeerd, mb.informeerVastgelegdOp),
        today,
        mb.informerenVerlengd,
      ),
      verlengd: mb.informerenVerlengd,
      vastgelegd:
        mb.geinformeerdOp || mb.nietGeinformeerd
          ? {
              datum: mb.geinformeerdOp ? toIsoDate(mb.geinformeerdOp) : null,
              wijze: mb.informeerWijze,
              niet: mb.nietGeinformeerd,
              toelichting: mb.informeerToelichting,
            }
          : null,
    })),
  };
}
