// Who can be put on the list of an afgeschermd dossier: the roles that read case content.
import type { Role } from "@/generated/prisma/enums";

export const AFSCHERMING_ROLLEN: Role[] = ["TRIAGE", "CASEMANAGER", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER"];
