// The plain-SQL interface of sql.ts on a Prisma transaction, so code written for the lean export command
// (e.g. reserving a delivery's volgnummer) can also run inside the door's transaction.
import type { Tx } from "./client";
import type { Sql } from "./sql";

export function prismaSql(tx: Tx): Sql {
  return { query: <T>(text: string, params: unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...params) };
}
