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
import { getRecordDef, RECORD_LENGTH, type FieldDef } from "./layout";
import { createViolation, type RecordRef, type Violation } from "./violation";

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
  if (typeof value === "number" && field.type !== "N") return { error: `getal ${value} in een veld van type ${field.type}` };
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
      return new RegExp(`^[0-9]{${field.length}}$`).test(raw) ? { text: raw } : { error: `moet precies ${field.length} cijfers zijn` };
  }
}

function formatNumber(n: number): string | null {
  return Number.isSafeInteger(n) && n >= 0 ? String(n) : null;
}

/** Formats one record. Throws only on a record type the layout does not know (a programming error). */
export function formatRecord(type: string, values: RecordValues, lineNumber = 0): FormattedRecord {
  const def = getRecordDef(type);
  const ref: RecordRef = { recordtype: type, values, lineNumber };
  const problems: Violation[] = [];
  const parts: string[] = [];
  for (const field of def.fields) {
    const value = field.name === "recordtype" && values.recordtype === undefined ? type : values[field.name];
    const result = formatField(field, value);
    if ("text" in result) {
      parts.push(result.text);
    } else {
      parts.push(UNREPRESENTABLE_CHAR.repeat(field.length));
      problems.push(createViolation("K01", ref, `${field.name}: ${result.error}`, field.name, describe(value)));
    }
  }
  const known = new Set(def.fields.map((f) => f.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) problems.push(createViolation("K01", ref, `veld '${name}' bestaat niet in record ${type}`, name, describe(values[name])));
  }
  parts.push(" ".repeat(RECORD_LENGTH - def.reserveStart + 1));
  const line = parts.join("");
  if (line.length !== RECORD_LENGTH) throw new Error(`Layout of record ${type} does not add up to ${RECORD_LENGTH}`);
  return { line, problems };
}

function describe(value: FieldValue): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
