// One finding of the quality report (kwaliteitsrapport): rule K01..K14 of AANLEVERBESTAND.md section 3.
import { findRecordDef } from "../layout/layout";

export type Rule =
  "K01" | "K02" | "K03" | "K04" | "K05" | "K06" | "K07" | "K08" | "K09" | "K10" | "K11" | "K12" | "K13" | "K14";
/** F = fout (blocks marking the delivery final), W = waarschuwing. */
export type Severity = "F" | "W";

export interface Violation {
  rule: Rule;
  severity: Severity;
  recordtype: string;
  /** Identifying fields of the record (e.g. casusnummer + persoonsvolgnummer), for the link to the screen. */
  key: Record<string, string>;
  /** The field at fault; undefined for a record- or file-level finding. */
  field?: string;
  /** The offending value, as found in (or meant for) the file. */
  value?: string;
  /** Dutch, for the user. */
  message: string;
  /** 1-based line in the file; 0 when the record is not (yet) in a file. */
  lineNumber: number;
}

const WARNINGS: ReadonlySet<Rule> = new Set(["K11", "K12", "K13", "K14"]);

export function getSeverity(rule: Rule): Severity {
  return WARNINGS.has(rule) ? "W" : "F";
}

/** Where a finding is about: the record's type and line, and its key or the values to take the key from. */
export interface RecordRef {
  recordtype: string;
  lineNumber: number;
  key?: Record<string, string>;
  /** The key is built from these only when a violation is made (cheap for the ~700 000 clean records). */
  values?: Readonly<Record<string, string | number | null | undefined>>;
}

/** The key of a record from its values, using the layout's keyFields. */
export function buildKey(
  recordtype: string,
  values: Readonly<Record<string, string | number | null | undefined>>,
): Record<string, string> {
  const key: Record<string, string> = {};
  for (const name of findRecordDef(recordtype)?.keyFields ?? []) {
    const v = values[name];
    if (v !== undefined && v !== null) key[name] = String(v).trim();
  }
  return key;
}

export function makeRecordRef(
  recordtype: string,
  values: Readonly<Record<string, string>>,
  lineNumber: number,
): RecordRef {
  return { recordtype, values, lineNumber };
}

export function createViolation(
  rule: Rule,
  ref: RecordRef,
  message: string,
  field?: string,
  value?: string,
): Violation {
  const key = ref.key ?? (ref.values ? buildKey(ref.recordtype, ref.values) : {});
  const v: Violation = {
    rule,
    severity: getSeverity(rule),
    recordtype: ref.recordtype,
    key,
    message,
    lineNumber: ref.lineNumber,
  };
  if (field !== undefined) v.field = field;
  if (value !== undefined) v.value = value;
  return v;
}
