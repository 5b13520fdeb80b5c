// Access scope, put into the query: a casus outside it is simply not found (never loaded and checked after).
// Triage, gedragswetenschapper and teamleider work across the organisation (radar, four eyes, assignment);
// a case manager sees the casussen assigned to them; the beheerder sees no case content.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./audit";

export function casusScope(user: Actor): Prisma.CasusWhereInput {
  switch (user.role) {
    case "TRIAGE":
    case "GEDRAGSWETENSCHAPPER":
    case "TEAMLEIDER":
      return {};
    case "CASEMANAGER":
      return { casemanagerId: user.id };
    default:
      return { id: -1 };
  }
}

/**
 * Where a user may write in the dossier (journaal, documents, corrections): triage on casussen still in the
 * voordeur (no casemanager yet), the casemanager on their own, the gedragswetenschapper and teamleider on any
 * casus they may read.
 */
export function dossierWriteScope(user: Actor): Prisma.CasusWhereInput {
  switch (user.role) {
    case "TRIAGE":
      return { casemanagerId: null };
    case "CASEMANAGER":
      return { casemanagerId: user.id };
    case "GEDRAGSWETENSCHAPPER":
    case "TEAMLEIDER":
      return {};
    default:
      return { id: -1 };
  }
}
