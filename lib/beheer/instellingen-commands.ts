import { runSecure } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/audit";
import { ZInstellingen } from "./schema";

/** Organisation data (for the delivery file) and the monitoring interval; audited. */
export async function saveInstellingen(input: unknown, user?: Actor) {
  return runSecure({ permission: "instellingen:manage", schema: ZInstellingen, input, user }, async ({ tx, data, audit }) => {
    await tx.organisatie.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    await audit({ action: "UPDATE", entityType: "organisatie", entityId: 1, detail: `monitoring interval ${data.monitoringIntervalDagen} days` });
    return { ok: true };
  });
}
