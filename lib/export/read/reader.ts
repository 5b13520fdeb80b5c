// Reads a delivery file back into records, streaming, positions from the layout table only. Structural
// problems (wrong length, unknown record type, a line not ended by CRLF) come out as K01 violations on the
// record instead of exceptions, so any file — also one written by other software — can be checked.
//
// Values (reader form): AN right-trimmed of spaces; N, D and F the raw field text (e.g. '0001', '00000000').
// Bytes are decoded as latin1, so one byte is one character and a non-ASCII byte stays visible to the checks.
import { RECORD_LENGTH, RECORDTYPE_FIELD, type FieldDef } from "../layout/layout";
import { sliceDigits } from "./digit-strings";
import { findRecordTable, type RecordTable } from "../layout/layout-tables";
import { createViolation, makeRecordRef, type Violation } from "../checks/violation";

export interface ParsedRecord {
  type: string;
  values: Record<string, string>;
  /** 1-based. */
  lineNumber: number;
  /** Structural K01 problems of this line; field contents are judged by the checks. */
  problems: Violation[];
}

export type ReadSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** A line longer than this without a line end is cut off and reported instead of growing without bound. */
const MAX_LINE = 64 * 1024;

/** The value of one field in reader form. */
export function sliceField(line: string, field: FieldDef): string {
  const start = field.start - 1;
  if (field.type !== "AN") return sliceDigits(line, start, field.length);
  // AN: right-trimmed of spaces (as .replace(/ +$/, "")), found with a char-code loop and sliced once.
  let end = Math.min(start + field.length, line.length);
  while (end > start && line.charCodeAt(end - 1) === 32) end -= 1;
  return end > start ? line.slice(start, end) : "";
}

/** Parses one line (without its line end). */
export function parseLine(line: string, lineNumber: number, lineEnd: "CRLF" | "LF" | "none" = "CRLF"): ParsedRecord {
  const sliced = sliceField(line, RECORDTYPE_FIELD);
  const table = findRecordTable(sliced);
  // The table's own (interned) type string: one object less per record, and cheap to compare later.
  const type = table ? table.type : sliced;
  const values: Record<string, string> = { recordtype: type };
  if (table) {
    const fields = table.fields;
    // The recordtype field is RECORDTYPE_FIELD (positions 1-2 in every record, see layout.test.ts): not sliced again.
    for (let i = 0; i < fields.length; i++)
      values[fields[i].name] = i === table.recordtypeIndex ? type : sliceField(line, fields[i]);
  }
  const record: ParsedRecord = { type, values, lineNumber, problems: [] };
  // A clean line (the normal case) needs no reference for findings: only build one for a problem.
  if (table && line.length === RECORD_LENGTH && lineEnd === "CRLF" && isBlankReserve(line, table)) return record;
  const ref = makeRecordRef(type, values, lineNumber);
  if (!table) record.problems.push(createViolation("K01", ref, `onbekend recordtype '${type}'`, "recordtype", type));
  if (line.length !== RECORD_LENGTH) {
    record.problems.push(
      createViolation("K01", ref, `record heeft lengte ${line.length} in plaats van ${RECORD_LENGTH}`),
    );
  }
  if (lineEnd === "LF") record.problems.push(createViolation("K01", ref, "regel eindigt op LF in plaats van CRLF"));
  if (lineEnd === "none")
    record.problems.push(createViolation("K01", ref, "laatste record is niet afgesloten met CRLF"));
  if (table && line.length === RECORD_LENGTH && !isBlankReserve(line, table)) {
    record.problems.push(
      createViolation("K01", ref, `reserve (positie ${table.def.reserveStart}-${RECORD_LENGTH}) is niet leeg`),
    );
  }
  return record;
}

/**
 * For a line of RECORD_LENGTH: true when line.slice(reserveStart - 1).trim() === "". All spaces is compared
 * in one go with the table's reserve string; only something else there needs the .trim().
 */
function isBlankReserve(line: string, table: RecordTable): boolean {
  return line.endsWith(table.reserve) || line.slice(table.def.reserveStart - 1).trim() === "";
}

/** Streams the records of a file (e.g. fs.createReadStream(path)); never holds more than one chunk and one line. */
export async function* readRecords(source: ReadSource): AsyncGenerator<ParsedRecord> {
  let pending = "";
  let lineNumber = 0;
  let skipping = false; // inside an over-long line that was already reported
  for await (const chunk of source) {
    pending += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("latin1");
    let start = 0;
    let nl: number;
    while ((nl = pending.indexOf("\n", start)) >= 0) {
      const raw = pending.slice(start, nl);
      start = nl + 1;
      if (skipping) {
        skipping = false;
        continue;
      }
      lineNumber += 1;
      const crlf = raw.endsWith("\r");
      yield parseLine(crlf ? raw.slice(0, -1) : raw, lineNumber, crlf ? "CRLF" : "LF");
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE) {
      if (!skipping) {
        lineNumber += 1;
        yield parseLine(pending, lineNumber, "CRLF");
      }
      skipping = true;
      pending = "";
    }
  }
  if (pending.length > 0 && !skipping) {
    lineNumber += 1;
    yield parseLine(pending, lineNumber, "none");
  }
}

/** Reads a whole in-memory text (tests, small files). */
export async function readRecordsFromText(text: string): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for await (const r of readRecords([text])) out.push(r);
  return out;
}
