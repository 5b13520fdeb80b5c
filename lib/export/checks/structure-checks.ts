// File structure: record order (01 first, the types in layout order, each type sorted by its sortFields,
// 99 last) reported as K01, and the counts of record 99 (K03). Sort keys are compared on the fixed-width
// field text, i.e. in ASCII order, as the file is read.
import { COUNTED_TYPES, HEADER_TYPE, RECORD_ORDER, TRAILER_TYPE } from "../layout/layout";
import { findRecordTable, getRecordTable, type RecordTable } from "../layout/layout-tables";
import type { ParsedRecord } from "../read/reader";
import { createViolation, makeRecordRef, type RecordRef, type Violation } from "./violation";

export class StructureChecker {
  /** Records per type, by the type's index in RECORD_ORDER (only known types are ever asked for). */
  private readonly counts: number[] = RECORD_ORDER.map(() => 0);
  private total = 0;
  private orderIndex = -1;
  /** Values of the previous record of the current type, to compare sort order with. */
  private previous: Readonly<Record<string, string>> | null = null;
  private headerSeen = false;
  private trailer: { ref: RecordRef; values: Record<string, string> } | null = null;
  private readonly out: Violation[] = [];

  add(record: ParsedRecord): void {
    this.total += 1;
    const table = findRecordTable(record.type);
    if (!table) return; // unknown type: K01 from the reader
    this.counts[table.order] += 1;
    if (this.trailer) this.report(record, `recordvolgorde: record ${record.type} na het sluitrecord (99)`);
    if (record.type === HEADER_TYPE) {
      if (this.headerSeen) this.report(record, "recordvolgorde: meer dan een voorlooprecord (01)");
      else if (this.total !== 1)
        this.report(record, "recordvolgorde: het voorlooprecord (01) moet het eerste record zijn");
      this.headerSeen = true;
    }
    if (record.type === TRAILER_TYPE && !this.trailer) {
      this.trailer = { ref: makeRecordRef(record.type, record.values, record.lineNumber), values: record.values };
    }
    const index = table.order;
    if (index < this.orderIndex) {
      this.report(record, `recordvolgorde: record ${record.type} na record ${RECORD_ORDER[this.orderIndex]}`);
      return;
    }
    if (index > this.orderIndex) this.previous = null;
    this.orderIndex = index;
    if (table.sortFields.length === 0) return;
    if (this.previous !== null && sortsBefore(table, record.values, this.previous)) {
      this.report(
        record,
        `recordvolgorde: records ${record.type} moeten gesorteerd zijn op ${table.def.sortFields.join(", ")}`,
      );
    }
    this.previous = record.values;
  }

  finish(): Violation[] {
    const fileRef: RecordRef = { recordtype: HEADER_TYPE, key: {}, lineNumber: 0 };
    if (!this.headerSeen) this.out.push(createViolation("K01", fileRef, "het voorlooprecord (01) ontbreekt"));
    if (!this.trailer) {
      this.out.push(createViolation("K03", { ...fileRef, recordtype: TRAILER_TYPE }, "het sluitrecord (99) ontbreekt"));
      return this.out;
    }
    const { ref, values } = this.trailer;
    if (this.countOf(TRAILER_TYPE) > 1) this.out.push(createViolation("K01", ref, "meer dan een sluitrecord (99)"));
    const expected: Array<[string, number]> = COUNTED_TYPES.map((t) => [`aantal_${t}`, this.countOf(t)]);
    expected.push(["aantal_totaal", this.total]);
    for (const [field, actual] of expected) {
      const value = values[field] ?? "";
      if (/^[0-9]+$/.test(value) && Number(value) !== actual) {
        this.out.push(
          createViolation("K03", ref, `${field} is ${Number(value)}, het bestand bevat er ${actual}`, field, value),
        );
      }
    }
    return this.out;
  }

  private countOf(type: string): number {
    return this.counts[getRecordTable(type).order];
  }

  /** A K01 order finding; the reference is built only here, not for every record. */
  private report(record: ParsedRecord, message: string): void {
    this.out.push(createViolation("K01", makeRecordRef(record.type, record.values, record.lineNumber), message));
  }
}

/** The record's sort key: its sortFields as fixed-width text (AN padded back to field length). */
function buildSortKey(table: RecordTable, values: Readonly<Record<string, string>>): string {
  let key = "";
  for (const { name, length } of table.sortFields) key += (values[name] ?? "").padEnd(length, " ");
  return key;
}

/**
 * buildSortKey(values) < buildSortKey(previous), compared field by field without building the keys: while
 * the values fit their fields the keys are fixed-width, so the first field that differs decides. A value
 * longer than its field (not from the reader) shifts what follows: then the keys are built after all.
 */
function sortsBefore(
  table: RecordTable,
  values: Readonly<Record<string, string>>,
  previous: Readonly<Record<string, string>>,
): boolean {
  for (const { name, length } of table.sortFields) {
    const a = values[name] ?? "",
      b = previous[name] ?? "";
    if (a.length > length || b.length > length) return buildSortKey(table, values) < buildSortKey(table, previous);
    if (a === b) continue;
    // Compared as padded with spaces to the field length, as in the key.
    for (let i = 0; i < length; i++) {
      const ca = i < a.length ? a.charCodeAt(i) : 32,
        cb = i < b.length ? b.charCodeAt(i) : 32;
      if (ca !== cb) return ca < cb;
    }
  }
  return false;
}
