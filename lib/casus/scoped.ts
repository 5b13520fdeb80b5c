// Finding a casus (or a dienst under it) for a change, with the user's access scope in the query: a casus
// outside the scope is simply not found. Shared by the achterdeur steps (dienst, overdracht, monitoring, close).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { NotFound, RuleViolation } from "@/lib/auth/errors";
import { lockCasus, loadCasusSnapshot } from "@/lib/casus/snapshot";

export const CASUS_GESLOTEN_REDEN = "De casus is gesloten; er kan niets meer aan worden toegevoegd";

export async function findScopedCasus(tx: Tx, user: Actor, nummer: string, scope: Prisma.CasusWhereInput = {}) {
  const casus = await tx.casus.findFirst({
    where: { AND: [{ nummer }, casusScope(user), scope] },
    select: { id: true, nummer: true, begindatum: true, einddatum: true, version: true },
  });
  if (!casus) throw new NotFound("Casus niet gevonden");
  return casus;
}

/** Finds the casus in scope, locks it and loads its snapshot: the start of every protocol step. */
export async function lockScopedCasus(tx: Tx, user: Actor, nummer: string, scope: Prisma.CasusWhereInput = {}) {
  const casus = await findScopedCasus(tx, user, nummer, scope);
  await lockCasus(tx, casus.id);
  const snapshot = await loadCasusSnapshot(tx, casus.id);
  return { casus, snapshot };
}

/** A dienst of a casus in scope, locked through its casus; the casus must still be open. */
export async function lockScopedDienst(tx: Tx, user: Actor, casusnummer: string, dienstId: number) {
  const found = await tx.dienst.findFirst({
    where: { id: dienstId, casus: { nummer: casusnummer, ...casusScope(user) } },
    select: { casusId: true },
  });
  if (!found) throw new NotFound("Dienst niet gevonden");
  await lockCasus(tx, found.casusId);
  const dienst = await tx.dienst.findUniqueOrThrow({
    where: { id: dienstId },
    select: {
      id: true,
      nummer: true,
      casusId: true,
      soort: true,
      status: true,
      startdatum: true,
      einddatum: true,
      version: true,
      toelichting: true,
      afsluitingVoorgesteldDoorId: true,
      beoordeling: {
        select: { datum: true, melding: { select: { betrokkenen: { select: { betrokkeneId: true } } } } },
      },
    },
  });
  const casus = await tx.casus.findUniqueOrThrow({ where: { id: dienst.casusId }, select: { einddatum: true } });
  if (casus.einddatum) throw new RuleViolation(CASUS_GESLOTEN_REDEN);
  return { ...dienst, betrokkeneIds: dienst.beoordeling.melding.betrokkenen.map((b) => b.betrokkeneId) };
}
