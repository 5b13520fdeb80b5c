// The privacy officer's decision per dossier whose bewaartermijn has passed (docs/decisions/019): destroy it now
// (one transaction, tombstone and audit event), or keep it until a later day with a motivation.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { compareDates, todayInAmsterdam } from "@/lib/domain/dates";
import { isTeVernietigen } from "./regels";
import { vernietigCasus } from "./vernietig";
import { termijnen } from "./lijst";
import { ZBewarenVerlengen, ZVernietigen } from "./schema";
import type { Tx } from "@/lib/db/client";

async function dossier(tx: Tx, nummer: string) {
  const c = await tx.casus.findUnique({
    where: { nummer },
    select: { id: true, einddatum: true, vernietigenVanaf: true, vernietigdOp: true },
  });
  if (!c || c.vernietigdOp) throw new NotFound("casus");
  return { c, jaren: (await termijnen(tx)).jaren };
}

export const vernietigDossier = defineCommand(
  { permission: "bewaartermijn:manage", schema: ZVernietigen, resource: { type: "casus" } },
  async ({ tx, user, data, audit }) => {
    const { c, jaren } = await dossier(tx, data.casusnummer);
    if (!isTeVernietigen(c, jaren, todayInAmsterdam()))
      throw new RuleViolation("Dit dossier heeft de bewaartermijn nog niet bereikt; vernietigen kan nog niet.");
    const codes = await vernietigCasus(tx, c.id, user.id, data.reden);
    await audit({
      action: "DELETE",
      entityType: "casus",
      entityId: c.id,
      casusId: c.id,
      detail: `destroyed (bewaartermijn): ${codes.betrokkenen.length} betrokkenen, ${codes.meldingen.length} meldingen`,
    });
    return { nummer: data.casusnummer };
  },
);

export const verlengBewaren = defineCommand(
  { permission: "bewaartermijn:manage", schema: ZBewarenVerlengen, resource: { type: "casus" } },
  async ({ tx, data, audit }) => {
    const { c } = await dossier(tx, data.casusnummer);
    if (!c.einddatum) throw new RuleViolation("Dit dossier is nog niet afgesloten.");
    if (compareDates(data.vanaf, todayInAmsterdam()) <= 0)
      throw new ValidationFailed({ vanaf: "Kies een dag na vandaag." });
    await tx.casus.update({
      where: { id: c.id },
      data: { vernietigenVanaf: data.vanaf, vernietigenReden: data.motivering, version: { increment: 1 } },
    });
    await audit({
      action: "UPDATE",
      entityType: "casus",
      entityId: c.id,
      casusId: c.id,
      detail: "bewaartermijn extended",
    });
    return { nummer: data.casusnummer };
  },
);
