// Builds one delivery file from the database: streams the selection of the period through the layout-driven
// writer into a temporary file, and in the same pass hands every written byte to the checks (K01–K14), the
// spiegelrapport and the kerncijfers counter (lib/export/checks/line-checks.ts), and hashes it. Only a complete file is renamed to
// its final name; an interrupted run leaves at most a temporary file.
import fs from "node:fs";
import crypto from "node:crypto";
import { once } from "node:events";
import type { DbConnection } from "@/lib/db/sql";
import { withSnapshot, type Batch, type Row } from "@/lib/db/stream-query";
import { copyRow, type CopySource } from "@/lib/db/copy-rows";
import { makePeriode } from "@/lib/domain/periode";
import { DeliveryWriter } from "../export/write/writer";
import { CopyRowFormatter } from "../export/write/copy-format";
import type { RecordValues } from "../export/write/format";
import { createLineChecker } from "../export/checks/line-checks";
import type { RecordStats } from "../export/reports/mirror-report";
import type { Kerncijfers } from "../export/reports/kerncijfers";
import { selectionSql } from "./select-sql";
import { COUNTED_TYPES, LAYOUT_VERSION } from "../export/layout/layout";
import type { Violation } from "../export/checks/violation";
import { now } from "@/lib/domain/clock";

export const SOFTWARE = "VT-Registratie 0.1.0";

export type BuildOptions = {
  jaar: number;
  halfjaar: 1 | 2;
  soort: "R" | "C";
  vtRegioCode: string;
  kvkNummer: string;
  gemeenten: ReadonlySet<string>;
  outPath: string;
  now?: Date;
  onProgress?: (records: number) => void;
};

export type BuildResult = {
  counts: Record<string, number>;
  total: number;
  sha256: string;
  bytes: number;
  violations: Violation[];
  fouten: number;
  waarschuwingen: number;
  mirror: RecordStats[];
  kerncijfers: Kerncijfers;
};

function amsterdamStamp(now: Date) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(now)
      .map((x) => [x.type, x.value]),
  );
  return { datum: `${p.year}${p.month}${p.day}`, tijd: `${p.hour}${p.minute}${p.second}` };
}

export async function buildDeliveryFile(handle: DbConnection, o: BuildOptions): Promise<BuildResult> {
  const periode = makePeriode(o.jaar, o.halfjaar);
  const tmp = `${o.outPath}.tmp-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  const out = fs.createWriteStream(tmp);
  const hash = crypto.createHash("sha256");
  const checks = createLineChecker({ jaar: o.jaar, halfjaar: o.halfjaar, gemeenten: [...o.gemeenten] });
  let bytes = 0,
    records = 0;

  // Every chunk the writer emits is hashed, written, and handed to the checks exactly as the file has it.
  const sink = async (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
    records += chunk.length / 122;
    o.onProgress?.(Math.round(records));
    const checked = checks.write(chunk);
    if (!out.write(chunk)) await once(out, "drain");
    await checked;
  };

  try {
    const writer = new DeliveryWriter(sink);
    const stamp = amsterdamStamp(o.now ?? now());
    await writer.write("01", {
      vt_regiocode: o.vtRegioCode,
      kvk_nummer: o.kvkNummer,
      verslagjaar: String(o.jaar),
      halfjaar: String(o.halfjaar),
      soort_levering: o.soort,
      aanmaakdatum: stamp.datum,
      aanmaaktijd: stamp.tijd,
      versie_bestandsdefinitie: LAYOUT_VERSION,
      software: SOFTWARE,
    });
    const sql = selectionSql(periode);
    await withSnapshot(handle, async (read) => {
      for (const type of COUNTED_TYPES) {
        if (read.kind === "copy") await writeFromCopy(writer, type, await read.copy(sql[type]));
        else await writeFromRows(writer, type, read.rows(sql[type]));
      }
    });
    const summary = await writer.finish();
    out.end();
    await once(out, "finish");
    const checked = await checks.finish();
    await fs.promises.rename(tmp, o.outPath);
    const violations = withWrittenValues(checked.violations, summary.problems);
    const fouten = violations.filter((v) => v.severity === "F").length;
    return {
      counts: summary.counts,
      total: summary.total,
      sha256: hash.digest("hex"),
      bytes,
      violations,
      fouten,
      waarschuwingen: violations.length - fouten,
      mirror: checked.mirror,
      kerncijfers: checked.kerncijfers,
    };
  } catch (e) {
    await checks.abort();
    out.destroy();
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * The checks see a value the writer could not represent only as its '?' markers; the writer knows the value
 * and why. Its finding replaces the checks' one for that field of that line, so the report names the real
 * value and the record's real key (for the link to the dossier).
 */
function withWrittenValues(violations: Violation[], written: Violation[]): Violation[] {
  if (written.length === 0) return violations;
  const byField = new Map(written.map((w) => [`${w.lineNumber}:${w.field}`, w]));
  return violations.map((v) => (v.rule === "K01" && byField.get(`${v.lineNumber}:${v.field}`)) || v);
}

/** PostgreSQL: rows formatted from COPY's bytes; a row the formatter cannot take goes through its values. */
async function writeFromCopy(writer: DeliveryWriter, type: string, { columns, chunks }: CopySource) {
  const formatter = new CopyRowFormatter(type, columns);
  for await (const chunk of chunks) {
    const { bytes, starts, ends } = chunk;
    for (let i = 0; i < starts.length; i++) {
      if (!writer.tryWriteFormatted(type, formatter, bytes, starts[i], ends[i]))
        await writer.write(type, valuesOf(columns, copyRow(chunk, i)));
      if (writer.full) await writer.flush();
    }
  }
}

/** PGlite: rows through a cursor. */
async function writeFromRows(writer: DeliveryWriter, type: string, batches: AsyncGenerator<Batch>) {
  for await (const { columns, rows } of batches) {
    for (const row of rows) await writer.write(type, valuesOf(columns, row));
  }
}

function valuesOf(columns: string[], row: Row): RecordValues {
  const values: Record<string, string | number | null> = {};
  for (let i = 0; i < columns.length; i++) values[columns[i]] = row[i] as string | number | null;
  return values;
}
