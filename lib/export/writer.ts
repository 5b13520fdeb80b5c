// Streams a delivery file: record 01, the data records in layout order, record 99 with the counts.
// Each record is followed by CRLF, the last one too. Output is buffered and honours back-pressure.
import type { Writable } from "node:stream";
import { COUNTED_TYPES, HEADER_TYPE, LINE_END, RECORD_ORDER, TRAILER_TYPE } from "./layout";
import { formatRecord, type RecordValues } from "./format";
import { findRecordTable } from "./layout-tables";
import type { Violation } from "./violation";

/** A Node Writable, or a function that takes each chunk (and may return a promise to apply back-pressure). */
export type DeliverySink = Writable | ((chunk: string) => void | Promise<void>);

export interface DeliverySummary {
  /** Records per type, 01 and 99 included. */
  counts: Record<string, number>;
  total: number;
  /** The values written into record 99. */
  trailer: Record<string, string>;
  /** Every K01 problem met while writing (see format.ts); non-empty means the file has '?' markers. */
  problems: Violation[];
}

const FLUSH_AT = 64 * 1024;

export class DeliveryWriter {
  private readonly sink: DeliverySink;
  private buffer: string[] = [];
  private bufferedChars = 0;
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
    if (this.finished) throw new Error("DeliveryWriter: write after finish");
    if (type === TRAILER_TYPE) throw new Error("DeliveryWriter: record 99 is written by finish()");
    const index = findRecordTable(type)?.order ?? -1;
    if (index < 0) throw new Error(`DeliveryWriter: unknown record type '${type}'`);
    if (this.lineNumber === 0 && type !== HEADER_TYPE) throw new Error("DeliveryWriter: the first record must be 01");
    if (index < this.orderIndex || (type === HEADER_TYPE && this.lineNumber > 0)) {
      throw new Error(`DeliveryWriter: record ${type} after record ${RECORD_ORDER[this.orderIndex]}`);
    }
    this.orderIndex = index;
    await this.push(type, values);
  }

  /** Writes record 99 with the counts, flushes, and returns the summary. Does not end the sink. */
  async finish(): Promise<DeliverySummary> {
    if (this.finished) throw new Error("DeliveryWriter: finish called twice");
    if (this.lineNumber === 0) throw new Error("DeliveryWriter: nothing written, record 01 is missing");
    const trailer: Record<string, string> = {};
    for (const t of COUNTED_TYPES) trailer[`aantal_${t}`] = String(this.countOf(t));
    trailer.aantal_totaal = String(this.lineNumber + 1);
    await this.push(TRAILER_TYPE, trailer);
    this.finished = true;
    await this.flush();
    // Types in layout order = the order they were written in; only types that were written.
    const counts = Object.fromEntries(RECORD_ORDER.filter((t) => this.countOf(t) > 0).map((t) => [t, this.countOf(t)]));
    return { counts, total: this.lineNumber, trailer, problems: this.problems };
  }

  private countOf(type: string): number {
    return this.counts[findRecordTable(type)!.order];
  }

  private async push(type: string, values: RecordValues): Promise<void> {
    this.lineNumber += 1;
    const { line, problems } = formatRecord(type, values, this.lineNumber);
    for (const p of problems) this.problems.push(p);
    this.counts[findRecordTable(type)!.order] += 1;
    this.buffer.push(line, LINE_END);
    this.bufferedChars += line.length + LINE_END.length;
    if (this.bufferedChars >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.bufferedChars === 0) return;
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.bufferedChars = 0;
    await writeChunk(this.sink, chunk);
  }
}

async function writeChunk(sink: DeliverySink, chunk: string): Promise<void> {
  if (typeof sink === "function") {
    await sink(chunk);
    return;
  }
  if (!sink.write(chunk, "ascii")) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => { sink.off("error", onError); resolve(); };
      const onError = (err: Error) => { sink.off("drain", onDrain); reject(err); };
      sink.once("drain", onDrain);
      sink.once("error", onError);
    });
  }
}

/** Writes a whole delivery from an (async) iterable of records; the iterable holds 01 and the data records. */
export async function writeDelivery(
  records: AsyncIterable<{ type: string; values: RecordValues }> | Iterable<{ type: string; values: RecordValues }>,
  sink: DeliverySink,
): Promise<DeliverySummary> {
  const writer = new DeliveryWriter(sink);
  for await (const r of records) await writer.write(r.type, r.values);
  return writer.finish();
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
  if (!Number.isInteger(volgnummer) || volgnummer < 1 || volgnummer > 99) throw new Error(`Invalid volgnummer ${volgnummer}`);
  return `${regiocode}_${jaar}H${halfjaar}_${soort}${String(volgnummer).padStart(2, "0")}.txt`;
}
