// The one door for reads of case data: authorize against the permission map (a refusal is audited), run the
// query with the access scope in its where clause, and write the read's audit events in the same transaction.
// A single record gives one event; a list gives one per dossier shown (NEN 7513 asks which dossier was seen),
// or one event saying it was empty. A read that finds nothing is audited as a FAILURE.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudits, type Actor, type AuditInput } from "./audit";
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
  const run = async (tx: Tx) => {
    const result = await query(tx);
    const events = [describe(result)].flat();
    if (events.length === 0) throw new Error(`read without an audit event for ${access.permission}`);
    return { result, events: events.map((e): AuditInput => ({ action: "READ", ...e, actor: user })) };
  };
  const together = shared.getStore();
  if (together) {
    const { result, events } = await run(together.tx);
    together.events.push(...events);
    return result;
  }
  return prisma.$transaction(async (tx) => {
    const { result, events } = await run(tx);
    await writeAudits(tx, events);
    return result;
  });
}

const shared = new AsyncLocalStorage<{ tx: Tx; events: AuditInput[] }>();

/**
 * Several audited reads of one page in one transaction (one consistent snapshot, one BEGIN/COMMIT), their audit
 * events written together before the commit. Each read still authorizes and describes itself as above.
 */
export async function readTogether<R>(reads: () => Promise<R>): Promise<R> {
  return prisma.$transaction(async (tx) => {
    const store = { tx, events: [] as AuditInput[] };
    const result = await shared.run(store, reads);
    await writeAudits(tx, store.events);
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
