// Chooses the Prisma driver adapter.
//  DATABASE_URL set  -> real PostgreSQL via @prisma/adapter-pg
//  otherwise         -> embedded PGlite persisted to PGLITE_DIR (default ./.data/pglite), in this process
import type pg from "pg";
import { createPool, preparePgliteDir } from "./sql-connection";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { statementName } from "./vast-plan";

export type AdapterHandle = {
  kind: "pg" | "pglite";
  factory: PrismaPg | PrismaPGlite;
  close: () => Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
};

export function createAdapterFactory(): AdapterHandle {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = createPool(url);
    return {
      kind: "pg",
      // The adapter's type wants a name for every statement; pg takes none (undefined) as an unnamed statement.
      factory: new PrismaPg(pool, { statementNameGenerator: statementName as (q: { sql: string }) => string }),
      close: () => pool.end(),
      pool,
    };
  }
  const pglite = new PGlite(preparePgliteDir());
  return { kind: "pglite", factory: new PrismaPGlite(pglite), close: () => pglite.close(), pglite };
}
