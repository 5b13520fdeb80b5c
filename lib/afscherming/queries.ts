// Who may read an afgeschermd dossier, and who could be added: for the teamleider's form (staff names, no case
// content; authorized, not audited as a read of the dossier).
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/authorize";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export async function getAfschermingForm(user: Actor, casusId: number) {
  await authorize(user, "afscherming:manage", { type: "casus", id: casusId, casusId });
  const [toegang, kandidaten] = await Promise.all([
    prisma.casusToegang.findMany({ where: { casusId }, select: { user: { select: { username: true } } } }),
    prisma.user.findMany({
      where: { active: true, role: { in: ["TRIAGE", "CASEMANAGER", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER"] } },
      orderBy: { displayName: "asc" },
      select: { username: true, displayName: true, role: true },
    }),
  ]);
  return {
    gekozen: toegang.map((t) => t.user.username),
    kandidaten: kandidaten.map((k) => ({ username: k.username, label: `${k.displayName} (${ROLE_LABELS[k.role]})` })),
  };
}
