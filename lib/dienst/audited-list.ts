// A read of a list of case data: one audit event per casus shown (NEN 7513 asks which dossier was seen),
// written in the transaction of the read. An empty list still leaves one event.
import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit, type Actor, type AuditInput } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";

type Described = Omit<AuditInput, "actor" | "action">;

export async function auditedListRead<R>(
  user: Actor,
  permission: Permission,
  entityType: string,
  query: (tx: Tx) => Promise<R[]>,
  describe: (row: R) => Described,
): Promise<R[]> {
  await authorize(user, permission);
  return prisma.$transaction(async (tx) => {
    const rows = await query(tx);
    if (rows.length === 0) await writeAudit(tx, { actor: user, action: "READ", entityType, detail: "list empty" });
    for (const row of rows) await writeAudit(tx, { ...describe(row), actor: user, action: "READ", detail: "list" });
    return rows;
  });
}
