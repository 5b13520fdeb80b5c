// The spiegelrapport: for each record type and field, how many records, how often filled, how often
// onbekend, and the distribution over the codes. Streaming: only counters are kept.
import { codesOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import { RECORDS, type FieldDef } from "../layout/layout";
import type { ParsedRecord } from "../read/reader";

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

/** One field of one record type, with what counting it needs, prepared once. */
interface Column {
  readonly name: string;
  readonly unknown: string | undefined;
  readonly stats: FieldStats;
  /** Flags over list A/B: the code of each position. */
  readonly flagCodes: readonly string[] | null;
  /** Uitkomst: per position, the distribution key 'vorm:digit' by char code (ASCII; others are built). */
  readonly uitkomstKeys: readonly (readonly string[])[] | null;
}

function makeColumn(field: FieldDef, stats: FieldStats): Column {
  return {
    name: field.name,
    unknown: field.unknown,
    stats,
    flagCodes: field.flags === "A" || field.flags === "B" ? codesOf(field.flags) : null,
    uitkomstKeys:
      field.flags === "uitkomst"
        ? UITKOMST_VORMEN.map((vorm) => Array.from({ length: 128 }, (_, c) => `${vorm}:${String.fromCharCode(c)}`))
        : null,
  };
}

function countValue(column: Column, value: string, dist: Record<string, number>): void {
  if (column.flagCodes) {
    const codes = column.flagCodes;
    for (let i = 0; i < codes.length; i++) if (value.charCodeAt(i) === 49) dist[codes[i]] = (dist[codes[i]] ?? 0) + 1;
  } else if (column.uitkomstKeys) {
    for (let i = 0; i < UITKOMST_VORMEN.length; i++) {
      const c = value.charCodeAt(i);
      const key = c < 128 ? column.uitkomstKeys[i][c] : `${UITKOMST_VORMEN[i]}:${value[i] ?? ""}`;
      dist[key] = (dist[key] ?? 0) + 1;
    }
  } else {
    dist[value] = (dist[value] ?? 0) + 1;
  }
}

/** As value.trim() !== "" && !/^0+$/.test(value): not empty, not all spaces, not all zeros. */
function isFilled(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  const first = value.charCodeAt(0),
    last = value.charCodeAt(n - 1);
  // Every character .trim() removes is ≤ 0x20 or ≥ 0xA0: otherwise trimming is a no-op and only zeros matter.
  if (!(first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f)) return value.trim() !== "" && !/^0+$/.test(value);
  for (let i = 0; i < n; i++) if (value.charCodeAt(i) !== 48) return true;
  return false;
}

export function createMirrorReport(): MirrorReport {
  const byType = new Map<string, { entry: RecordStats; columns: Column[] }>();
  for (const def of RECORDS) {
    const fields = def.fields.filter((f) => f.name !== "recordtype");
    const entry: RecordStats = {
      recordtype: def.type,
      naam: def.naam,
      records: 0,
      fields: fields.map((f) => ({
        field: f.name,
        filled: 0,
        onbekend: 0,
        ...(hasDistribution(f) ? { distribution: {} } : {}),
      })),
    };
    byType.set(def.type, { entry, columns: fields.map((f, i) => makeColumn(f, entry.fields[i])) });
  }
  return {
    add(record) {
      const type = byType.get(record.type);
      if (!type) return;
      type.entry.records += 1;
      const values = record.values;
      for (const column of type.columns) {
        const value = values[column.name] ?? "";
        const s = column.stats;
        if (isFilled(value)) s.filled += 1;
        if (column.unknown !== undefined && value === column.unknown) s.onbekend += 1;
        if (s.distribution) countValue(column, value, s.distribution);
      }
    },
    result() {
      return [...byType.values()].map((t) => t.entry);
    },
  };
}
