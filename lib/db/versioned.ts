// Optimistic locking: an update succeeds only when the version the user started from is still current.
// Otherwise Conflict names who saved the current version (display name, from the audit log) and carries the
// current values of what the user was changing and the current version, so the form can show both side by side
// and let the user save on top of the current version.
import "server-only";
import type { Tx } from "./client";
import { Conflict } from "@/lib/auth/errors";
import { describeCurrent } from "./conflict-view";

type VersionedDelegate = {
  updateMany: (args: {
    where: { id: number; version: number };
    data: Record<string, unknown>;
  }) => Promise<{ count: number }>;
  findUnique: (args: { where: { id: number } }) => Promise<unknown>;
};

/** `show`: the fields to show as the current version (default: the fields being written). */
export async function updateVersioned(
  tx: Tx,
  delegate: VersionedDelegate,
  entityType: string,
  id: number,
  version: number,
  data: Record<string, unknown>,
  show: string[] = Object.keys(data),
) {
  const { count } = await delegate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  throw await staleVersion(tx, delegate, entityType, id, show);
}

export async function staleVersion(
  tx: Tx,
  delegate: VersionedDelegate,
  entityType: string,
  id: number,
  show: string[],
) {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId: String(id), action: { in: ["UPDATE", "CREATE"] }, outcome: "SUCCESS" },
    orderBy: { id: "desc" },
    select: { userId: true, at: true },
  });
  const by = last?.userId
    ? await tx.user.findUnique({ where: { id: last.userId }, select: { displayName: true } })
    : null;
  const row = (await delegate.findUnique({ where: { id } })) as (Record<string, unknown> & { version: number }) | null;
  const wie = by?.displayName ?? "een collega";
  const wanneer = last
    ? ` om ${last.at.toLocaleTimeString("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" })}`
    : "";
  return new Conflict(
    `Dit gegeven is intussen gewijzigd door ${wie}${wanneer}. Uw invoer is niet opgeslagen maar staat nog in het formulier: vergelijk en sla opnieuw op.`,
    {
      changedBy: wie,
      changedAt: last?.at.toISOString() ?? null,
      version: row?.version ?? 0,
      current: row ? await describeCurrent(tx, row, show) : [],
    },
  );
}
