// The team lead assigns work: a casus to a case manager, a melding awaiting its veiligheidsbeoordeling to a
// triage worker. Both are audited UPDATEs with optimistic locking on the record's version: a stale form is
// refused and the message names who changed the record in the meantime.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { casusScope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { updateVersioned } from "@/lib/db/versioned";
import { ZAssignBehandelaar, ZAssignCasemanager } from "./schema";
import { rolesWith, type Permission } from "@/lib/auth/permissions";
import { maakSignaal } from "@/lib/signaal/maak";

async function activeAssignee(tx: Tx, id: number, permission: Permission, field: string, message: string) {
  const u = await tx.user.findFirst({
    where: { id, role: { in: rolesWith(permission) }, active: true },
    select: { id: true, displayName: true },
  });
  if (!u) throw new ValidationFailed({ [field]: message }, message);
  return u;
}

/** Assigns (or reassigns) an open casus to an active case manager. */
export const assignCasemanager = defineCommand(
  { permission: "casus:assign", schema: ZAssignCasemanager, resource: { type: "casus" } },
  async ({ tx, user, data, audit }) => {
    const casus = await tx.casus.findFirst({
      where: { id: data.casusId, ...casusScope(user) },
      select: {
        id: true,
        nummer: true,
        version: true,
        einddatum: true,
        casemanagerId: true,
        casemanager: { select: { displayName: true } },
      },
    });
    if (!casus) throw new NotFound("Casus niet gevonden");
    if (casus.einddatum)
      throw new RuleViolation("De casus is gesloten; er kan geen casemanager meer worden toegewezen.");
    const target = await activeAssignee(
      tx,
      data.casemanagerId,
      "casus:assignee",
      "casemanagerId",
      "Kies een actieve casemanager.",
    );
    if (casus.version === data.version && casus.casemanagerId === target.id) {
      throw new RuleViolation(`De casus ${casus.nummer} is al aan ${target.displayName} toegewezen.`);
    }
    await updateVersioned(tx, tx.casus, "casus", casus.id, data.version, { casemanagerId: target.id });
    await audit({
      action: "UPDATE",
      entityType: "casus",
      entityId: casus.id,
      casusId: casus.id,
      detail: `casemanager assigned: user ${casus.casemanagerId ?? "none"} -> user ${target.id}`,
    });
    await maakSignaal(tx, {
      userId: target.id,
      soort: "TOEGEWEZEN",
      casusId: casus.id,
      tekst: `Casus ${casus.nummer} is aan u toegewezen.`,
      href: `/casussen/${casus.nummer}`,
    });
    return { nummer: casus.nummer, naam: target.displayName, version: data.version + 1 };
  },
);

/** Assigns a melding that still awaits its (final) veiligheidsbeoordeling to an active triage worker. */
export const assignBehandelaar = defineCommand(
  { permission: "casus:assign", schema: ZAssignBehandelaar, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const melding = await tx.melding.findFirst({
      where: { id: data.meldingId, casus: casusScope(user) },
      select: {
        id: true,
        nummer: true,
        casusId: true,
        version: true,
        behandelaarId: true,
        casus: { select: { einddatum: true } },
        beoordeling: { select: { vastgesteldOp: true } },
      },
    });
    if (!melding) throw new NotFound("Melding niet gevonden");
    if (melding.casus.einddatum)
      throw new RuleViolation("De casus van deze melding is gesloten; toewijzen is niet meer mogelijk.");
    if (melding.beoordeling?.vastgesteldOp) {
      throw new RuleViolation(
        "Deze melding heeft al een definitieve veiligheidsbeoordeling; de behandelaar wijzigt niet meer.",
      );
    }
    const target = await activeAssignee(
      tx,
      data.behandelaarId,
      "melding:assignee",
      "behandelaarId",
      "Kies een actieve medewerker voordeur (triage).",
    );
    if (melding.version === data.version && melding.behandelaarId === target.id) {
      throw new RuleViolation(`De melding ${melding.nummer} is al aan ${target.displayName} toegewezen.`);
    }
    await updateVersioned(tx, tx.melding, "melding", melding.id, data.version, { behandelaarId: target.id });
    await audit({
      action: "UPDATE",
      entityType: "melding",
      entityId: melding.id,
      casusId: melding.casusId,
      detail: `behandelaar assigned: user ${melding.behandelaarId ?? "none"} -> user ${target.id}`,
    });
    await maakSignaal(tx, {
      userId: target.id,
      soort: "TOEGEWEZEN",
      casusId: melding.casusId,
      tekst: `Melding ${melding.nummer} is aan u toegewezen voor de veiligheidsbeoordeling.`,
      href: `/meldingen/${melding.nummer}`,
    });
    return { nummer: melding.nummer, naam: target.displayName, version: data.version + 1 };
  },
);
