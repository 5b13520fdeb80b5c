// Reads of one's own account: what setup still needs, and one's active sessions.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { totpRequiredFor } from "@/lib/auth/account-state";

export async function getAccount(user: Actor) {
  return auditedRead(
    user,
    { permission: "account:self" },
    async (tx) => {
      const u = await tx.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { displayName: true, mustChangePassword: true, totpRequired: true, totpEnabledAt: true, role: true },
      });
      const sessions = await tx.session.findMany({
        where: { userId: user.id, endedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { lastSeenAt: "desc" },
        select: { id: true, createdAt: true, lastSeenAt: true, clientAddress: true },
      });
      const herstelcodes = await tx.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
      return {
        naam: u.displayName,
        mustChangePassword: u.mustChangePassword,
        totpNeeded: totpRequiredFor(u) && !u.totpEnabledAt,
        totpEnabled: !!u.totpEnabledAt,
        herstelcodes,
        sessions: sessions.map((s) => ({
          id: s.id,
          sinds: s.createdAt.toISOString(),
          laatst: s.lastSeenAt.toISOString(),
          adres: s.clientAddress ?? "onbekend",
          huidige: s.id === user.sessionId,
        })),
      };
    },
    () => ({ entityType: "account", entityId: user.id }),
  );
}
export type AccountView = Awaited<ReturnType<typeof getAccount>>;
