// The beheerder's changes: organisation settings and the accounts (create, role, on/off, reset, unlock).
// Nobody changes their own account here (that is Mijn account); the last active beheerder stays.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/audit";
import { createAccount, keepOneBeheerder, resetAccount } from "./accounts";
import { ZGebruikerRef, ZInstellingen, ZNieuweGebruiker, ZRolWijzigen, ZSetUserActive } from "./schema";

const notSelf = (user: Actor, userId: number) => {
  if (userId === user.id) throw new RuleViolation("Uw eigen account wijzigt u via Mijn account, niet hier.");
};

/** Organisation data (for the delivery file) and the monitoring interval. */
export const saveInstellingen = defineCommand(
  { permission: "instellingen:manage", schema: ZInstellingen },
  async ({ tx, data, audit }) => {
    await tx.organisatie.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    await audit({
      action: "UPDATE",
      entityType: "organisatie",
      entityId: 1,
      detail:
        `monitoring interval ${data.monitoringIntervalDagen} days; terugkoppeling ${data.terugkoppelingWerkdagen} ` +
        `werkdagen; controle ${data.controleDossiersPerDag} per day; beheerder log views ${data.beheerderLogInzage}; ` +
        `bewaartermijn ${data.bewaartermijnJaren} years; delivery files ${data.leveringBewaarJaren} years`,
    });
    return { ok: true };
  },
);

/** A new account with a one-time password, shown once to the beheerder to hand over. */
export const createUser = defineCommand(
  { permission: "user:manage", schema: ZNieuweGebruiker },
  async ({ tx, data, audit }) => {
    const u = await createAccount(tx, data);
    await audit({ action: "CREATE", entityType: "user", entityId: u.id, detail: `account created, role ${data.role}` });
    return { username: u.username, password: u.password };
  },
);

export const setUserRole = defineCommand(
  { permission: "user:manage", schema: ZRolWijzigen },
  async ({ tx, user, data, audit }) => {
    notSelf(user, data.userId);
    const before = await tx.user.findUniqueOrThrow({
      where: { id: data.userId },
      select: { role: true, active: true },
    });
    await keepOneBeheerder(tx, data.userId, { role: data.role, active: before.active });
    await updateVersioned(tx, tx.user, "user", data.userId, data.version, { role: data.role });
    await audit({
      action: "UPDATE",
      entityType: "user",
      entityId: data.userId,
      detail: `role ${before.role} -> ${data.role}`,
    });
    return { rol: ROLE_LABELS[data.role] };
  },
);

/** Disabling an account ends its sessions at once (the session check refuses inactive users too). */
export const setUserActive = defineCommand(
  { permission: "user:manage", schema: ZSetUserActive },
  async ({ tx, user, data, audit }) => {
    notSelf(user, data.userId);
    const before = await tx.user.findUniqueOrThrow({ where: { id: data.userId }, select: { role: true } });
    await keepOneBeheerder(tx, data.userId, { role: before.role, active: data.active });
    await updateVersioned(tx, tx.user, "user", data.userId, data.version, { active: data.active });
    if (!data.active) {
      await tx.session.updateMany({
        where: { userId: data.userId, endedAt: null },
        data: { endedAt: new Date(), endReason: "account_disabled" },
      });
    }
    await audit({
      action: "UPDATE",
      entityType: "user",
      entityId: data.userId,
      detail: data.active ? "enabled" : "disabled",
    });
    return { userId: data.userId, active: data.active };
  },
);

/** A forgotten password or a lost phone: a new one-time password and a new second factor; sessions ended. */
export const resetUser = defineCommand(
  { permission: "user:manage", schema: ZGebruikerRef },
  async ({ tx, user, data, audit }) => {
    notSelf(user, data.userId);
    await updateVersioned(tx, tx.user, "user", data.userId, data.version, {});
    const password = await resetAccount(tx, data.userId);
    const u = await tx.user.findUniqueOrThrow({ where: { id: data.userId }, select: { username: true } });
    await audit({
      action: "UPDATE",
      entityType: "user",
      entityId: data.userId,
      detail: "reset: one-time password, second factor to enrol",
    });
    return { username: u.username, password };
  },
);

/** Clears the account's failed logins, from every address. */
export const unlockUser = defineCommand(
  { permission: "user:manage", schema: ZGebruikerRef },
  async ({ tx, data, audit }) => {
    const u = await tx.user.findUniqueOrThrow({ where: { id: data.userId }, select: { username: true } });
    const { count } = await tx.loginFailure.deleteMany({ where: { username: u.username } });
    await audit({
      action: "UPDATE",
      entityType: "user",
      entityId: data.userId,
      detail: `unlocked: ${count} failed logins cleared`,
    });
    return { username: u.username, cleared: count };
  },
);
