// Accounts as the beheerder (and the user:create command) makes and resets them: a one-time password that the
// first login must replace, and a second factor to enrol. Shared by lib/beheer/commands.ts and scripts/.
import { roleHas, rolesWith } from "@/lib/auth/permissions";
import crypto from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A one-time password of 18 characters from an alphabet without look-alikes (about 105 bits). */
export function oneTimePassword(): string {
  return Array.from(crypto.randomBytes(18), (b) => ALPHABET[b % ALPHABET.length]).join("");
}

export async function createAccount(tx: Tx, a: { username: string; displayName: string; role: Role }) {
  if (await tx.user.findUnique({ where: { username: a.username }, select: { id: true } })) {
    throw new ValidationFailed({ username: "Deze gebruikersnaam bestaat al." });
  }
  const password = oneTimePassword();
  const u = await tx.user.create({
    data: { ...a, passwordHash: await hashPassword(password), mustChangePassword: true, totpRequired: true },
    select: { id: true, username: true },
  });
  return { ...u, password };
}

/** A new one-time password, a new second factor to enrol, all sessions ended. */
export async function resetAccount(tx: Tx, userId: number) {
  const password = oneTimePassword();
  await tx.user.update({
    where: { id: userId },
    data: {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      version: { increment: 1 },
    },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.session.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: new Date(), endReason: "account_reset" },
  });
  return password;
}

/** Refuses a change that would leave the organisation without an active user who may manage the accounts. */
export async function keepOneBeheerder(tx: Tx, userId: number, after: { role: Role; active: boolean }) {
  if (roleHas(after.role, "user:manage") && after.active) return;
  const target = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, active: true } });
  if (!roleHas(target.role, "user:manage") || !target.active) return;
  // Lock the active beheerders, so two simultaneous changes can not both remove "the other" one.
  const beheerRollen = rolesWith("user:manage");
  const rows = await tx.$queryRaw<
    { id: number }[]
  >`SELECT id FROM app_user WHERE role::text = ANY(${beheerRollen}) AND active FOR UPDATE`;
  if (rows.length <= 1)
    throw new RuleViolation(
      "Dit is de laatste actieve functioneel beheerder; die kan niet worden uitgeschakeld of een andere rol krijgen.",
    );
}
