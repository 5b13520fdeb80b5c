// The noodtoegangen in force for a user: read with the session on every request (lib/auth/sessions.ts, in the same
// statement), so the scope (lib/auth/scope.ts) reaches their casussen and every audit event on them is flagged
// (lib/auth/audit.ts) until they end.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { ActiveNoodtoegang } from "@/lib/auth/audit";

export type NoodJson = { id: number; casusId: number; casusnummer: string; eindOp: string };

/** A JSON list of the noodtoegangen of the user in column `userId` in force at `now`, oldest first. */
export const activeNoodtoegangenJson = (userId: Prisma.Sql, now: Date) => Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object('id', n.id, 'casusId', n."casusId", 'casusnummer', c.nummer, 'eindOp', n."eindOp")
    ORDER BY n.id)
  FROM noodtoegang n JOIN casus c ON c.id = n."casusId"
  WHERE n."userId" = ${userId} AND n."eindOp" > ${now} AND n."beeindigdOp" IS NULL), '[]'::json)`;

export const parseNoodtoegangen = (rows: NoodJson[]): ActiveNoodtoegang[] =>
  rows.map((r) => ({ id: r.id, casusId: r.casusId, casusnummer: r.casusnummer, eindOp: new Date(r.eindOp) }));

/** The same list on its own (the session reads it in its own statement). */
export async function activeNoodtoegangen(userId: number, now: Date): Promise<ActiveNoodtoegang[]> {
  const [r] = await prisma.$queryRaw<{ nood: NoodJson[] }[]>(
    Prisma.sql`SELECT ${activeNoodtoegangenJson(Prisma.sql`${userId}::int`, now)} AS nood`,
  );
  return parseNoodtoegangen(r.nood);
}
