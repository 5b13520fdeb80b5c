// File structure: record order (01 first, the types in layout order, each type sorted by its sortFields,
// 99 last) reported as K01, and the counts of record 99 (K03). Sort keys are compared on the fixed-width
// field text, i.e. in ASCII order, as the file is read.
import { COUNTED_TYPES, findFieldDef, findRecordDef, HEADER_TYPE, RECORD_ORDER, TRAILER_TYPE } from "./layout";
import type { ParsedRecord } from "./reader";
import { createViolation, makeRecordRef, type RecordRef, type Violation } from "./violation";

export class StructureChecker {
  private readonly counts = new Map<string, number>();
  private total = 0;
  private orderIndex = -1;
  private previousSortKey: string | null = null;
  private headerSeen = false;
  private trailer: { ref: RecordRef; values: Record<string, string> } | null = null;
  private readonly out: Violation[] = [];

  add(record: ParsedRecord): void {
    this.total += 1;
    this.counts.set(record.type, (this.counts.get(record.type) ?? 0) + 1);
    const def = findRecordDef(record.type);
    if (!def) return; // unknown type: K01 from the reader
    const ref = makeRecordRef(record.type, record.values, record.lineNumber);
    const report = (message: string) => this.out.push(createViolation("K01", ref, message));
    if (this.trailer) report(`recordvolgorde: record ${record.type} na het sluitrecord (99)`);
    if (record.type === HEADER_TYPE) {
      if (this.headerSeen) report("recordvolgorde: meer dan een voorlooprecord (01)");
      else if (this.total !== 1) report("recordvolgorde: het voorlooprecord (01) moet het eerste record zijn");
      this.headerSeen = true;
    }
    if (record.type === TRAILER_TYPE && !this.trailer) this.trailer = { ref, values: record.values };
    const index = RECORD_ORDER.indexOf(record.type);
    if (index < this.orderIndex) {
      report(`recordvolgorde: record ${record.type} na record ${RECORD_ORDER[this.orderIndex]}`);
      return;
    }
    if (index > this.orderIndex) this.previousSortKey = null;
    this.orderIndex = index;
    const sortKey = buildSortKey(record);
    if (sortKey !== null && this.previousSortKey !== null && sortKey < this.previousSortKey) {
      report(`recordvolgorde: records ${record.type} moeten gesorteerd zijn op ${def.sortFields.join(", ")}`);
    }
    if (sortKey !== null) this.previousSortKey = sortKey;
  }

  finish(): Violation[] {
    const fileRef: RecordRef = { recordtype: HEADER_TYPE, key: {}, lineNumber: 0 };
    if (!this.headerSeen) this.out.push(createViolation("K01", fileRef, "het voorlooprecord (01) ontbreekt"));
    if (!this.trailer) {
      this.out.push(createViolation("K03", { ...fileRef, recordtype: TRAILER_TYPE }, "het sluitrecord (99) ontbreekt"));
      return this.out;
    }
    const { ref, values } = this.trailer;
    if ((this.counts.get(TRAILER_TYPE) ?? 0) > 1) this.out.push(createViolation("K01", ref, "meer dan een sluitrecord (99)"));
    const expected: Array<[string, number]> = COUNTED_TYPES.map((t) => [`aantal_${t}`, this.counts.get(t) ?? 0]);
    expected.push(["aantal_totaal", this.total]);
    for (const [field, actual] of expected) {
      const value = values[field] ?? "";
      if (/^[0-9]+$/.test(value) && Number(value) !== actual) {
        this.out.push(createViolation("K03", ref, `${field} is ${Number(value)}, het bestand bevat er ${actual}`, field, value));
      }
    }
    return this.out;
  }
}

/** The record's sort key: its sortFields as fixed-width text (AN padded back to field length). */
function buildSortKey(record: ParsedRecord): string | null {
  const def = findRecordDef(record.type);
  if (!def || def.sortFields.length === 0) return null;
  return def.sortFields
    .map((name) => (record.values[name] ?? "").padEnd(findFieldDef(record.type, name)?.length ?? 0, " "))
    .join("");
}
