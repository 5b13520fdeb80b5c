// The privacy officer's Bewaartermijnen page: the dossiers due for destruction (casusnummer and dates only, no case
// content) and the latest tombstones. An audited read, one event per dossier listed.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { termijnen, teVernietigen } from "./lijst";

export async function getBewaartermijnen(user: Actor) {
  return auditedRead(
    user,
    { permission: "bewaartermijn:manage" },
    async (tx) => {
      const org = await termijnen(tx);
      const lijst = await teVernietigen(tx, todayInAmsterdam());
      const vernietigd = await tx.vernietiging.findMany({
        orderBy: { op: "desc" },
        take: 50,
        select: {
          op: true,
          reden: true,
          casus: { select: { id: true, nummer: true, begindatum: true, einddatum: true } },
          door: { select: { displayName: true } },
        },
      });
      return {
        jaren: org.jaren,
        leveringJaren: org.leveringJaren,
        totaal: lijst.totaal,
        teVernietigen: lijst.rijen.map((r) => ({
          id: r.id,
          nummer: r.nummer,
          begindatum: toIsoDate(r.begindatum),
          einddatum: toIsoDate(r.einddatum),
          vanaf: toIsoDate(r.vanaf),
          reden: r.reden,
        })),
        vernietigd: vernietigd.map((v) => ({
          casusId: v.casus.id,
          nummer: v.casus.nummer,
          periode: `${toIsoDate(v.casus.begindatum)} – ${v.casus.einddatum ? toIsoDate(v.casus.einddatum) : ""}`,
          op: v.op.toISOString(),
          door: v.door.displayName,
          reden: v.reden,
        })),
      };
    },
    (r) => listEvents("bewaartermijn", r.teVernietigen, (c) => ({ entityId: c.id, casusId: c.id, detail: "due list" })),
  );
}
export type Bewaartermijnen = Awaited<ReturnType<typeof getBewaartermijnen>>;
