// Relations between the betrokkenen of one casus (ouder van, partner van, gezag). Written within the dossier's
// write scope on an open casus; removed with an audit event (the log keeps who added and who removed what).
// Links of the same person across casussen: koppelingen.ts.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { lockCasus } from "@/lib/casus/snapshot";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { CASUS_GESLOTEN_REDEN } from "@/lib/casus/scoped";
import { relatieRij, ZRelatie, ZRelatieVerwijderen } from "./relatie-schema";

/** The casus in the user's dossier write scope, open, locked: where relations and links change. */
export async function openCasus(tx: Tx, user: Actor, casusnummer: string) {
  const casus = await findWritableCasus(tx, user, casusnummer);
  if (casus.einddatum) throw new RuleViolation(CASUS_GESLOTEN_REDEN);
  await lockCasus(tx, casus.id);
  return casus;
}

export async function betrokkeneVan(tx: Tx, casusId: number, id: number) {
  const b = await tx.betrokkene.findFirst({ where: { id, casusId }, select: { id: true, bsn: true } });
  if (!b) throw new NotFound("Betrokkene niet gevonden");
  return b;
}

export const addRelatie = defineCommand(
  { permission: "relatie:write", schema: ZRelatie, resource: { type: "betrokkene_relatie" } },
  async ({ tx, user, data, audit }) => {
    const casus = await openCasus(tx, user, data.casusnummer);
    await betrokkeneVan(tx, casus.id, data.betrokkeneId);
    if (!(await tx.betrokkene.count({ where: { id: data.andereId, casusId: casus.id } })))
      throw new ValidationFailed({ andereId: "Kies een betrokkene van deze casus." });
    if (data.andereId === data.betrokkeneId)
      throw new ValidationFailed({ andereId: "Een relatie is er tussen twee verschillende personen." });
    const rij = relatieRij(data.keuze, data.betrokkeneId, data.andereId);
    const bestaand = await tx.betrokkeneRelatie.findFirst({
      where: {
        OR: [
          { vanId: rij.vanId, naarId: rij.naarId, soort: rij.soort },
          // the same relation the other way round (A ouder van B and B ouder van A) can not both hold
          ...(rij.soort === "OUDER" || rij.soort === "GEZAG"
            ? [{ vanId: rij.naarId, naarId: rij.vanId, soort: rij.soort }]
            : []),
        ],
      },
    });
    if (bestaand)
      throw new ValidationFailed({
        keuze:
          bestaand.vanId === rij.vanId
            ? "Deze relatie is al vastgelegd."
            : "De omgekeerde relatie is al vastgelegd; verwijder die eerst als hij niet klopt.",
      });
    const r = await tx.betrokkeneRelatie.create({
      data: { casusId: casus.id, ...rij, createdById: user.id },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entityType: "betrokkene_relatie",
      entityId: r.id,
      casusId: casus.id,
      betrokkeneIds: [data.betrokkeneId, data.andereId],
    });
    return { casusnummer: casus.nummer };
  },
);

export const removeRelatie = defineCommand(
  { permission: "relatie:write", schema: ZRelatieVerwijderen, resource: { type: "betrokkene_relatie" } },
  async ({ tx, user, data, audit }) => {
    const casus = await openCasus(tx, user, data.casusnummer);
    const r = await tx.betrokkeneRelatie.findFirst({ where: { id: data.relatieId, casusId: casus.id } });
    if (!r) throw new NotFound("Relatie niet gevonden");
    await tx.betrokkeneRelatie.delete({ where: { id: r.id } });
    await audit({
      action: "DELETE",
      entityType: "betrokkene_relatie",
      entityId: r.id,
      casusId: casus.id,
      betrokkeneIds: [r.vanId, r.naarId],
      detail: `${r.soort} removed`,
    });
    return { casusnummer: casus.nummer };
  },
);
