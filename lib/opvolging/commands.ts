// Recording the terugkoppeling aan de melder (after the final beoordeling) and informing each betrokkene of a
// melding (due 4 weeks after it). Triage in the voordeur, the casemanager in their own casus (dossierWriteScope);
// also after the casus has closed, because both duties outlive a quick "geen vervolgstappen".
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/audit";
import type { Tx } from "@/lib/db/client";
import { updateVersioned } from "@/lib/db/versioned";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { now } from "@/lib/domain/clock";
import { ZInformering, ZTerugkoppeling } from "./schema";

/** The melding in the user's dossier write scope, not withdrawn: where its follow-up is recorded or corrected. */
export async function findOpvolgingMelding(tx: Tx, user: Actor, nummer: string) {
  const m = await tx.melding.findFirst({
    where: { nummer, ingetrokkenOp: null, casus: { AND: [casusScope(user), dossierWriteScope(user)] } },
    select: {
      id: true,
      casusId: true,
      datumMelding: true,
      terugkoppelingOp: true,
      terugkoppelingWijze: true,
      terugkoppelingInhoud: true,
      terugkoppelingNietMogelijk: true,
      beoordeling: { select: { datum: true, vastgesteldOp: true } },
    },
  });
  if (!m) throw new NotFound("Melding niet gevonden");
  return m;
}

export const recordTerugkoppeling = defineCommand(
  { permission: "opvolging:write", schema: ZTerugkoppeling, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const m = await findOpvolgingMelding(tx, user, data.meldingnummer);
    if (!m.beoordeling?.vastgesteldOp)
      throw new RuleViolation("De terugkoppeling aan de melder volgt op de definitieve veiligheidsbeoordeling.");
    if (m.terugkoppelingOp || m.terugkoppelingNietMogelijk)
      throw new RuleViolation("De terugkoppeling aan de melder is al vastgelegd.");
    if (data.datum && compareDates(data.datum, m.beoordeling.datum) < 0)
      throw new ValidationFailed({
        datum: `De terugkoppeling ligt vóór de veiligheidsbeoordeling (${formatDatumNl(m.beoordeling.datum)}).`,
      });
    await updateVersioned(tx, tx.melding, "melding", m.id, data.version, {
      terugkoppelingOp: data.datum,
      terugkoppelingWijze: data.wijze,
      terugkoppelingInhoud: data.inhoud,
      terugkoppelingNietMogelijk: data.reden,
      terugkoppelingDoorId: user.id,
      terugkoppelingVastgelegdOp: now(),
    });
    await audit({
      action: "UPDATE",
      entityType: "melding",
      entityId: m.id,
      casusId: m.casusId,
      detail: data.reden ? "terugkoppeling niet mogelijk" : "terugkoppeling vastgelegd",
    });
    return { meldingnummer: data.meldingnummer };
  },
);

export const recordInformering = defineCommand(
  { permission: "opvolging:write", schema: ZInformering, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const m = await findOpvolgingMelding(tx, user, data.meldingnummer);
    const link = await tx.meldingBetrokkene.findUnique({
      where: { meldingId_betrokkeneId: { meldingId: m.id, betrokkeneId: data.betrokkeneId } },
      select: { geinformeerdOp: true, nietGeinformeerd: true },
    });
    if (!link) throw new ValidationFailed({ betrokkeneId: "Deze betrokkene hoort niet bij de melding." });
    if (link.geinformeerdOp || link.nietGeinformeerd)
      throw new RuleViolation("Voor deze betrokkene is het informeren al vastgelegd.");
    if (data.datum && compareDates(data.datum, m.datumMelding) < 0)
      throw new ValidationFailed({
        datum: `Deze datum ligt vóór de datum melding (${formatDatumNl(m.datumMelding)}).`,
      });
    await tx.meldingBetrokkene.update({
      where: { meldingId_betrokkeneId: { meldingId: m.id, betrokkeneId: data.betrokkeneId } },
      data: {
        geinformeerdOp: data.datum,
        informeerWijze: data.wijze,
        nietGeinformeerd: data.nietGeinformeerd,
        informeerToelichting: data.toelichting,
        informeerDoorId: user.id,
        informeerVastgelegdOp: now(),
      },
    });
    await audit({
      action: "UPDATE",
      entityType: "melding",
      entityId: m.id,
      casusId: m.casusId,
      betrokkeneIds: [data.betrokkeneId],
      detail: data.nietGeinformeerd
        ? `betrokkene niet geinformeerd: ${data.nietGeinformeerd}`
        : "betrokkene geinformeerd",
    });
    return { meldingnummer: data.meldingnummer };
  },
);
