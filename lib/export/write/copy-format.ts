// Formats rows of PostgreSQL's COPY text format straight from their bytes into record lines (bytes), with
// positions, lengths and types from the layout table only. No string is made per row or per field, which is
// what lets a national export run close to the speed of COPY itself.
//
// It writes exactly what formatRecord (format.ts) writes for the same values, and only when formatRecord would
// write them as given: an AN value of at most `length` printable ASCII characters (space padded), an N value of
// 1..length digits (zero padded), a D value of 8 digits, an F value of exactly `length` digits. For anything
// else — NULL (\N), any backslash escape, a byte outside printable ASCII, a value too long or of the wrong kind,
// a row with too few or too many fields — format() returns false and the caller formats the row's values with
// formatRecord, which reports the K01 problem.
import { RECORD_LENGTH } from "../layout/layout";
import { getRecordTable } from "../layout/layout-tables";

const TAB = 9,
  SPACE = 32,
  ZERO = 48,
  NINE = 57,
  BACKSLASH = 92,
  TILDE = 126;
const AN = 0,
  N = 1,
  EXACT = 2; // EXACT: D and F, digits of exactly the field length

export class CopyRowFormatter {
  readonly type: string;
  /** The line with the record type and the reserve filled in; data fields are overwritten per row. */
  private readonly template: Uint8Array;
  private readonly kinds: Uint8Array;
  private readonly lengths: Uint8Array;
  /** Start of each data field in the line (0-based). */
  private readonly offsets: Uint8Array;

  /** `columns`: the names of the COPY query's columns, which must be the record's fields without recordtype, in layout order. */
  constructor(type: string, columns: readonly string[]) {
    const table = getRecordTable(type);
    const data = table.fields.filter((_, i) => i !== table.recordtypeIndex);
    if (columns.join(",") !== data.map((f) => f.name).join(",")) {
      throw new Error(
        `Selection of record ${type} gives columns ${columns.join(",")}, the layout has ${data.map((f) => f.name).join(",")}`,
      );
    }
    this.type = type;
    this.template = new Uint8Array(RECORD_LENGTH).fill(SPACE);
    if (table.recordtypeIndex >= 0) {
      const f = table.fields[table.recordtypeIndex];
      for (let i = 0; i < f.length; i++) this.template[f.start - 1 + i] = type.charCodeAt(i);
    }
    this.kinds = Uint8Array.from(data, (f) => (f.type === "AN" ? AN : f.type === "N" ? N : EXACT));
    this.lengths = Uint8Array.from(data, (f) => f.length);
    this.offsets = Uint8Array.from(data, (f) => f.start - 1);
  }

  /**
   * Formats the row input[start, end) (without its newline) into out[at, at + RECORD_LENGTH). Returns false,
   * leaving that part of `out` undefined, when the row must go through formatRecord.
   */
  format(input: Uint8Array, start: number, end: number, out: Uint8Array, at: number): boolean {
    out.set(this.template, at);
    const fields = this.kinds.length;
    let p = start;
    for (let f = 0; f < fields; f++) {
      const length = this.lengths[f];
      const o = at + this.offsets[f];
      let q = p;
      let c = 0;
      switch (this.kinds[f]) {
        case AN:
          // Copied while scanned; the template has spaces behind it already.
          while (q < end && (c = input[q]) !== TAB) {
            if (c < SPACE || c > TILDE || c === BACKSLASH || q - p >= length) return false;
            out[o + q - p] = c;
            q++;
          }
          break;
        case N: {
          while (q < end && (c = input[q]) !== TAB) {
            if (c < ZERO || c > NINE) return false;
            q++;
          }
          const n = q - p;
          if (n === 0 || n > length) return false;
          const pad = length - n;
          for (let i = 0; i < pad; i++) out[o + i] = ZERO;
          for (let i = 0; i < n; i++) out[o + pad + i] = input[p + i];
          break;
        }
        default:
          while (q < end && (c = input[q]) !== TAB) {
            if (c < ZERO || c > NINE || q - p >= length) return false;
            out[o + q - p] = c;
            q++;
          }
          if (q - p !== length) return false;
      }
      if (f < fields - 1) {
        if (q >= end) return false; // too few fields
        p = q + 1;
      } else if (q !== end) {
        return false; // too many fields
      }
    }
    return true;
  }
}
