// Chooses the Prisma driver adapter.
//  DATABASE_URL set  -> real PostgreSQL via @prisma/adapter-pg
//  otherwise         -> embedded PGlite persisted to PGLITE_DIR (default ./.data/pglite), in this process
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

export const pgliteDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PGLITE_DIR ?? ".data/pglite");

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
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
    // An idle connection closed by the server (restart, failover) must not crash the process; the pool replaces it.
    pool.on("error", (e) => console.error("[db] idle connection lost:", e.message));
    return { kind: "pg", factory: new PrismaPg(pool), close: () => pool.end(), pool };
  }
  fs.mkdirSync(path.dirname(pgliteDir()), { recursive: true }); // PGlite only creates the last path segment
  const pglite = new PGlite(pgliteDir());
  return { kind: "pglite", factory: new PrismaPGlite(pglite), close: () => pglite.close(), pglite };
}
