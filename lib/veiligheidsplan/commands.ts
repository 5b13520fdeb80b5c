// The veiligheidsplan of a casus: voorwaarden agreed with the family, changed by correction (reason, old and new
// values in `correctie`) and ended with a date and reason. Only on an open casus with a casemanager, by the
// casemanager in their own scope. docs/decisions/016-veiligheidsplan.md.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { updateVersioned } from "@/lib/db/versioned";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { lockCasus } from "@/lib/casus/snapshot";
import { findScopedCasus, CASUS_GESLOTEN_REDEN } from "@/lib/casus/scoped";
import { diff, recordCorrectie, toonDatum, type VeldDef } from "@/lib/correctie/record";
import { ZVoorwaarde, ZVoorwaardeBeeindigen, ZVoorwaardeWijzigen } from "./schema";

export const VOORWAARDE_VELDEN: Record<string, VeldDef> = {
  omschrijving: { label: "Omschrijving" },
  wie: { label: "Wie" },
  perDatum: { label: "Per wanneer", toon: toonDatum },
  controle: { label: "Hoe gecontroleerd" },
  afgesprokenOp: { label: "Afgesproken op", toon: toonDatum },
};

/** The open casus with a casemanager, in the user's scope, locked: where a veiligheidsplan can change. */
async function lockPlanCasus(tx: Tx, user: Actor, casusnummer: string) {
  const casus = await findScopedCasus(tx, user, casusnummer);
  await lockCasus(tx, casus.id);
  const c = await tx.casus.findUniqueOrThrow({
    where: { id: casus.id },
    select: { id: true, nummer: true, begindatum: true, einddatum: true, casemanagerId: true },
  });
  if (c.einddatum) throw new RuleViolation(CASUS_GESLOTEN_REDEN);
  if (c.casemanagerId === null)
    throw new RuleViolation("Een veiligheidsplan hoort bij een casus met een casemanager (na de toewijzing)");
  return c;
}

function checkDatums(c: { begindatum: Date }, d: { afgesprokenOp: Date; perDatum: Date }) {
  if (compareDates(d.afgesprokenOp, c.begindatum) < 0)
    throw new ValidationFailed({
      afgesprokenOp: `Afgesproken op ligt vóór het begin van de casus (${formatDatumNl(c.begindatum)}).`,
    });
  if (compareDates(d.perDatum, d.afgesprokenOp) < 0)
    throw new ValidationFailed({ perDatum: "Per wanneer ligt vóór de datum waarop de voorwaarde is afgesproken." });
}

export const addVoorwaarde = defineCommand(
  { permission: "veiligheidsplan:write", schema: ZVoorwaarde, resource: { type: "veiligheidsvoorwaarde" } },
  async ({ tx, user, data, audit }) => {
    const c = await lockPlanCasus(tx, user, data.casusnummer);
    checkDatums(c, data);
    const laatste = await tx.veiligheidsvoorwaarde.aggregate({ where: { casusId: c.id }, _max: { volgnummer: true } });
    const v = await tx.veiligheidsvoorwaarde.create({
      data: {
        casusId: c.id,
        volgnummer: (laatste._max.volgnummer ?? 0) + 1,
        omschrijving: data.omschrijving,
        wie: data.wie,
        perDatum: data.perDatum,
        controle: data.controle,
        afgesprokenOp: data.afgesprokenOp,
        createdById: user.id,
      },
      select: { id: true, volgnummer: true },
    });
    await audit({ action: "CREATE", entityType: "veiligheidsvoorwaarde", entityId: v.id, casusId: c.id });
    return { casusnummer: c.nummer, volgnummer: v.volgnummer };
  },
);

async function findVoorwaarde(tx: Tx, casusId: number, id: number) {
  const v = await tx.veiligheidsvoorwaarde.findFirst({ where: { id, casusId } });
  if (!v) throw new NotFound("Voorwaarde niet gevonden");
  return v;
}

export const wijzigVoorwaarde = defineCommand(
  { permission: "veiligheidsplan:write", schema: ZVoorwaardeWijzigen, resource: { type: "veiligheidsvoorwaarde" } },
  async ({ tx, user, data, audit }) => {
    const c = await lockPlanCasus(tx, user, data.casusnummer);
    const v = await findVoorwaarde(tx, c.id, data.id);
    if (v.beeindigdOp) throw new RuleViolation("Deze voorwaarde is beëindigd en kan niet meer worden gewijzigd");
    checkDatums(c, data);
    const eersteScore = await tx.voorwaardeScore.findFirst({
      where: { voorwaardeId: v.id },
      orderBy: { moment: { datum: "asc" } },
      select: { moment: { select: { datum: true } } },
    });
    if (eersteScore && compareDates(data.afgesprokenOp, eersteScore.moment.datum) > 0)
      throw new ValidationFailed({
        afgesprokenOp: `De voorwaarde is al beoordeeld op ${formatDatumNl(eersteScore.moment.datum)}; afgesproken op kan niet later zijn.`,
      });
    const wijzigingen = diff(VOORWAARDE_VELDEN, v, data);
    await recordCorrectie(tx, user, audit, {
      entityType: "veiligheidsvoorwaarde",
      entityId: v.id,
      casusId: c.id,
      reden: data.reden,
      wijzigingen,
    });
    await updateVersioned(tx, tx.veiligheidsvoorwaarde, "veiligheidsvoorwaarde", v.id, data.version, {
      omschrijving: data.omschrijving,
      wie: data.wie,
      perDatum: data.perDatum,
      controle: data.controle,
      afgesprokenOp: data.afgesprokenOp,
    });
    return { casusnummer: c.nummer };
  },
);

export const beeindigVoorwaarde = defineCommand(
  { permission: "veiligheidsplan:write", schema: ZVoorwaardeBeeindigen, resource: { type: "veiligheidsvoorwaarde" } },
  async ({ tx, user, data, audit }) => {
    const c = await lockPlanCasus(tx, user, data.casusnummer);
    const v = await findVoorwaarde(tx, c.id, data.id);
    if (v.beeindigdOp) throw new RuleViolation("Deze voorwaarde is al beëindigd");
    if (compareDates(data.beeindigdOp, v.afgesprokenOp) < 0)
      throw new ValidationFailed({
        beeindigdOp: `Beëindigd op ligt vóór de afspraak (${formatDatumNl(v.afgesprokenOp)}).`,
      });
    const laatsteScore = await tx.voorwaardeScore.findFirst({
      where: { voorwaardeId: v.id },
      orderBy: { moment: { datum: "desc" } },
      select: { moment: { select: { datum: true } } },
    });
    if (laatsteScore && compareDates(data.beeindigdOp, laatsteScore.moment.datum) < 0)
      throw new ValidationFailed({
        beeindigdOp: `De voorwaarde is nog beoordeeld op ${formatDatumNl(laatsteScore.moment.datum)}; beëindigd op kan niet eerder zijn.`,
      });
    await updateVersioned(tx, tx.veiligheidsvoorwaarde, "veiligheidsvoorwaarde", v.id, data.version, {
      beeindigdOp: data.beeindigdOp,
      beeindigdReden: data.reden,
    });
    await audit({
      action: "UPDATE",
      entityType: "veiligheidsvoorwaarde",
      entityId: v.id,
      casusId: c.id,
      detail: "ended",
    });
    return { casusnummer: c.nummer };
  },
);
