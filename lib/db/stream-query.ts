// Streams the rows of several queries from one consistent snapshot (REPEATABLE READ, read-only): on
// PostgreSQL as COPY TO STDOUT output (copy-rows.ts), on PGlite, which cannot stream COPY, through server-side
// cursors in batches of arrays in column order. Exports of any size run in bounded memory.
import type { DbConnection } from "./sql";
import { copyChunks, type CopySource } from "./copy-rows";

export type Row = unknown[];
/** A batch of rows with the names of their columns. */
export type Batch = { columns: string[]; rows: Row[] };
export type CursorReader = (sql: string, batch?: number) => AsyncGenerator<Batch>;
/** Reads one snapshot: COPY output on PostgreSQL, cursor rows on PGlite. */
export type SnapshotReader =
  { kind: "copy"; copy: (sql: string) => Promise<CopySource> } | { kind: "rows"; rows: CursorReader };

type Exec = (sql: string) => Promise<Batch>;

async function* fetchAll(exec: Exec, sql: string, name: string, batch: number): AsyncGenerator<Batch> {
  await exec(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`);
  for (;;) {
    const b = await exec(`FETCH ${batch} FROM ${name}`);
    if (b.rows.length) yield b;
    if (b.rows.length < batch) break;
  }
  await exec(`CLOSE ${name}`);
}

/** Runs `work` with a row reader inside one read-only snapshot transaction. */
export async function withSnapshot<T>(handle: DbConnection, work: (read: SnapshotReader) => Promise<T>): Promise<T> {
  if (handle.kind === "pg" && handle.pool) {
    const client = await handle.pool.connect();
    let out: T;
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      out = await work({ kind: "copy", copy: (sql) => copyChunks(client, sql) });
      await client.query("COMMIT");
    } catch (e) {
      // Work that failed may have left a COPY half read: the connection is closed, not reused (which also ends
      // the read-only transaction on the server).
      client.release(e instanceof Error ? e : new Error(String(e)));
      throw e;
    }
    client.release();
    return out;
  }
  if (!handle.pglite) throw new Error("no database handle");
  return handle.pglite.transaction(async (tx) => {
    const exec: Exec = async (sql) => {
      const r = await tx.query<Row>(sql, [], { rowMode: "array" });
      return { columns: (r.fields ?? []).map((f) => f.name), rows: r.rows };
    };
    // Cursors are planned for a fast first row by default (cursor_tuple_fraction 0.1: nested loops); every row
    // is read here, so plan for the whole result, as COPY does.
    await exec("SET LOCAL cursor_tuple_fraction = 1.0");
    let n = 0;
    return work({ kind: "rows", rows: (sql, batch = 20000) => fetchAll(exec, sql, `export_cursor_${++n}`, batch) });
  });
}
