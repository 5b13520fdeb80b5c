// The beheerder's reads: accounts, the access log and the organisation settings (no case content).
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { authorize } from "@/lib/auth/authorize";

export async function listUsers(user: Actor) {
  return auditedRead(
    user,
    { permission: "user:manage" },
    (tx) =>
      tx.user.findMany({
        orderBy: { username: "asc" },
        select: { id: true, username: true, displayName: true, role: true, active: true, version: true },
      }),
    (users) => ({ entityType: "user", detail: `list ${users.length}` }),
  );
}

export async function listAuditEvents(user: Actor, limit = 200) {
  return auditedRead(
    user,
    { permission: "audit:read" },
    (tx) => tx.auditEvent.findMany({ orderBy: { id: "desc" }, take: limit }),
    (events) => ({ entityType: "audit_event", detail: `last ${events.length}` }),
  );
}

/** Organisation settings are reference data, not case content: authorized, not audited as a read. */
export async function getInstellingen(user: Actor) {
  await authorize(user, "instellingen:manage");
  return prisma.organisatie.findUnique({ where: { id: 1 } });
}
