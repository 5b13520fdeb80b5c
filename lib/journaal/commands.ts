// The journaal: a regel is its author's concept until vastleggen; after that the database refuses every change
// (migration 20261205213458_dossier) and a mistake or addition is an aanvulling under it.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import type { Actor } from "@/lib/auth/audit";
import type { Tx } from "@/lib/db/client";
import { updateVersioned } from "@/lib/db/versioned";
import { now } from "@/lib/domain/clock";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { ZAanvulling, ZJournaalConceptVerwijderen, ZJournaalRegel, ZJournaalVastleggen } from "./schema";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";

const AL_VASTGELEGD = "Deze journaalregel is al vastgelegd en kan niet meer worden gewijzigd. Voeg een aanvulling toe.";

export const saveJournaalRegel = defineCommand(
  { permission: "journaal:write", schema: ZJournaalRegel, resource: { type: "journaalregel" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    if (casus.einddatum) throw new RuleViolation("De casus is gesloten; er kan geen journaalregel meer bij.");
    await checkLinks(tx, casus.id, data);
    const fields = {
      datumTijd: data.datumTijd,
      soort: data.soort,
      metWie: data.metWie,
      verslag: data.verslag,
      belangrijk: data.belangrijk,
      meldingId: data.hoortBij.meldingId,
      dienstId: data.hoortBij.dienstId,
    };
    let id: number;
    if (data.id === undefined) {
      const regel = await tx.journaalRegel.create({
        data: { ...fields, casusId: casus.id, auteurId: user.id },
        select: { id: true },
      });
      id = regel.id;
    } else {
      const concept = await ownConcept(tx, user, data.id);
      if (concept.casusId !== casus.id) throw new NotFound("Journaalregel niet gevonden");
      await tx.journaalBetrokkene.deleteMany({ where: { regelId: concept.id } });
      await linkBetrokkenen(tx, concept.id, casus.id, data.metWieBetrokkenen);
      await updateVersioned(tx, tx.journaalRegel, "journaalregel", concept.id, data.version ?? 0, fields, [
        "verslag",
        "soort",
      ]);
      id = concept.id;
    }
    if (data.id === undefined) await linkBetrokkenen(tx, id, casus.id, data.metWieBetrokkenen);
    // Last: once the regel is vastgelegd, neither it nor its betrokkenen can change (trigger).
    if (data.vastleggen) await tx.journaalRegel.update({ where: { id }, data: { vastgelegdOp: now() } });
    await audit({
      action: data.id === undefined ? "CREATE" : "UPDATE",
      entityType: "journaalregel",
      entityId: id,
      casusId: casus.id,
      betrokkeneIds: data.metWieBetrokkenen,
      detail: data.vastleggen ? "vastgelegd" : "concept",
    });
    return { casusnummer: casus.nummer, id, vastgelegd: data.vastleggen };
  },
);

export const vastleggenJournaalRegel = defineCommand(
  { permission: "journaal:write", schema: ZJournaalVastleggen, resource: { type: "journaalregel" } },
  async ({ tx, user, data, audit }) => {
    const concept = await ownConcept(tx, user, data.id);
    await updateVersioned(tx, tx.journaalRegel, "journaalregel", concept.id, data.version, { vastgelegdOp: now() }, [
      "verslag",
    ]);
    await audit({
      action: "UPDATE",
      entityType: "journaalregel",
      entityId: concept.id,
      casusId: concept.casusId,
      detail: "vastgelegd",
    });
    return { casusnummer: concept.casus.nummer, id: concept.id };
  },
);

export const deleteJournaalConcept = defineCommand(
  { permission: "journaal:write", schema: ZJournaalConceptVerwijderen, resource: { type: "journaalregel" } },
  async ({ tx, user, data, audit }) => {
    const concept = await ownConcept(tx, user, data.id);
    const { count } = await tx.journaalRegel.deleteMany({
      where: { id: concept.id, version: data.version, vastgelegdOp: null },
    });
    if (count !== 1) throw new RuleViolation("Dit concept is intussen gewijzigd; open het opnieuw.");
    await audit({
      action: "DELETE",
      entityType: "journaalregel",
      entityId: concept.id,
      casusId: concept.casusId,
      detail: "concept",
    });
    return { casusnummer: concept.casus.nummer };
  },
);

export const addAanvulling = defineCommand(
  { permission: "journaal:write", schema: ZAanvulling, resource: { type: "journaalaanvulling" } },
  async ({ tx, user, data, audit }) => {
    const regel = await tx.journaalRegel.findFirst({
      where: {
        id: data.regelId,
        casus: { AND: [casusScope(user), dossierWriteScope(user)] },
        OR: [{ vastgelegdOp: { not: null } }, { auteurId: user.id }],
      },
      select: { id: true, casusId: true, vastgelegdOp: true, casus: { select: { nummer: true } } },
    });
    if (!regel) throw new NotFound("Journaalregel niet gevonden");
    if (!regel.vastgelegdOp)
      throw new RuleViolation("Dit is nog uw concept: pas het zelf aan. Een aanvulling kan pas na vastleggen.");
    const a = await tx.journaalAanvulling.create({
      data: { regelId: regel.id, auteurId: user.id, tekst: data.tekst },
      select: { id: true },
    });
    await audit({ action: "CREATE", entityType: "journaalaanvulling", entityId: a.id, casusId: regel.casusId });
    return { casusnummer: regel.casus.nummer, id: a.id };
  },
);

/** The user's own concept, in a casus they may still write in; a vastgelegde regel is refused by name. */
async function ownConcept(tx: Tx, user: Actor, id: number) {
  const regel = await tx.journaalRegel.findFirst({
    where: { id, auteurId: user.id, casus: { AND: [casusScope(user), dossierWriteScope(user)] } },
    select: { id: true, casusId: true, vastgelegdOp: true, casus: { select: { nummer: true } } },
  });
  if (!regel) throw new NotFound("Journaalregel niet gevonden");
  if (regel.vastgelegdOp) throw new RuleViolation(AL_VASTGELEGD);
  return regel;
}

async function checkLinks(
  tx: Tx,
  casusId: number,
  data: { metWieBetrokkenen: number[]; hoortBij: { meldingId: number | null; dienstId: number | null } },
) {
  const errors: Record<string, string> = {};
  if (data.metWieBetrokkenen.length) {
    const n = await tx.betrokkene.count({ where: { casusId, id: { in: data.metWieBetrokkenen } } });
    if (n !== new Set(data.metWieBetrokkenen).size)
      errors.metWieBetrokkenen = "Kies alleen betrokkenen van deze casus.";
  }
  const { meldingId, dienstId } = data.hoortBij;
  if (meldingId && !(await tx.melding.count({ where: { id: meldingId, casusId } })))
    errors.hoortBij = "Kies een melding of dienst van deze casus.";
  if (dienstId && !(await tx.dienst.count({ where: { id: dienstId, casusId } })))
    errors.hoortBij = "Kies een melding of dienst van deze casus.";
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}

async function linkBetrokkenen(tx: Tx, regelId: number, casusId: number, ids: number[]) {
  if (ids.length)
    await tx.journaalBetrokkene.createMany({
      data: [...new Set(ids)].map((betrokkeneId) => ({ regelId, casusId, betrokkeneId })),
    });
}
