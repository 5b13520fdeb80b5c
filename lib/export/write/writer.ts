// Streams a delivery file: record 01, the data records in layout order, record 99 with the counts.
// Each record is followed by CRLF, the last one too. Output is buffered as bytes and honours back-pressure.
import type { Writable } from "node:stream";
import { COUNTED_TYPES, HEADER_TYPE, LINE_END, RECORD_LENGTH, RECORD_ORDER, TRAILER_TYPE } from "../layout/layout";
import { formatRecord, type RecordValues } from "./format";
import { findRecordTable } from "../layout/layout-tables";
import type { Violation } from "../checks/violation";

/** A Node Writable, or a function that takes each chunk (and may return a promise to apply back-pressure). */
export type DeliverySink = Writable | ((chunk: Buffer) => void | Promise<void>);

export interface DeliverySummary {
  /** Records per type, 01 and 99 included. */
  counts: Record<string, number>;
  total: number;
  /** The values written into record 99. */
  trailer: Record<string, string>;
  /** Every K01 problem met while writing (see format.ts); non-empty means the file has '?' markers. */
  problems: Violation[];
}

/** Fills `out[at, at + RECORD_LENGTH)` with one record's line; false when it cannot (see copy-format.ts). */
export interface LineFormatter<T> {
  format(input: T, start: number, end: number, out: Uint8Array, at: number): boolean;
}

const FLUSH_AT = 64 * 1024;
const LINE_BYTES = RECORD_LENGTH + LINE_END.length;

export class DeliveryWriter {
  private readonly sink: DeliverySink;
  /** The bytes not yet handed to the sink; a new buffer after every flush, as the sink may keep the old one. */
  private buffer = Buffer.allocUnsafe(FLUSH_AT + LINE_BYTES);
  private used = 0;
  /** Records per type, by the type's index in RECORD_ORDER. */
  private readonly counts: number[] = RECORD_ORDER.map(() => 0);
  private lineNumber = 0;
  private orderIndex = -1;
  private finished = false;
  readonly problems: Violation[] = [];

  constructor(sink: DeliverySink) {
    this.sink = sink;
  }

  /**
   * Writes one record. Record types must come in layout order (01 first; 99 is written by finish()):
   * a type out of order throws, as that is a bug in the selection, not a data problem.
   */
  async write(type: string, values: RecordValues): Promise<void> {
    const order = this.accept(type);
    const { line, problems } = formatRecord(type, values, this.lineNumber + 1);
    for (const p of problems) this.problems.push(p);
    this.buffer.write(line, this.used, "latin1");
    this.added(order);
    if (this.used >= FLUSH_AT) await this.flush();
  }

  /**
   * Writes one record that `formatter` builds straight into the output from input[start, end); returns false,
   * writing nothing, when the formatter cannot (then write() the record's values). Synchronous: flush()
   * whenever `full` says so.
   */
  tryWriteFormatted<T>(type: string, formatter: LineFormatter<T>, input: T, start: number, end: number): boolean {
    const order = this.accept(type);
    if (!formatter.format(input, start, end, this.buffer, this.used)) return false;
    this.added(order);
    return true;
  }

  /** Enough bytes are buffered to hand them to the sink (flush()) before the next record. */
  get full(): boolean {
    return this.used >= FLUSH_AT;
  }

  /** Writes record 99 with the counts, flushes, and returns the summary. Does not end the sink. */
  async finish(): Promise<DeliverySummary> {
    if (this.finished) throw new Error("DeliveryWriter: finish called twice");
    if (this.lineNumber === 0) throw new Error("DeliveryWriter: nothing written, record 01 is missing");
    const trailer: Record<string, string> = {};
    for (const t of COUNTED_TYPES) trailer[`aantal_${t}`] = String(this.countOf(t));
    trailer.aantal_totaal = String(this.lineNumber + 1);
    const { line, problems } = formatRecord(TRAILER_TYPE, trailer, this.lineNumber + 1);
    for (const p of problems) this.problems.push(p);
    this.buffer.write(line, this.used, "latin1");
    this.added(findRecordTable(TRAILER_TYPE)!.order);
    this.finished = true;
    await this.flush();
    // Types in layout order = the order they were written in; only types that were written.
    const counts = Object.fromEntries(RECORD_ORDER.filter((t) => this.countOf(t) > 0).map((t) => [t, this.countOf(t)]));
    return { counts, total: this.lineNumber, trailer, problems: this.problems };
  }

  /** Checks that a record of `type` may come next (types in layout order, 01 first, 99 by finish()); its order. */
  private accept(type: string): number {
    if (this.finished) throw new Error("DeliveryWriter: write after finish");
    if (type === TRAILER_TYPE) throw new Error("DeliveryWriter: record 99 is written by finish()");
    const index = findRecordTable(type)?.order ?? -1;
    if (index < 0) throw new Error(`DeliveryWriter: unknown record type '${type}'`);
    if (this.lineNumber === 0 && type !== HEADER_TYPE) throw new Error("DeliveryWriter: the first record must be 01");
    if (index < this.orderIndex || (type === HEADER_TYPE && this.lineNumber > 0)) {
      throw new Error(`DeliveryWriter: record ${type} after record ${RECORD_ORDER[this.orderIndex]}`);
    }
    this.orderIndex = index;
    return index;
  }

  /** The line just put at `used` is complete: ends it with CRLF and counts it under its type's order. */
  private added(order: number): void {
    this.buffer[this.used + RECORD_LENGTH] = 13;
    this.buffer[this.used + RECORD_LENGTH + 1] = 10;
    this.used += LINE_BYTES;
    this.lineNumber += 1;
    this.counts[order] += 1;
  }

  private countOf(type: string): number {
    return this.counts[findRecordTable(type)!.order];
  }

  /** Hands the buffered bytes to the sink. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(FLUSH_AT + LINE_BYTES);
    this.used = 0;
    await writeChunk(this.sink, chunk);
  }
}

async function writeChunk(sink: DeliverySink, chunk: Buffer): Promise<void> {
  if (typeof sink === "function") {
    await sink(chunk);
    return;
  }
  if (!sink.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        sink.off("error", onError);
        resolve();
      };
      const onError = (err: Error) => {
        sink.off("drain", onDrain);
        reject(err);
      };
      sink.once("drain", onDrain);
      sink.once("error", onError);
    });
  }
}

export interface FileNameParts {
  regiocode: string;
  jaar: number;
  halfjaar: 1 | 2;
  soort: "R" | "C";
  volgnummer: number;
}

/** VT18_2025H2_R01.txt. Throws on parts that cannot form a valid name. */
export function makeFileName({ regiocode, jaar, halfjaar, soort, volgnummer }: FileNameParts): string {
  if (!/^VT[0-9]{2}$/.test(regiocode)) throw new Error(`Invalid regiocode '${regiocode}'`);
  if (!Number.isInteger(jaar) || jaar < 1000 || jaar > 9999) throw new Error(`Invalid jaar ${jaar}`);
  if (halfjaar !== 1 && halfjaar !== 2) throw new Error(`Invalid halfjaar ${halfjaar}`);
  if (soort !== "R" && soort !== "C") throw new Error(`Invalid soort ${soort}`);
  if (!Number.isInteger(volgnummer) || volgnummer < 1 || volgnummer > 99)
    throw new Error(`Invalid volgnummer ${volgnummer}`);
  return `${regiocode}_${jaar}H${halfjaar}_${soort}${String(volgnummer).padStart(2, "0")}.txt`;
}
