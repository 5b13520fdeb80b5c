// Tasks: anyone who works in dossiers adds one for themselves; the teamleider also for someone else, who gets a
// signal. A task about a casus needs a casus both the maker and the assignee may see.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { roleHas, rolesWith } from "@/lib/auth/permissions";
import { casusScope } from "@/lib/auth/scope";
import { updateVersioned } from "@/lib/db/versioned";
import { formatDatumNl } from "@/lib/domain/dates";
import { now } from "@/lib/domain/clock";
import { casusZichtbaarVoor, maakSignaal } from "@/lib/signaal/maak";
import { ZTaakAfronden, ZTaakNieuw } from "./schema";

export const createTaak = defineCommand(
  { permission: "taak:write", schema: ZTaakNieuw },
  async ({ tx, user, data, audit }) => {
    const aanId = data.toegewezenAanId ?? user.id;
    if (aanId !== user.id && !roleHas(user.role, "taak:assign")) {
      throw new ValidationFailed({ toegewezenAanId: "U kunt alleen voor uzelf een taak maken." });
    }
    const aan = await tx.user.findFirst({
      where: { id: aanId, active: true, role: { in: rolesWith("taak:write") } },
      select: { id: true, role: true, displayName: true },
    });
    if (!aan) throw new ValidationFailed({ toegewezenAanId: "Kies een actieve medewerker." });
    let casusId: number | null = null;
    if (data.casusnummer) {
      const c = await tx.casus.findFirst({
        where: { AND: [{ nummer: data.casusnummer }, casusScope(user)] },
        select: { id: true },
      });
      if (!c) throw new ValidationFailed({ casusnummer: `Casus ${data.casusnummer} is niet gevonden.` });
      if (!(await casusZichtbaarVoor(tx, aan, c.id)))
        throw new ValidationFailed({ casusnummer: `${aan.displayName} heeft geen toegang tot deze casus.` });
      casusId = c.id;
    }
    const taak = await tx.taak.create({
      data: {
        titel: data.titel,
        toelichting: data.toelichting,
        deadline: data.deadline,
        casusId,
        toegewezenAanId: aan.id,
        aangemaaktDoorId: user.id,
      },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entityType: "taak",
      entityId: taak.id,
      casusId,
      detail: aan.id === user.id ? "own task" : `task for user ${aan.id}`,
    });
    if (aan.id !== user.id) {
      await maakSignaal(tx, {
        userId: aan.id,
        soort: "TAAK",
        casusId,
        tekst: `Nieuwe taak, uiterlijk ${formatDatumNl(data.deadline)}: ${data.titel}`,
        href: "/taken",
      });
    }
    return { id: taak.id };
  },
);

/** Afronden: by the one who does it or the one who gave it. */
export const completeTaak = defineCommand(
  { permission: "taak:write", schema: ZTaakAfronden },
  async ({ tx, user, data, audit }) => {
    const t = await tx.taak.findFirst({
      where: { id: data.id, OR: [{ toegewezenAanId: user.id }, { aangemaaktDoorId: user.id }] },
      select: { id: true, casusId: true, afgerondOp: true },
    });
    if (!t) throw new NotFound("Taak niet gevonden");
    if (t.afgerondOp) throw new RuleViolation("Deze taak is al afgerond.");
    await updateVersioned(tx, tx.taak, "taak", t.id, data.version, { afgerondOp: now() });
    await audit({ action: "UPDATE", entityType: "taak", entityId: t.id, casusId: t.casusId, detail: "afgerond" });
    return { id: t.id };
  },
);
