// AVG requests (docs/decisions/018): registered by the privacy officer for one betrokkene of a casus, due one month
// after receipt, once extendable by two months with a reason (while still open and not overdue), decided with a
// motivation; a refused (or partly refused) correction may carry the person's own statement, shown in the dossier.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { addMonths, compareDates, formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { updateVersioned } from "@/lib/db/versioned";
import { ZVerzoekBesluit, ZVerzoekNieuw, ZVerzoekVerlengen } from "./schema";

export const registreerVerzoek = defineCommand(
  { permission: "verzoek:write", schema: ZVerzoekNieuw, resource: { type: "verzoek" } },
  async ({ tx, user, data, audit }) => {
    const b = await tx.betrokkene.findFirst({
      where: { persoonsvolgnummer: data.persoonsvolgnummer, casus: { nummer: data.casusnummer } },
      select: { id: true, casusId: true },
    });
    if (!b)
      throw new ValidationFailed({
        persoonsvolgnummer: "Deze persoon staat niet in deze casus; zoek hem op via Log per cliënt.",
      });
    const v = await tx.verzoek.create({
      data: {
        casusId: b.casusId,
        betrokkeneId: b.id,
        soort: data.soort,
        ontvangenOp: data.ontvangenOp,
        vanWie: data.vanWie,
        omschrijving: data.omschrijving,
        termijnOp: addMonths(data.ontvangenOp, 1),
        doorId: user.id,
      },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entityType: "verzoek",
      entityId: v.id,
      casusId: b.casusId,
      betrokkeneIds: [b.id],
      detail: `AVG request ${data.soort}`,
    });
    return { id: v.id };
  },
);

export const verlengVerzoek = defineCommand(
  { permission: "verzoek:write", schema: ZVerzoekVerlengen, resource: { type: "verzoek" } },
  async ({ tx, data, audit }) => {
    const v = await tx.verzoek.findUnique({ where: { id: data.id } });
    if (!v) throw new NotFound("verzoek");
    if (v.besluit) throw new RuleViolation("Over dit verzoek is al besloten.");
    if (v.verlengReden) throw new RuleViolation("De termijn is al verlengd; verlengen kan één keer, met twee maanden.");
    if (compareDates(todayInAmsterdam(), v.termijnOp) > 0)
      throw new RuleViolation("De termijn is al verstreken; verlengen kan alleen binnen de eerste maand.");
    await updateVersioned(tx, tx.verzoek, "verzoek", v.id, data.version, {
      termijnOp: addMonths(v.ontvangenOp, 3),
      verlengReden: data.reden,
    });
    await audit({
      action: "UPDATE",
      entityType: "verzoek",
      entityId: v.id,
      casusId: v.casusId,
      detail: "deadline extended by 2 months",
    });
    return { id: v.id };
  },
);

export const besluitVerzoek = defineCommand(
  { permission: "verzoek:write", schema: ZVerzoekBesluit, resource: { type: "verzoek" } },
  async ({ tx, data, audit }) => {
    const v = await tx.verzoek.findUnique({ where: { id: data.id } });
    if (!v) throw new NotFound("verzoek");
    if (v.besluit) throw new RuleViolation("Over dit verzoek is al besloten.");
    if (compareDates(data.besluitOp, v.ontvangenOp) < 0)
      throw new ValidationFailed({ besluitOp: "Het besluit kan niet vóór de ontvangst van het verzoek liggen." });
    const weigering = v.soort === "CORRECTIE" && data.besluit !== "TOEGEWEZEN";
    if (data.eigenVerklaring && !weigering)
      throw new ValidationFailed({
        eigenVerklaring: "Een eigen verklaring hoort alleen bij een (deels) afgewezen verzoek om correctie.",
      });
    await updateVersioned(tx, tx.verzoek, "verzoek", v.id, data.version, {
      besluit: data.besluit,
      besluitOp: data.besluitOp,
      motivering: data.motivering,
      eigenVerklaring: data.eigenVerklaring,
    });
    // A granted request for destruction brings the dossier's destruction day forward (lib/bewaartermijn).
    if (v.soort === "VERWIJDERING" && data.besluit === "TOEGEWEZEN")
      await tx.casus.update({
        where: { id: v.casusId },
        data: {
          vernietigenVanaf: data.besluitOp,
          vernietigenReden: `Verzoek om verwijdering toegewezen op ${formatDatumNl(data.besluitOp)}.`,
          version: { increment: 1 },
        },
      });
    await audit({
      action: "UPDATE",
      entityType: "verzoek",
      entityId: v.id,
      casusId: v.casusId,
      betrokkeneIds: [v.betrokkeneId],
      detail: `decided ${data.besluit}${data.eigenVerklaring ? "; eigen verklaring added" : ""}`,
    });
    return { id: v.id };
  },
);
