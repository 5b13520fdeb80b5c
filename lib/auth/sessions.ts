// Server-side sessions: the JWT only carries a session id; the row decides. Ending the row (logout, idle
// timeout, absolute lifetime, disabled account, administrator) ends the session at once.
import "server-only";
import { activeNoodtoegangen } from "@/lib/noodtoegang/active";
import { grantsFor } from "./grants";
import { prisma } from "@/lib/db/client";
import { ABSOLUTE_LIFETIME_MS, sessionEndReason } from "./session-policy";
import { writeAudit, type Actor } from "./audit";

export async function createSession(
  tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0],
  userId: number,
  clientAddress: string | null,
  pending: string | null = null,
) {
  const now = new Date();
  return tx.session.create({
    data: {
      userId,
      clientAddress,
      pending,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
    },
  });
}

/** The user of a valid session, touching lastSeenAt; null (and the row ended) when it is no longer valid. */
export async function resolveSession(sessionId: string, clientAddress: string | null): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const s = await prisma.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!s) return null;
  const now = new Date();
  const reason = sessionEndReason(
    { endedAt: s.endedAt, lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt, userActive: s.user.active },
    now,
  );
  if (reason) {
    if (!s.endedAt)
      await prisma.session.updateMany({
        where: { id: s.id, endedAt: null },
        data: { endedAt: now, endReason: reason },
      });
    return null;
  }
  // Touch at most every 30 s: enough precision for a 15-minute idle timeout, far fewer writes.
  if (now.getTime() - s.lastSeenAt.getTime() > 30_000)
    await prisma.session.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  return {
    id: s.user.id,
    username: s.user.username,
    role: s.user.role,
    clientAddress,
    pending: s.pending === "setup",
    sessionId: s.id,
    nood: await activeNoodtoegangen(s.user.id, now),
    grants: await grantsFor(s.user.role),
  };
}

/** Logout: ends the session row (so the old cookie is worthless everywhere) with a LOGOUT audit event. */
export async function endSessionAudited(sessionId: string, reason = "logout") {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await prisma.$transaction(async (tx) => {
    const s = await tx.session.findUnique({ where: { id: sessionId }, include: { user: true } });
    if (!s || s.endedAt) return;
    await tx.session.update({ where: { id: sessionId }, data: { endedAt: new Date(), endReason: reason } });
    await writeAudit(tx, {
      actor: { id: s.user.id, username: s.user.username, role: s.user.role, clientAddress: s.clientAddress },
      action: "LOGOUT",
      entityType: "session",
      entityId: sessionId,
    });
  });
}
