// pg-boss on the app's own database connection: the PostgreSQL pool of the app, or the embedded PGlite of the
// app's process (pg-boss talks to the database through `executeSql` only, so both serve). The schema and the
// queues come from the migrations; the app role only reads and writes rows (migrate: false).
import "server-only";
import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

type Verbinding = { pool?: pg.Pool; pglite?: PGlite };

/** pg-boss's database interface over a pool or a PGlite instance. */
export function bossDb(v: Verbinding): PgBoss.Db {
  if (v.pool) {
    const pool = v.pool;
    return { executeSql: (text, values) => pool.query(text, values) };
  }
  if (!v.pglite) throw new Error("Geen databaseverbinding voor de takenwachtrij");
  const pglite = v.pglite;
  return {
    // A statement with parameters goes as one query; a script without parameters (pg-boss sends a few with
    // several statements) through exec, whose last result holds the rows.
    async executeSql(text, values) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export function maakBoss(v: Verbinding, opties: Partial<PgBoss.ConstructorOptions> = {}) {
  return new PgBoss({ db: bossDb(v), schema: "pgboss", migrate: false, ...opties });
}
