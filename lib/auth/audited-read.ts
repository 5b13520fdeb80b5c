// The one door for reads of case data: authorize against the permission map (a refusal is audited), run the
// query with the access scope in its where clause, and write the read's audit events in the same transaction.
// A single record gives one event; a list gives one per dossier shown (NEN 7513 asks which dossier was seen),
// or one event saying it was empty. A read that finds nothing is audited as a FAILURE.
import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit, type Actor, type AuditInput } from "./audit";
import { authorize, type Resource } from "./authorize";
import type { Permission } from "./permissions";

export type ReadEvent = Omit<AuditInput, "actor" | "action"> & { action?: "READ" | "EXPORT" };

export async function auditedRead<R>(
  user: Actor,
  access: { permission: Permission; resource?: Resource },
  query: (tx: Tx) => Promise<R>,
  describe: (result: R) => ReadEvent | ReadEvent[],
): Promise<R> {
  await authorize(user, access.permission, access.resource);
  return prisma.$transaction(async (tx) => {
    const result = await query(tx);
    const events = [describe(result)].flat();
    if (events.length === 0) throw new Error(`read without an audit event for ${access.permission}`);
    for (const e of events) await writeAudit(tx, { action: "READ", ...e, actor: user });
    return result;
  });
}

/** The events of a list: one per row shown, or one saying the list was empty. */
export function listEvents<T>(
  entityType: string,
  rows: T[],
  each: (row: T) => Omit<ReadEvent, "entityType">,
): ReadEvent[] {
  if (rows.length === 0) return [{ entityType, detail: "list empty" }];
  return rows.map((r) => ({ entityType, detail: "list", ...each(r) }));
}

/** The event of a read that found nothing (unknown, or outside the user's scope). */
export const notFoundEvent = (
  entityType: string,
  entityId: string | number | null,
  detail = "not found or outside scope",
): ReadEvent => ({
  entityType,
  entityId,
  outcome: "FAILURE",
  detail,
});
