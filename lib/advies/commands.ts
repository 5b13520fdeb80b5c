// Advies: register, add contacts while open, close. The advies row is locked for each change so a contact and a
// closing cannot cross; closing carries the version the user saw (optimistic locking).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { checkGemeentecode } from "@/lib/gemeenten/queries";
import { ZAdviesAfsluiten, ZAdviesContact, ZAdviesNieuw } from "./schema";

export const ADVIES_GESLOTEN = "Dit advies is afgesloten; er kan niets meer aan worden toegevoegd.";

export const createAdvies = defineCommand(
  { permission: "advies:write", schema: ZAdviesNieuw },
  async ({ tx, user: actor, data, audit }) => {
    const gemeentecode = await checkGemeentecode(tx, data.gemeentecode, data.startdatum);
    const advies = await tx.advies.create({
      data: {
        startdatum: data.startdatum,
        gemeentecode,
        aard: data.aard,
        aanvullendeInformatie: data.aanvullendeInformatie,
        duur: data.duur,
        functieRol: data.functieRol,
        organisatie: data.organisatie,
        adviesvraag: data.adviesvraag,
        adviesvragerNaam: data.adviesvragerNaam,
        adviesvragerTelefoon: data.adviesvragerTelefoon,
        toestemmingContact: data.toestemmingContact,
        behandelaarId: actor.id,
        contacten: data.eersteContact
          ? { create: [{ datum: data.startdatum, notitie: data.eersteContact, userId: actor.id }] }
          : undefined,
      },
      select: { id: true, nummer: true },
    });
    await audit({
      action: "CREATE",
      entityType: "advies",
      entityId: advies.id,
      detail: data.eersteContact ? "with first contact" : null,
    });
    return advies;
  },
);

async function lockAdvies(tx: Tx, nummer: string) {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM advies WHERE nummer = ${nummer} FOR UPDATE`;
  if (locked.length === 0) throw new NotFound("advies");
  return tx.advies.findUniqueOrThrow({
    where: { id: locked[0].id },
    select: {
      id: true,
      startdatum: true,
      einddatum: true,
      contacten: { select: { datum: true }, orderBy: { datum: "desc" }, take: 1 },
    },
  });
}

export const addAdviesContact = defineCommand(
  { permission: "advies:write", schema: ZAdviesContact },
  async ({ tx, user: actor, data, audit }) => {
    const advies = await lockAdvies(tx, data.adviesNummer);
    if (advies.einddatum !== null) throw new RuleViolation(ADVIES_GESLOTEN);
    if (compareDates(data.datum, advies.startdatum) < 0) {
      throw new ValidationFailed({
        datum: `De datum van het contact ligt vóór de startdatum van het advies (${formatDatumNl(advies.startdatum)}).`,
      });
    }
    const contact = await tx.adviesContact.create({
      data: { adviesId: advies.id, datum: data.datum, notitie: data.notitie, userId: actor.id },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entityType: "advies_contact",
      entityId: contact.id,
      detail: `advies ${advies.id}`,
    });
    return contact;
  },
);

export const closeAdvies = defineCommand(
  { permission: "advies:write", schema: ZAdviesAfsluiten },
  async ({ tx, data, audit }) => {
    const advies = await lockAdvies(tx, data.adviesNummer);
    if (advies.einddatum !== null) throw new RuleViolation("Dit advies is al afgesloten.");
    if (compareDates(data.einddatum, advies.startdatum) < 0) {
      throw new ValidationFailed({
        einddatum: `De einddatum ligt vóór de startdatum van het advies (${formatDatumNl(advies.startdatum)}).`,
      });
    }
    const laatste = advies.contacten[0]?.datum;
    if (laatste && compareDates(data.einddatum, laatste) < 0) {
      throw new ValidationFailed({
        einddatum: `De einddatum ligt vóór het laatste contact (${formatDatumNl(laatste)}).`,
      });
    }
    await updateVersioned(tx, tx.advies, "advies", advies.id, data.version, { einddatum: data.einddatum });
    await audit({ action: "UPDATE", entityType: "advies", entityId: advies.id, detail: "closed" });
    return { id: advies.id };
  },
);
