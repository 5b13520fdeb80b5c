// Per-record-type tables derived once, at module load, from the layout table (layout.ts stays the only
// source of positions). Writer, reader, checks and spiegelrapport run for ~1 million records; with these
// they look fields up by index instead of searching, filtering and mapping the layout for every record.
import { getRecordDef, RECORD_LENGTH, RECORDS, type FieldDef, type RecordDef } from "./layout";

export interface RecordTable {
  readonly def: RecordDef;
  readonly type: string;
  /** Index in RECORDS (= RECORD_ORDER). */
  readonly order: number;
  readonly fields: readonly FieldDef[];
  /** Field name → index in `fields`. */
  readonly index: ReadonlyMap<string, number>;
  /** Index of the `recordtype` field, -1 if the record has none. */
  readonly recordtypeIndex: number;
  /** Indexes of the D fields, in layout order. */
  readonly dateFields: readonly number[];
  /** The sort fields with their lengths (0 for a name the record does not have), in sort order. */
  readonly sortFields: readonly { readonly name: string; readonly length: number }[];
  /** The spaces that fill the reserve, from reserveStart up to RECORD_LENGTH. */
  readonly reserve: string;
}

function buildTable(def: RecordDef, order: number): RecordTable {
  const index = new Map(def.fields.map((f, i) => [f.name, i] as const));
  const reserveLength = Math.max(0, RECORD_LENGTH - def.reserveStart + 1);
  return {
    def,
    type: def.type,
    order,
    fields: def.fields,
    index,
    recordtypeIndex: index.get("recordtype") ?? -1,
    dateFields: def.fields.flatMap((f, i) => (f.type === "D" ? [i] : [])),
    sortFields: def.sortFields.map((name) => ({ name, length: def.fields.find((f) => f.name === name)?.length ?? 0 })),
    reserve: " ".repeat(reserveLength),
  };
}

const tables = new Map(RECORDS.map((def, i) => [def.type, buildTable(def, i)]));

/** The table of record `type`, or undefined for a type the layout does not know. */
export function findRecordTable(type: string): RecordTable | undefined {
  return tables.get(type);
}

/** The table of record `type`; throws (as getRecordDef) on a type the layout does not know. */
export function getRecordTable(type: string): RecordTable {
  return tables.get(type) ?? unknownType(type);
}

function unknownType(type: string): never {
  getRecordDef(type); // throws the layout's error for an unknown record type
  throw new Error(`Unknown record type '${type}'`);
}

// Text helpers of the hot paths.

/** `count` spaces / zeros, for padding without building a new padding string per field. */
export const SPACES: readonly string[] = Array.from({ length: RECORD_LENGTH + 1 }, (_, n) => " ".repeat(n));
export const ZEROS: readonly string[] = Array.from({ length: RECORD_LENGTH + 1 }, (_, n) => "0".repeat(n));

/** True when every character of `s` is printable ASCII 0x20-0x7E (as /^[\x20-\x7E]*$/, without a regex). */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** True when `s` is non-empty and holds ASCII digits only (as /^[0-9]+$/). */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
