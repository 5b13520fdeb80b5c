// Access scope, put into the query: a casus outside it is simply not found (never loaded and checked after).
// Triage, gedragswetenschapper and teamleider work across the organisation (radar, four eyes, assignment);
// a case manager sees the casussen assigned to them; the beheerder sees no case content.
import { Prisma } from "@/generated/prisma/client";
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

/** casusScope as an SQL condition on a casus row (alias `c`), for the few aggregate queries Prisma can not
 * express; scope.int.test.ts holds both to the same casussen for every role. */
export function casusScopeSql(user: Actor): Prisma.Sql {
  switch (user.role) {
    case "TRIAGE":
    case "GEDRAGSWETENSCHAPPER":
    case "TEAMLEIDER":
      return Prisma.sql`TRUE`;
    case "CASEMANAGER":
      return Prisma.sql`c."casemanagerId" = ${user.id}`;
    default:
      return Prisma.sql`FALSE`;
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
