// Optimistic locking: an update succeeds only when the version the user started from is still current.
// Otherwise Conflict names who changed the record last (from the audit log), so the user can compare.
import "server-only";
import type { Tx } from "./client";
import { Conflict } from "@/lib/auth/errors";

type VersionedDelegate = { updateMany: (args: { where: { id: number; version: number }; data: Record<string, unknown> }) => Promise<{ count: number }> };

export async function updateVersioned(tx: Tx, delegate: VersionedDelegate, entityType: string, id: number, version: number, data: Record<string, unknown>) {
  const { count } = await delegate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId: String(id), action: { in: ["UPDATE", "CREATE"] }, outcome: "SUCCESS" },
    orderBy: { id: "desc" }, select: { username: true, at: true },
  });
  const wie = last?.username ?? "een andere gebruiker";
  const wanneer = last ? ` om ${last.at.toLocaleTimeString("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" })}` : "";
  throw new Conflict(`Dit gegeven is intussen gewijzigd door ${wie}${wanneer}. Uw invoer is niet opgeslagen maar staat nog in het formulier: vergelijk en sla opnieuw op.`, last?.username ?? undefined);
}
