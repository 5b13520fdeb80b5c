// Bulk loading through the raw driver (pg or PGlite), not row by row through Prisma: rows are buffered per
// table in columns and written with one INSERT … SELECT FROM unnest($1::int[], $2::date[], …) per chunk.
// Array columns (aard …) travel as the text of a Postgres array literal per row and are cast back.
import type { AdapterHandle } from "@/lib/db/adapter";
import { toIsoDate } from "@/lib/domain/dates";

export type SqlClient = {
  kind: "pg" | "pglite";
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  release(): Promise<void>;
};

export async function openSqlClient(handle: Pick<AdapterHandle, "kind" | "pool" | "pglite">): Promise<SqlClient> {
  if (handle.kind === "pg") {
    if (!handle.pool) throw new Error("pg handle without pool");
    const client = await handle.pool.connect();
    return {
      kind: "pg",
      query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
      release: async () => client.release(),
    };
  }
  const pglite = handle.pglite;
  if (!pglite) throw new Error("pglite handle without instance");
  return {
    kind: "pglite",
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    release: async () => {},
  };
}

/** Column type as the unnest parameter sees it; `text[]` and `enum:Name` are cast per row. */
export type ColumnType = "int" | "date" | "text" | "bool" | "timestamptz" | "text[]" | `enum:${string}`;
export type Column = readonly [name: string, type: ColumnType];

const paramType = (t: ColumnType) => (t === "text[]" || t.startsWith("enum:") ? "text" : t);
const selectExpr = (t: ColumnType, alias: string) =>
  t === "text[]" ? `${alias}::text[]` : t.startsWith("enum:") ? `${alias}::"${t.slice(5)}"` : alias;

/** A Postgres array literal for codes (digits only, so no quoting needed). */
export const pgArray = (codes: readonly string[]) => `{${codes.join(",")}}`;
export const pgDate = (d: Date | null) => (d === null ? null : toIsoDate(d));
export const pgTimestamp = (d: Date | null) => (d === null ? null : d.toISOString());

export const CHUNK_ROWS = 5000;

export class TableBuffer {
  private columns: unknown[][];
  private readonly sqlText: string;
  inserted = 0;
  /** Milliseconds spent in the database for this table (for the speed report). */
  ms = 0;

  constructor(
    readonly table: string,
    private readonly spec: readonly Column[],
  ) {
    this.columns = spec.map(() => []);
    const names = spec.map(([n]) => `"${n}"`).join(", ");
    const params = spec.map(([, t], i) => `$${i + 1}::${paramType(t)}[]`).join(", ");
    const aliases = spec.map((_, i) => `c${i}`);
    const select = spec.map(([, t], i) => selectExpr(t, aliases[i])).join(", ");
    this.sqlText = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases.join(", ")})`;
  }

  get length() {
    return this.columns[0].length;
  }

  /** Values in the order of the column spec, already in driver form (see pgDate, pgArray …). */
  add(...values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
  }

  async flush(sql: SqlClient): Promise<void> {
    const cols = this.columns;
    this.columns = this.spec.map(() => []);
    const t = performance.now();
    for (let from = 0; from < cols[0].length; from += CHUNK_ROWS) {
      await sql.query(
        this.sqlText,
        cols.map((c) => c.slice(from, from + CHUNK_ROWS)),
      );
    }
    this.ms += performance.now() - t;
    this.inserted += cols[0].length;
  }
}

const sequences = new WeakMap<SqlClient, Map<string, string>>();

/** n fresh ids from the table's own serial sequence, so that children can refer to rows not yet written. */
export async function allocateIds(sql: SqlClient, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  let cache = sequences.get(sql);
  if (!cache) sequences.set(sql, (cache = new Map()));
  let seq = cache.get(table);
  if (!seq) {
    const [row] = await sql.query<{ seq: string }>(`SELECT pg_get_serial_sequence($1, 'id') AS seq`, [`"${table}"`]);
    seq = row.seq;
    cache.set(table, seq);
  }
  const rows = await sql.query<{ id: number }>(
    `SELECT nextval($1::regclass)::int AS id FROM generate_series(1, $2::int)`,
    [seq, n],
  );
  return rows.map((r) => r.id);
}
