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
