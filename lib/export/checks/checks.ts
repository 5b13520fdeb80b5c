// The kwaliteitsrapport: checks K01-K14 (AANLEVERBESTAND.md section 3) over the parsed records of one file,
// in one streaming pass. Usage:
//   const checker = createChecker({ periode: { jaar: 2025, halfjaar: 2 }, gemeenten });
//   for await (const r of readRecords(stream)) checker.add(r);
//   const violations = checker.finish();
// or checkDelivery(stream, options) for violations and spiegelrapport together.
//
// The period comes from `periode` when given (record 01 must then name the same one, else K05), otherwise
// from record 01. Record order problems are reported under K01 (file structure).
import { HEADER_TYPE } from "../layout/layout";
import { createMirrorReport, type RecordStats } from "../reports/mirror-report";
import { getPeriodBounds, readPeriode, type Periode } from "../layout/period";
import { readRecords, type ParsedRecord, type ReadSource } from "../read/reader";
import { RecordChecker, type RecordCheckContext } from "./record-checks";
import { CrossChecker } from "./cross-checks";
import { StructureChecker } from "./structure-checks";
import { createViolation, makeRecordRef, type Violation } from "./violation";

export type { Violation, Rule, Severity } from "./violation";
export type { Periode } from "../layout/period";

export interface CheckerOptions {
  /** The period being delivered; defaults to verslagjaar/halfjaar of record 01. */
  periode?: Periode;
  /** CBS gemeentecodes (4 digits) of the verslagjaar, for K11. */
  gemeenten?: ReadonlySet<string>;
}

export interface Checker {
  add(record: ParsedRecord): void;
  /** Ends the pass; the violations sorted by line number. Call once. */
  finish(): Violation[];
}

export function createChecker(options: CheckerOptions = {}): Checker {
  const structure = new StructureChecker();
  const cross = new CrossChecker();
  const out: Violation[] = [];
  // One context for all records; periodEnd may still be set by record 01.
  const ctx: RecordCheckContext = {
    periodEnd: options.periode ? getPeriodBounds(options.periode).end : null,
    gemeenten: options.gemeenten,
  };
  const single = new RecordChecker(ctx);

  function takePeriod(record: ParsedRecord): void {
    const named = readPeriode(record.values);
    if (!options.periode) {
      if (named) ctx.periodEnd = getPeriodBounds(named).end;
      return;
    }
    if (named && (named.jaar !== options.periode.jaar || named.halfjaar !== options.periode.halfjaar)) {
      const ref = makeRecordRef(record.type, record.values, record.lineNumber);
      out.push(
        createViolation(
          "K05",
          ref,
          `voorlooprecord noemt periode ${named.jaar}H${named.halfjaar}, verwacht ${options.periode.jaar}H${options.periode.halfjaar}`,
          "verslagjaar",
          record.values.verslagjaar,
        ),
      );
    }
  }

  return {
    add(record) {
      for (const p of record.problems) out.push(p);
      if (record.type === HEADER_TYPE && record.lineNumber === 1) takePeriod(record);
      structure.add(record);
      single.check(record, out);
      cross.add(record);
    },
    finish() {
      for (const v of structure.finish()) out.push(v);
      for (const v of cross.finish(ctx.periodEnd)) out.push(v);
      // Array.prototype.sort is stable: findings of one line keep the order they were found in.
      return out.sort((a, b) => a.lineNumber - b.lineNumber);
    },
  };
}

export interface DeliveryCheckResult {
  violations: Violation[];
  /** True when there is no F violation: the delivery may be marked final. */
  ok: boolean;
  mirror: RecordStats[];
}

/** Reads a delivery file (stream) once and returns the kwaliteitsrapport and the spiegelrapport. */
export async function checkDelivery(source: ReadSource, options: CheckerOptions = {}): Promise<DeliveryCheckResult> {
  const checker = createChecker(options);
  const mirror = createMirrorReport();
  for await (const record of readRecords(source)) {
    checker.add(record);
    mirror.add(record);
  }
  const violations = checker.finish();
  return { violations, ok: !violations.some((v) => v.severity === "F"), mirror: mirror.result() };
}
