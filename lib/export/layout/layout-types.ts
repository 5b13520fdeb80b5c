// Types of the layout table (layout.ts).
import type { LijstNaam } from "@/lib/domain/codes";

export type FieldType = "AN" | "N" | "D" | "F";
/** Flag fields: 'A' / 'B' = one 0/1 position per code of that list; 'uitkomst' = one list-H digit per vorm. */
export type FlagKind = "A" | "B" | "uitkomst";

export interface FieldDef {
  readonly name: string;
  /** 1-based position of the first character. */
  readonly start: number;
  readonly length: number;
  readonly type: FieldType;
  /** Code list of a single-choice field (N) or of the flag positions / digit values (F). */
  readonly list?: LijstNaam;
  readonly flags?: FlagKind;
  /** Codes of `list` not allowed in this field (aard 07 exists only as conclusion of a dienst). */
  readonly excluded?: readonly string[];
  /** Fixed value set of a field without a code list (J/N, V/O, …). */
  readonly values?: readonly string[];
  /** Regular expression the right-trimmed value must match (identifiers, region code). */
  readonly pattern?: string;
  /** The value that means "onbekend". */
  readonly unknown?: string;
  /** D only: may be partial (JJJJMM00, JJJJ0000) or 99999999 (ongeboren). */
  readonly partialDate?: boolean;
}

export interface RecordDef {
  readonly type: string;
  readonly naam: string;
  readonly fields: readonly FieldDef[];
  /** 1-based start of the space-filled reserve that runs up to RECORD_LENGTH. */
  readonly reserveStart: number;
  /** Fields identifying one record, used in the quality report. */
  readonly keyFields: readonly string[];
  /** Order of the records of this type within the file. */
  readonly sortFields: readonly string[];
}
