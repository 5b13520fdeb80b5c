// Reads a query's rows through `COPY (…) TO STDOUT` (PostgreSQL's text format) instead of a cursor: the
// server streams plain text, and Node gets it as bytes split into rows, instead of parsing every field of
// every DataRow message. A row's values (text or null) are parsed only when asked for; back-pressure is the
// socket's.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Row } from "./stream-query";

const ESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** One field of COPY's text format: \N is NULL; a backslash escapes itself and the control characters. */
export function copyField(text: string): string | null {
  if (text.indexOf("\\") < 0) return text;
  if (text === "\\N") return null;
  return text.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c);
}

/** One line of COPY's text format (without its newline) as the row's values in column order. */
export function copyLine(line: string): Row {
  const fields: (string | null)[] = line.split("\t");
  if (line.indexOf("\\") >= 0) for (let i = 0; i < fields.length; i++) fields[i] = copyField(fields[i]!);
  return fields;
}

/** A piece of COPY output: whole rows only, each row from starts[i] to ends[i] (its newline excluded). */
export type CopyChunk = { bytes: Buffer; starts: number[]; ends: number[] };

/** The column names of a query and its COPY text output in pieces of whole rows, as the server streams them. */
export type CopySource = { columns: string[]; chunks: AsyncGenerator<CopyChunk> };

export async function copyChunks(client: pg.PoolClient, sql: string): Promise<CopySource> {
  // COPY sends no column names: take them from the same query's description.
  const described = await client.query({ text: `SELECT * FROM (${sql}) copy_source LIMIT 0` });
  const columns = described.fields.map((f) => f.name);
  const stream = client.query(copyTo(`COPY (${sql}) TO STDOUT`)) as AsyncIterable<Buffer>;
  async function* chunks(): AsyncGenerator<CopyChunk> {
    let rest: Buffer | null = null;
    for await (const data of stream) {
      const bytes: Buffer = rest ? Buffer.concat([rest, data]) : data;
      const starts: number[] = [],
        ends: number[] = [];
      let start = 0;
      for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, start)) {
        starts.push(start);
        ends.push(nl);
        start = nl + 1;
      }
      rest = start < bytes.length ? bytes.subarray(start) : null;
      if (starts.length) yield { bytes, starts, ends };
    }
    if (rest) throw new Error("COPY output ended inside a row");
  }
  return { columns, chunks: chunks() };
}

/** One row of COPY output as its values in column order (text, or null). */
export function copyRow(chunk: CopyChunk, i: number): Row {
  return copyLine(chunk.bytes.toString("utf8", chunk.starts[i], chunk.ends[i]));
}
