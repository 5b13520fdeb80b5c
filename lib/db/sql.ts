// Plain SQL on the app's database connection (a pg pool or the embedded PGlite), without Prisma. For code
// that must stay lean, like the export command, which loads neither the Prisma client nor its engine.
import type pg from "pg";
import type { PGlite, Transaction } from "@electric-sql/pglite";

/** The connection a SqlDb runs on: the pool of PostgreSQL, or the embedded PGlite instance. */
export type DbConnection = { kind: "pg" | "pglite"; pool?: pg.Pool; pglite?: PGlite };

export interface Sql {
  /** Runs one statement with $1… parameters and returns its rows as objects. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlDb extends Sql {
  readonly connection: DbConnection;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

export function sqlDb(connection: DbConnection): SqlDb {
  const { pool, pglite } = connection;
  if (connection.kind === "pg" && pool) {
    return {
      connection,
      query: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const out = await work({
            query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
          });
          await client.query("COMMIT");
          return out;
        } catch (e) {
          await client.query("ROLLBACK").catch(() => {});
          throw e;
        } finally {
          client.release();
        }
      },
    };
  }
  if (!pglite) throw new Error("no database connection");
  const on = (q: PGlite | Transaction): Sql => ({
    query: async <T>(text: string, params: unknown[] = []) => (await q.query<T>(text, params)).rows,
  });
  return { connection, ...on(pglite), transaction: (work) => pglite.transaction((tx) => work(on(tx))) };
}
