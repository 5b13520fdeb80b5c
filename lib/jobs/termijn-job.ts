// The daily deadline-signal job: one transaction that makes the signals of the day and records one audit event
// (the system acts, no user), so a run is visible in the log with how many signals it made.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/auth/audit";
import { todayInAmsterdam, toIsoDate } from "@/lib/domain/dates";
import { maakTermijnSignalen } from "@/lib/signaal/termijn-signalen";
import { TERMIJN_SIGNALEN } from "./queues";

export async function draaiTermijnSignalen(prisma: PrismaClient, vandaag: Date = todayInAmsterdam()) {
  return prisma.$transaction(
    async (tx) => {
      const telling = await maakTermijnSignalen(tx, vandaag);
      await writeAudit(tx, {
        actor: null,
        action: "CREATE",
        entityType: "signaal",
        entityId: TERMIJN_SIGNALEN,
        detail: `scheduled job ${TERMIJN_SIGNALEN} ${toIsoDate(vandaag)}: ${telling.termijn} deadline and ${telling.monitoring} monitoring signals`,
      });
      return telling;
    },
    { timeout: 120_000 },
  );
}
