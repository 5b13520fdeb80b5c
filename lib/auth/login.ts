// Credential check behind next-auth's authorize(): zod, throttling per account and per address, argon2id,
// a session row, and an audit event for every attempt, in one transaction with the work.
import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "./audit";
import { dummyHash, verifyPassword } from "./password";
import { ZLogin } from "./schema";
import { createSession } from "./sessions";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS } from "./session-policy";

export type LoginResult =
  | { ok: true; userId: number; username: string; displayName: string; role: string; sessionId: string }
  | { ok: false; reason: "invalid" | "throttled" };

export async function attemptLogin(raw: unknown, clientAddress: string): Promise<LoginResult> {
  const parsed = ZLogin.safeParse(raw);
  const typedName =
    typeof (raw as { username?: unknown })?.username === "string"
      ? String((raw as { username: string }).username).slice(0, 64)
      : null;
  if (!parsed.success) return fail(typedName, clientAddress, "invalid", "malformed input");
  const { username, password } = parsed.data;

  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    prisma.loginFailure.count({ where: { username, at: { gte: since } } }),
    prisma.loginFailure.count({ where: { clientAddress, at: { gte: since } } }),
  ]);
  if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) {
    return fail(username, clientAddress, "throttled", "throttled");
  }

  const user = await prisma.user.findUnique({ where: { username } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    return fail(
      username,
      clientAddress,
      "invalid",
      !user ? "unknown account" : !ok ? "wrong password" : "account disabled",
      user?.id,
    );
  }
  const session = await prisma.$transaction(async (tx) => {
    const s = await createSession(tx, user.id, clientAddress);
    await writeAudit(tx, {
      actor: { id: user.id, username: user.username, role: user.role },
      action: "LOGIN",
      entityType: "session",
      entityId: s.id,
      clientAddress,
    });
    return s;
  });
  return {
    ok: true,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sessionId: session.id,
  };
}

async function fail(
  username: string | null,
  clientAddress: string,
  reason: "invalid" | "throttled",
  detail: string,
  userId?: number,
): Promise<LoginResult> {
  await prisma.$transaction(async (tx) => {
    if (reason === "invalid") await tx.loginFailure.create({ data: { username: username ?? "", clientAddress } });
    await writeAudit(tx, {
      actor: null,
      username,
      action: "LOGIN",
      entityType: "session",
      outcome: "FAILURE",
      clientAddress,
      detail: userId ? `${detail} (user ${userId})` : detail,
    });
  });
  return { ok: false, reason };
}
