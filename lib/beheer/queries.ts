// The beheerder's reads: accounts, the access log and the organisation settings (no case content).
import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { authorize } from "@/lib/auth/authorize";
import { WINDOW_MS } from "@/lib/auth/login-limits";

export async function listUsers(user: Actor) {
  return auditedRead(
    user,
    { permission: "user:manage" },
    async (tx) => {
      const users = await tx.user.findMany({
        orderBy: { username: "asc" },
        select: {
          id: true,
          username: true,
          displayName: true,
          role: true,
          active: true,
          version: true,
          mustChangePassword: true,
          totpEnabledAt: true,
        },
      });
      const since = new Date(Date.now() - WINDOW_MS);
      const failures = await tx.loginFailure.groupBy({ by: ["username"], where: { at: { gte: since } }, _count: true });
      const failed = new Map(failures.map((f) => [f.username, f._count]));
      return users.map(({ totpEnabledAt, ...u }) => ({
        ...u,
        tweedeFactor: !!totpEnabledAt,
        mislukt: failed.get(u.username) ?? 0,
      }));
    },
    (users) => ({ entityType: "user", detail: `list ${users.length}` }),
  );
}

/** Organisation settings are reference data, not case content: authorized, not audited as a read. */
export async function getInstellingen(user: Actor) {
  await authorize(user, "instellingen:manage");
  return prisma.organisatie.findUnique({ where: { id: 1 } });
}
export type GebruikerRij = Awaited<ReturnType<typeof listUsers>>[number];
