// Credential check behind next-auth's authorize(): zod, the login limits (lib/auth/login-limits.ts), argon2id,
// the second factor (TOTP or a recovery code), a session row, and an audit event for every attempt, in one
// transaction with the work. A session of an account that must still set its password or enrol the second
// factor is opened "pending": only the setup page opens (lib/auth/guard.ts).
import "server-only";
import { prisma } from "@/lib/db/client";
import { needsSetup } from "./account-state";
import { escapeControl, writeAudit } from "./audit";
import { dummyHash, verifyPassword } from "./password";
import { ZLogin } from "./schema";
import { createSession } from "./sessions";
import { judgeAttempt, WINDOW_MS } from "./login-limits";
import { decryptSecret, matchCode, matchRecoveryCode } from "./totp";

export type LoginResult =
  | { ok: true; userId: number; username: string; displayName: string; role: string; sessionId: string }
  | { ok: false; reason: "invalid" | "address" | "code_required" | "code_invalid" }
  | { ok: false; reason: "wait"; seconds: number };

export async function attemptLogin(raw: unknown, clientAddress: string): Promise<LoginResult> {
  const parsed = ZLogin.safeParse(raw);
  const r = raw as { username?: unknown } | null;
  const typedName = typeof r?.username === "string" ? r.username : null;
  if (!parsed.success) return fail(typedName, clientAddress, "invalid", "malformed input");
  const { username, password, code } = parsed.data;

  const since = new Date(Date.now() - WINDOW_MS);
  const [byAddress, here] = await Promise.all([
    prisma.loginFailure.count({ where: { clientAddress, at: { gte: since } } }),
    prisma.loginFailure.findMany({
      where: { username, clientAddress, at: { gte: since } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
  ]);
  const verdict = judgeAttempt(
    { byAddress, byAccountHere: here.length, lastFailureHere: here[0]?.at ?? null },
    new Date(),
  );
  if (!verdict.ok) {
    await auditFailure(
      username,
      clientAddress,
      verdict.reason === "wait" ? `delayed ${verdict.seconds}s` : "address throttled",
    );
    return verdict.reason === "wait" ? verdict : { ok: false, reason: "address" };
  }

  const user = await prisma.user.findUnique({ where: { username } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    const detail = !user ? "unknown account" : !ok ? "wrong password" : "account disabled";
    return fail(username, clientAddress, "invalid", detail, user?.id);
  }

  if (user.totpEnabledAt && user.totpSecret) {
    if (!code) return { ok: false, reason: "code_required" }; // the password was right: ask for the code
    const used = await checkSecondFactor(user.id, user.totpSecret, user.totpLastStep, code);
    if (!used)
      return fail(username, clientAddress, "code_invalid", "wrong or reused second-factor code", user.id, "totp");
  }

  const pending = needsSetup(user) ? "setup" : null;
  const session = await prisma.$transaction(async (tx) => {
    const s = await createSession(tx, user.id, clientAddress, pending);
    await writeAudit(tx, {
      actor: { id: user.id, username: user.username, role: user.role },
      action: "LOGIN",
      entityType: "session",
      entityId: s.id,
      clientAddress,
      detail: pending ? "account setup pending" : null,
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

/** A TOTP code (accepted once: only a later step than the last one) or an unused recovery code. */
async function checkSecondFactor(
  userId: number,
  secret: string,
  lastStep: number | null,
  code: string,
): Promise<boolean> {
  const step = await matchCode(decryptSecret(secret), code.replace(/\s/g, ""), lastStep);
  if (step !== null) {
    // Conditional: of two requests with the same code, only one gets the step.
    const { count } = await prisma.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }
  const unused = await prisma.recoveryCode.findMany({
    where: { userId, usedAt: null },
    select: { id: true, codeHash: true },
  });
  const id = await matchRecoveryCode(code, unused);
  if (id === null) return false;
  const { count } = await prisma.recoveryCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

async function auditFailure(username: string | null, clientAddress: string, detail: string, userId?: number) {
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actor: null,
      username,
      action: "LOGIN",
      entityType: "session",
      outcome: "FAILURE",
      clientAddress,
      detail: userId ? `${detail} (user ${userId})` : detail,
    }),
  );
}

async function fail(
  username: string | null,
  clientAddress: string,
  reason: "invalid" | "code_invalid",
  detail: string,
  userId?: number,
  kind = "password",
): Promise<LoginResult> {
  await prisma.$transaction(async (tx) => {
    await tx.loginFailure.create({
      data: { username: escapeControl(username ?? "").slice(0, 64), clientAddress, kind },
    });
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
