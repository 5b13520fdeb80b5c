// One's own account: a password of one's own, the second factor, recovery codes and one's sessions. Every step
// is audited; a password change ends the account's other sessions.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { refreshPending } from "@/lib/auth/account-state";
import { decryptSecret, encryptSecret, matchCode, newEnrolment, newRecoveryCodes } from "@/lib/auth/totp";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { ZEigenWachtwoord, ZHerstelcodes, ZSessieBeeindigen, ZTotpBevestigen, ZWachtwoordWijzigen } from "./schema";
import { z } from "zod";

const P = { permission: "account:self" } as const;

async function storePassword(tx: Tx, user: Actor, nieuw: string) {
  const u = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  const problem = passwordProblem(nieuw, user.username);
  if (problem) throw new ValidationFailed({ nieuw: problem });
  if (await verifyPassword(u.passwordHash, nieuw))
    throw new ValidationFailed({ nieuw: "Kies een ander wachtwoord dan het huidige." });
  await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(nieuw), mustChangePassword: false, version: { increment: 1 } },
  });
  // Whoever else is logged in with the old password is logged out.
  await tx.session.updateMany({
    where: { userId: user.id, endedAt: null, id: { not: user.sessionId } },
    data: { endedAt: new Date(), endReason: "password_changed" },
  });
}

/** The first login after a one-time password: a password of one's own. */
export const setOwnPassword = defineCommand({ ...P, schema: ZEigenWachtwoord }, async ({ tx, user, data, audit }) => {
  const u = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } });
  if (!u.mustChangePassword) throw new RuleViolation("Uw wachtwoord is al ingesteld. Wijzig het via Mijn account.");
  await storePassword(tx, user, data.nieuw);
  await refreshPending(tx, user.id, user.sessionId);
  await audit({
    action: "UPDATE",
    entityType: "account",
    entityId: user.id,
    detail: "own password set after a one-time password",
  });
  return { ok: true };
});

export const changePassword = defineCommand(
  { ...P, schema: ZWachtwoordWijzigen },
  async ({ tx, user, data, audit }) => {
    const u = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(u.passwordHash, data.huidig)))
      throw new ValidationFailed({ huidig: "Dit is niet uw huidige wachtwoord." });
    await storePassword(tx, user, data.nieuw);
    await audit({ action: "UPDATE", entityType: "account", entityId: user.id, detail: "password changed" });
    return { ok: true };
  },
);

/** The secret being enrolled (made once, kept until confirmed, so a reload shows the same QR code). */
export const startTotpEnrolment = defineCommand({ ...P, schema: z.object({}) }, async ({ tx, user, audit }) => {
  const u = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (u.totpEnabledAt) throw new RuleViolation("De tweede factor is al ingesteld.");
  // Only when none is being enrolled: of two simultaneous page loads, one secret wins and both show that one.
  const fresh = encryptSecret((await newEnrolment(user.username)).secret);
  await tx.user.updateMany({ where: { id: user.id, totpSecret: null }, data: { totpSecret: fresh } });
  const stored = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
  const enrolment = await newEnrolment(user.username, decryptSecret(stored.totpSecret!));
  await audit({ action: "UPDATE", entityType: "account", entityId: user.id, detail: "second factor enrolment shown" });
  return enrolment;
});

/** Confirms the enrolment with a first code; gives the ten recovery codes, to be shown once. */
export const confirmTotp = defineCommand({ ...P, schema: ZTotpBevestigen }, async ({ tx, user, data, audit }) => {
  const u = await tx.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (u.totpEnabledAt) throw new RuleViolation("De tweede factor is al ingesteld.");
  if (!u.totpSecret) throw new RuleViolation("Open de pagina opnieuw om de QR-code te zien.");
  const step = await matchCode(decryptSecret(u.totpSecret), data.code, null);
  if (step === null)
    throw new ValidationFailed({
      code: "Deze code klopt niet. Controleer de tijd op uw telefoon en vul de nieuwe code in.",
    });
  await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date(), totpLastStep: step } });
  const { codes, hashes } = await newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
  await refreshPending(tx, user.id, user.sessionId);
  await audit({
    action: "UPDATE",
    entityType: "account",
    entityId: user.id,
    detail: "second factor enrolled; 10 recovery codes",
  });
  return { codes };
});

export const renewRecoveryCodes = defineCommand({ ...P, schema: ZHerstelcodes }, async ({ tx, user, data, audit }) => {
  const u = await tx.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, totpEnabledAt: true },
  });
  if (!u.totpEnabledAt) throw new RuleViolation("Stel eerst de tweede factor in.");
  if (!(await verifyPassword(u.passwordHash, data.huidig)))
    throw new ValidationFailed({ huidig: "Dit is niet uw huidige wachtwoord." });
  const { codes, hashes } = await newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
  await audit({ action: "UPDATE", entityType: "account", entityId: user.id, detail: "recovery codes renewed" });
  return { codes };
});

/** Ends one of one's other sessions (another computer, a forgotten browser). */
export const endOwnSession = defineCommand({ ...P, schema: ZSessieBeeindigen }, async ({ tx, user, data, audit }) => {
  if (data.sessionId === user.sessionId)
    throw new RuleViolation("Dit is de sessie waarin u nu werkt: gebruik Uitloggen.");
  const { count } = await tx.session.updateMany({
    where: { id: data.sessionId, userId: user.id, endedAt: null },
    data: { endedAt: new Date(), endReason: "ended_by_user" },
  });
  if (count === 0) throw new RuleViolation("Deze sessie is al beëindigd.");
  await audit({ action: "UPDATE", entityType: "session", entityId: data.sessionId, detail: "ended by its user" });
  return { ok: true };
});

/** "Blijf ingelogd": the session's idle time starts again (the request itself touches the session). */
export const keepSessionAlive = defineCommand({ ...P, schema: z.object({}) }, async ({ user, audit }) => {
  await audit({ action: "UPDATE", entityType: "session", entityId: user.sessionId ?? null, detail: "kept alive" });
  return { ok: true };
});
