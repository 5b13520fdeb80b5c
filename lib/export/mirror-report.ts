// The spiegelrapport: for each record type and field, how many records, how often filled, how often
// onbekend, and the distribution over the codes. Streaming: only counters are kept.
import { codesOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import { findRecordDef, RECORDS, type FieldDef } from "./layout";
import type { ParsedRecord } from "./reader";

export interface FieldStats {
  field: string;
  /** Records where the field is not empty (not all spaces, not all zeros). */
  filled: number;
  /** Records where the field holds its onbekend value (layout `unknown`). */
  onbekend: number;
  /**
   * Code fields: value → count. Flag fields over list A/B: code → records with that flag set.
   * Uitkomst: 'vorm:digit' (e.g. '01:1') → count. Absent for fields without codes.
   */
  distribution?: Record<string, number>;
}

export interface RecordStats {
  recordtype: string;
  naam: string;
  records: number;
  fields: FieldStats[];
}

export interface MirrorReport {
  add(record: ParsedRecord): void;
  result(): RecordStats[];
}

function hasDistribution(field: FieldDef): boolean {
  return field.list !== undefined || field.values !== undefined;
}

function countValue(field: FieldDef, value: string, dist: Record<string, number>): void {
  const bump = (key: string) => { dist[key] = (dist[key] ?? 0) + 1; };
  if (field.flags === "A" || field.flags === "B") {
    codesOf(field.flags).forEach((code, i) => { if (value[i] === "1") bump(code); });
  } else if (field.flags === "uitkomst") {
    UITKOMST_VORMEN.forEach((vorm, i) => bump(`${vorm}:${value[i] ?? ""}`));
  } else {
    bump(value);
  }
}

export function createMirrorReport(): MirrorReport {
  const stats = new Map<string, RecordStats>();
  for (const def of RECORDS) {
    stats.set(def.type, {
      recordtype: def.type,
      naam: def.naam,
      records: 0,
      fields: def.fields
        .filter((f) => f.name !== "recordtype")
        .map((f) => ({ field: f.name, filled: 0, onbekend: 0, ...(hasDistribution(f) ? { distribution: {} } : {}) })),
    });
  }
  return {
    add(record) {
      const def = findRecordDef(record.type);
      const entry = stats.get(record.type);
      if (!def || !entry) return;
      entry.records += 1;
      const fields = def.fields.filter((f) => f.name !== "recordtype");
      fields.forEach((field, i) => {
        const value = record.values[field.name] ?? "";
        const s = entry.fields[i];
        if (value.trim() !== "" && !/^0+$/.test(value)) s.filled += 1;
        if (field.unknown !== undefined && value === field.unknown) s.onbekend += 1;
        if (s.distribution) countValue(field, value, s.distribution);
      });
    },
    result() {
      return [...stats.values()];
    },
  };
}
