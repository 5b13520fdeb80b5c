// Opens the app's database for plain SQL (sql.ts) without Prisma: PostgreSQL when DATABASE_URL is set, else
// the embedded PGlite in PGLITE_DIR, as lib/db/adapter.ts chooses for the app.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { DbConnection } from "./sql";

export const pgliteDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PGLITE_DIR ?? ".data/pglite");

export function createPool(url: string): pg.Pool {
  // Planner settings for an interactive app whose data sits in memory (docs/decisions/022): JIT off (the work lists'
  // scoped counts have plan costs above jit_above_cost, and compiling them took 640 of 1 090 ms at national scale);
  // random_page_cost 1.1 (an index probe is not four times a sequential read: without it a name search joined
  // 1 200 casussen by scanning all 150 000); no parallel workers (with many users at once they take the cores the
  // other requests need).
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.PG_POOL_MAX ?? 10),
    options: "-c jit=off -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0",
  });
  // An idle connection closed by the server (restart, failover) must not crash the process; the pool replaces it.
  pool.on("error", (e) => console.error("[db] idle connection lost:", e.message));
  return pool;
}

/** Makes sure the PGlite directory's parent exists (PGlite only creates the last path segment). */
export function preparePgliteDir(): string {
  fs.mkdirSync(path.dirname(pgliteDir()), { recursive: true });
  return pgliteDir();
}

export async function openConnection(): Promise<DbConnection & { close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = createPool(url);
    return { kind: "pg", pool, close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite(preparePgliteDir());
  return { kind: "pglite", pglite, close: () => pglite.close() };
}
