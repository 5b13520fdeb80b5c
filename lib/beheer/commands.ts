// The beheerder's changes: organisation settings and switching accounts on and off.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { ZInstellingen, ZSetUserActive } from "./schema";

/** Organisation data (for the delivery file) and the monitoring interval. */
export const saveInstellingen = defineCommand(
  { permission: "instellingen:manage", schema: ZInstellingen },
  async ({ tx, data, audit }) => {
    await tx.organisatie.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    await audit({
      action: "UPDATE",
      entityType: "organisatie",
      entityId: 1,
      detail: `monitoring interval ${data.monitoringIntervalDagen} days`,
    });
    return { ok: true };
  },
);

/** Disabling an account ends its sessions at once (the session check refuses inactive users too). */
export const setUserActive = defineCommand(
  { permission: "user:manage", schema: ZSetUserActive },
  async ({ tx, user, data, audit }) => {
    if (data.userId === user.id) throw new RuleViolation("U kunt uw eigen account niet uitschakelen.");
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
