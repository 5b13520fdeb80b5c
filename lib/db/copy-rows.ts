// Reads a query's rows through `COPY (…) TO STDOUT` (PostgreSQL's text format) instead of a cursor: the
// server streams plain text and Node only splits it into lines and tab-separated fields, instead of parsing
// every field of every DataRow message. Values come back as text (or null); back-pressure is the socket's.
import { StringDecoder } from "node:string_decoder";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Batch, Row } from "./stream-query";

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

export async function* copyRows(client: pg.PoolClient, sql: string): AsyncGenerator<Batch> {
  // COPY sends no column names: take them from the same query's description.
  const described = await client.query({ text: `SELECT * FROM (${sql}) copy_source LIMIT 0` });
  const columns = described.fields.map((f) => f.name);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of client.query(copyTo(`COPY (${sql}) TO STDOUT`)) as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    const rows: Row[] = [];
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      rows.push(copyLine(text.slice(start, nl)));
      start = nl + 1;
    }
    rest = text.slice(start);
    if (rows.length) yield { columns, rows };
  }
  if (rest + decoder.end()) throw new Error("COPY output ended inside a row");
}
