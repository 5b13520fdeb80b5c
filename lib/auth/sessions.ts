// Server-side sessions: the JWT only carries a session id; the row decides. Ending the row (logout, idle
// timeout, absolute lifetime, disabled account, administrator) ends the session at once.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import type { Role } from "@/generated/prisma/enums";
import { activeNoodtoegangenJson, parseNoodtoegangen, type NoodJson } from "@/lib/noodtoegang/active";
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

type SessieRij = {
  id: string;
  endedAt: Date | null;
  lastSeenAt: Date;
  expiresAt: Date;
  pending: string | null;
  userId: number;
  username: string;
  role: Role;
  active: boolean;
  nood: NoodJson[];
  ongelezen: number;
};

/**
 * The user of a valid session, touching lastSeenAt; null (and the row ended) when it is no longer valid. The
 * session, its user and the user's noodtoegangen in one statement: this runs before every page and action.
 */
export async function resolveSession(sessionId: string, clientAddress: string | null): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const now = new Date();
  const [s] = await prisma.$queryRaw<SessieRij[]>(
    vastPlan(Prisma.sql`
    SELECT s.id::text, s."endedAt", s."lastSeenAt", s."expiresAt", s.pending, u.id AS "userId", u.username,
           u.role::text AS role, u.active, ${activeNoodtoegangenJson(Prisma.sql`u.id`, now)} AS nood,
           (SELECT count(*)::int FROM signaal g WHERE g."userId" = u.id AND g."gelezenOp" IS NULL) AS ongelezen
    FROM session s JOIN app_user u ON u.id = s."userId"
    WHERE s.id = ${sessionId}::uuid`),
  );
  if (!s) return null;
  const reason = sessionEndReason(
    { endedAt: s.endedAt, lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt, userActive: s.active },
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
    id: s.userId,
    username: s.username,
    role: s.role,
    clientAddress,
    pending: s.pending === "setup",
    sessionId: s.id,
    nood: parseNoodtoegangen(s.nood),
    grants: await grantsFor(s.role),
    ongelezenSignalen: s.ongelezen,
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
