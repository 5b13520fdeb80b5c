// The noodtoegangen in force for a user: read with the session on every request, so the scope (lib/auth/scope.ts)
// reaches their casussen and every audit event on them is flagged (lib/auth/audit.ts) until they end.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { ActiveNoodtoegang } from "@/lib/auth/audit";

export async function activeNoodtoegangen(userId: number, now: Date): Promise<ActiveNoodtoegang[]> {
  const rows = await prisma.noodtoegang.findMany({
    where: { userId, eindOp: { gt: now }, beeindigdOp: null },
    select: { id: true, casusId: true, eindOp: true, casus: { select: { nummer: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ id: r.id, casusId: r.casusId, casusnummer: r.casus.nummer, eindOp: r.eindOp }));
}
