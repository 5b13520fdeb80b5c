// A report's passes on two connections at once, both reading one snapshot (decision 021): the first lane opens a
// read-only repeatable-read transaction and exports its snapshot, the second imports it, and both take the next pass
// from one queue (the costliest first). The lanes have a pool of their own (two connections per process), so a busy
// app pool can not starve them and they can not starve the app; one parallel report at a time per process — a second
// report meanwhile runs its passes one after another in its own transaction, as on PGlite (no second connection).
// Read-only statements only: the report's authorization and audit event stay in the caller's audited transaction.
import "server-only";
import pg from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { dbHandle } from "@/lib/db/client";

const BANEN = 2;
const pools = new WeakMap<pg.Pool, pg.Pool>();
let bezig = false;

function banenPool(app: pg.Pool): pg.Pool {
  let pool = pools.get(app);
  if (!pool) {
    pool = new pg.Pool({ ...app.options, max: BANEN, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection closed by the server (restart, a test database dropped) is replaced on the next report.
    pool.on("error", () => {});
    pools.set(app, pool);
  }
  return pool;
}

/** pg sends a Date as a local timestamp; the passes cast their dates `::date`, so send the UTC date itself. */
const waarde = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/**
 * The rows of each statement, in the order given, counted on two connections reading one snapshot; `null` when that
 * is not possible here (PGlite, or another parallel report of this process still running): then the caller runs
 * them itself.
 */
export async function opTweeBanen<R>(statements: Prisma.Sql[]): Promise<R[][] | null> {
  const app = dbHandle()?.kind === "pg" ? dbHandle()?.pool : undefined;
  if (!app || bezig || statements.length < 2) return null;
  bezig = true;
  try {
    const pool = banenPool(app);
    const uitkomst: R[][] = new Array(statements.length);
    let volgende = 0;
    let snapshot!: (id: string) => void;
    let mislukt!: (e: unknown) => void;
    const gedeeld = new Promise<string>((ok, nee) => ((snapshot = ok), (mislukt = nee)));
    gedeeld.catch(() => {}); // the lane that failed reports the error
    let geimporteerd!: () => void;
    const ingelezen = new Promise<void>((ok) => (geimporteerd = ok));
    const baan = async (eerste: boolean) => {
      const client = await pool.connect().catch((e) => {
        if (eerste) mislukt(e);
        else geimporteerd();
        throw e;
      });
      let fout: unknown;
      try {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        if (eerste) {
          const { rows } = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
          snapshot(rows[0].id);
        } else {
          try {
            const id = await gedeeld;
            if (!/^[0-9A-F-]+$/i.test(id)) throw new Error(`onverwachte snapshot ${id}`);
            await client.query(`SET TRANSACTION SNAPSHOT '${id}'`);
          } finally {
            geimporteerd();
          }
        }
        for (let i = volgende++; i < statements.length; i = volgende++) {
          const s = statements[i];
          uitkomst[i] = (await client.query(s.text, s.values.map(waarde))).rows as R[];
        }
      } catch (e) {
        fout = e;
        if (eerste) mislukt(e);
      } finally {
        // The exporting lane keeps its transaction (and so the snapshot) open until the other one has imported it.
        if (eerste) await ingelezen;
        else geimporteerd();
        await client.query("ROLLBACK").catch(() => {});
        client.release(fout instanceof Error);
      }
      if (fout) throw fout;
    };
    const banen = await Promise.allSettled(Array.from({ length: BANEN }, (_, i) => baan(i === 0)));
    for (const b of banen) if (b.status === "rejected") throw b.reason;
    return uitkomst;
  } finally {
    bezig = false;
  }
}
