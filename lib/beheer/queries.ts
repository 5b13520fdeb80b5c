import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit, type Actor } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/authorize";

export async function listUsers(user: Actor) {
  await authorize(user, "user:manage");
  return prisma.$transaction(async (tx) => {
    const users = await tx.user.findMany({
      orderBy: { username: "asc" },
      select: { id: true, username: true, displayName: true, role: true, active: true, version: true },
    });
    await writeAudit(tx, { actor: user, action: "READ", entityType: "user", detail: `list ${users.length}` });
    return users;
  });
}

export async function listAuditEvents(user: Actor, limit = 200) {
  await authorize(user, "audit:read");
  return prisma.$transaction(async (tx) => {
    const events = await tx.auditEvent.findMany({ orderBy: { id: "desc" }, take: limit });
    await writeAudit(tx, { actor: user, action: "READ", entityType: "audit_event", detail: `last ${events.length}` });
    return events;
  });
}

export async function getInstellingen(user: Actor) {
  await authorize(user, "instellingen:manage");
  return prisma.organisatie.findUnique({ where: { id: 1 } });
}
