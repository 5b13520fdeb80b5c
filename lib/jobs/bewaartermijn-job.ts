// The daily bewaartermijn job (also `npm run bewaartermijn`): lists the dossiers whose bewaartermijn has passed and
// tells every privacy officer how many wait for a decision (one signal per day), and removes the files of final
// deliveries past their term. One transaction with one audit event for the run (the system acts, no user).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/auth/audit";
import { todayInAmsterdam, toIsoDate } from "@/lib/domain/dates";
import { maakSignaal } from "@/lib/signaal/maak";
import { teVernietigen } from "@/lib/bewaartermijn/lijst";
import { ruimLeveringenOp } from "@/lib/bewaartermijn/leveringen";
import { BEWAARTERMIJN } from "./queues";

export async function draaiBewaartermijn(prisma: PrismaClient, vandaag: Date = todayInAmsterdam()) {
  return prisma.$transaction(
    async (tx) => {
      const lijst = await teVernietigen(tx, vandaag, 1000);
      let signalen = 0;
      if (lijst.totaal > 0) {
        const officers = await tx.user.findMany({ where: { role: "PRIVACY", active: true }, select: { id: true } });
        for (const u of officers)
          if (
            await maakSignaal(tx, {
              userId: u.id,
              soort: "BEWAARTERMIJN",
              casusId: null,
              tekst: `${lijst.totaal} dossier(s) hebben de bewaartermijn bereikt en wachten op uw besluit.`,
              href: "/privacy/bewaartermijnen",
              sleutel: `bewaartermijn-${toIsoDate(vandaag)}`,
            })
          )
            signalen++;
      }
      const bestanden = await ruimLeveringenOp(tx, vandaag);
      await writeAudit(tx, {
        actor: null,
        action: "READ",
        entityType: "bewaartermijn",
        entityId: BEWAARTERMIJN,
        detail: `scheduled job ${BEWAARTERMIJN} ${toIsoDate(vandaag)}: ${lijst.totaal} due, ${signalen} signals, ${bestanden.length} delivery files removed`,
      });
      return { lijst, signalen, bestanden };
    },
    { timeout: 120_000 },
  );
}
