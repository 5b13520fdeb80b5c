// Values → one fixed-width record, positions from the layout table only.
//
// Value convention (RecordValues: a plain object keyed by the layout's field names):
//   AN  string, written left-aligned and space-padded ('' = all spaces)
//   N   string of ASCII digits, or a non-negative safe integer; written right-aligned, zero-padded
//       (so '1', 1 and '0001' give the same 4-position field; codes are best given as in the list, '01')
//   D   string 'JJJJMMDD' (8 digits); '00000000' = empty/onbekend. The caller formats dates (lib/domain/dates
//       toJjjjmmdd) so no time zone is guessed here
//   F   string of digits of exactly the field length (build it with toFlags / toUitkomst)
// `recordtype` may be left out (it is taken from the type argument). Every other field must be present.
//
// Nothing is ever truncated or dropped. A value that cannot be represented (missing, too long, a character
// outside printable ASCII 0x20-0x7E, non-digits in N, not 8 digits in D, wrong length in F, a field that is
// not in the layout) gives a K01 problem, and the field is written as UNREPRESENTABLE_CHAR repeated over the
// field length, so the line still has exactly RECORD_LENGTH characters and the checks flag the field when the
// file is read back. Values that are representable but wrong (an impossible date, a code outside its list)
// are written as they are: the checks (checks.ts) report them with the real value.
import { RECORD_LENGTH, type FieldDef } from "../layout/layout";
import { getRecordTable, isDigits, isPrintableAscii, SPACES, ZEROS, type RecordTable } from "../layout/layout-tables";
import { createViolation, type RecordRef, type Violation } from "../checks/violation";

export type FieldValue = string | number | null | undefined;
export type RecordValues = Readonly<Record<string, FieldValue>>;

export const UNREPRESENTABLE_CHAR = "?";

export interface FormattedRecord {
  /** Exactly RECORD_LENGTH characters, without the line end. */
  line: string;
  /** K01 problems; empty when every value was written as given. */
  problems: Violation[];
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** The field's text, or a Dutch reason why the value cannot be represented. */
export function formatField(field: FieldDef, value: FieldValue): { text: string } | { error: string } {
  if (value === undefined || value === null) return { error: "waarde ontbreekt" };
  if (typeof value === "number" && field.type !== "N")
    return { error: `getal ${value} in een veld van type ${field.type}` };
  const raw = typeof value === "number" ? formatNumber(value) : value;
  if (raw === null) return { error: `${value} is geen geheel getal ≥ 0` };
  if (!PRINTABLE_ASCII.test(raw)) return { error: "teken buiten ASCII 0x20-0x7E" };
  if (raw.length > field.length) return { error: `te lang: ${raw.length} tekens, maximaal ${field.length}` };
  switch (field.type) {
    case "AN":
      return { text: raw.padEnd(field.length, " ") };
    case "N":
      return /^[0-9]+$/.test(raw) ? { text: raw.padStart(field.length, "0") } : { error: "alleen cijfers toegestaan" };
    case "D":
      return /^[0-9]{8}$/.test(raw) ? { text: raw } : { error: "datum moet de vorm JJJJMMDD hebben" };
    case "F":
      return new RegExp(`^[0-9]{${field.length}}$`).test(raw)
        ? { text: raw }
        : { error: `moet precies ${field.length} cijfers zijn` };
  }
}

function formatNumber(n: number): string | null {
  return Number.isSafeInteger(n) && n >= 0 ? String(n) : null;
}

/**
 * The hot path of formatField: the field text for a value formatField accepts, else null (then formatField
 * gives the reason). Accepts exactly what formatField accepts, with char-code loops instead of regexes and
 * shared padding strings instead of padStart/padEnd.
 */
function fastText(field: FieldDef, value: FieldValue): string | null {
  if (typeof value === "number") {
    if (field.type !== "N" || !Number.isSafeInteger(value) || value < 0) return null;
    const digits = String(value);
    return digits.length <= field.length ? ZEROS[field.length - digits.length] + digits : null;
  }
  if (typeof value !== "string" || value.length > field.length) return null;
  switch (field.type) {
    case "AN":
      return isPrintableAscii(value) ? value + SPACES[field.length - value.length] : null;
    case "N":
      return isDigits(value) ? ZEROS[field.length - value.length] + value : null;
    case "D":
      return value.length === 8 && isDigits(value) ? value : null;
    case "F":
      return value.length === field.length && isDigits(value) ? value : null;
  }
}

/** Formats one record. Throws only on a record type the layout does not know (a programming error). */
export function formatRecord(type: string, values: RecordValues, lineNumber = 0): FormattedRecord {
  const table = getRecordTable(type);
  const line = formatInLayoutOrder(table, type, values);
  const result = line !== null ? { line, problems: [] } : formatWithProblems(table, type, values, lineNumber);
  if (result.line.length !== RECORD_LENGTH)
    throw new Error(`Layout of record ${type} does not add up to ${RECORD_LENGTH}`);
  return result;
}

/**
 * The fast path, for the usual input: the keys of `values` are the layout's fields in layout order
 * (recordtype may be left out) and every value can be represented. Then nothing can be reported and the
 * line is the field texts in a row. Anything else returns null, for formatWithProblems to sort out.
 * Reading the values in for-in order lets V8 take them by position instead of looking each name up.
 */
function formatInLayoutOrder(table: RecordTable, type: string, values: RecordValues): string | null {
  const fields = table.fields;
  const parts: string[] = [];
  if (table.recordtypeIndex === 0 && values.recordtype === undefined) {
    // Left out: taken from `type`. (A key "recordtype" holding undefined then no longer matches below.)
    const text = fastText(fields[0], type);
    if (text === null) return null;
    parts.push(text);
  }
  for (const name in values) {
    const field = fields[parts.length]; // one part per field so far
    if (field === undefined || field.name !== name) return null;
    const text = fastText(field, values[name]);
    if (text === null) return null;
    parts.push(text);
  }
  if (parts.length !== fields.length) return null;
  parts.push(table.reserve);
  return parts.join("");
}

/** Field by field and key by key, with a K01 problem for each that cannot be written as given. */
function formatWithProblems(
  table: RecordTable,
  type: string,
  values: RecordValues,
  lineNumber: number,
): FormattedRecord {
  const fields = table.fields;
  const problems: Violation[] = [];
  const parts: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const value = i === table.recordtypeIndex && values.recordtype === undefined ? type : values[field.name];
    const text = fastText(field, value);
    if (text !== null) {
      parts.push(text);
      continue;
    }
    const result = formatField(field, value);
    if ("text" in result) {
      parts.push(result.text);
    } else {
      parts.push(UNREPRESENTABLE_CHAR.repeat(field.length));
      problems.push(
        createViolation(
          "K01",
          refOf(type, values, lineNumber),
          `${field.name}: ${result.error}`,
          field.name,
          describe(value),
        ),
      );
    }
  }
  reportUnknownFields(table, values, lineNumber, problems);
  parts.push(table.reserve);
  return { line: parts.join(""), problems };
}

/** K01 for every key of `values` that is not a field of the record, in key order. */
function reportUnknownFields(
  table: RecordTable,
  values: RecordValues,
  lineNumber: number,
  problems: Violation[],
): void {
  for (const name of Object.keys(values)) {
    if (!table.index.has(name)) {
      problems.push(
        createViolation(
          "K01",
          refOf(table.type, values, lineNumber),
          `veld '${name}' bestaat niet in record ${table.type}`,
          name,
          describe(values[name]),
        ),
      );
    }
  }
}

/** Built only when there is something to report: clean records need no reference. */
function refOf(recordtype: string, values: RecordValues, lineNumber: number): RecordRef {
  return { recordtype, values, lineNumber };
}

function describe(value: FieldValue): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
