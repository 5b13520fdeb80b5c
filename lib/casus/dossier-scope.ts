// Finding the casus a user writes in (journaal, documents, corrections): both scopes in the query. A casus the
// user may read but not write in is refused with the reason; one they may not read is simply not found.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
import { NotFound, RuleViolation } from "@/lib/auth/errors";

export async function findWritableCasus(tx: Tx, user: Actor, nummer: string) {
  const select = {
    id: true,
    nummer: true,
    begindatum: true,
    einddatum: true,
    version: true,
    casemanagerId: true,
  } as const;
  const casus = await tx.casus.findFirst({
    where: { nummer, AND: [casusScope(user), dossierWriteScope(user)] },
    select,
  });
  if (casus) return casus;
  if (await tx.casus.count({ where: { nummer, ...casusScope(user) } }))
    throw new RuleViolation(
      "In deze casus kunt u niet schrijven: hij is toegewezen aan een casemanager en niet meer in de voordeur.",
    );
  throw new NotFound("Casus niet gevonden");
}
