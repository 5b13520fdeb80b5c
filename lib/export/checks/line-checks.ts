// Reads the bytes of a delivery file as they are written and runs everything that judges them: the checks
// (K01–K14), the spiegelrapport and the kerncijfers. Inline, or in a worker thread on the second core
// (check-thread.ts) so that writing and checking a national file overlap in one process.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { makePeriode } from "@/lib/domain/periode";
import { parseLine } from "../read/reader";
import { createChecker } from "./checks";
import { createMirrorReport, type RecordStats } from "../reports/mirror-report";
import { createKerncijferCounter, type Kerncijfers } from "../reports/kerncijfers";
import type { Violation } from "./violation";

export type LineCheckOptions = { jaar: number; halfjaar: 1 | 2; gemeenten: string[] };
export type LineCheckResult = {
  lines: number;
  violations: Violation[];
  mirror: RecordStats[];
  kerncijfers: Kerncijfers;
};
/** Messages to and from the checking worker thread (check-thread.ts). */
export type ToChecker = { chunk: Uint8Array } | { end: true };
export type FromChecker = { ack: number } | { result: LineCheckResult };
export interface LineChecker {
  /** The next bytes of the file, as written. */
  write(chunk: Uint8Array): void | Promise<void>;
  finish(): Promise<LineCheckResult>;
  /** Stops without a result (the build failed); frees what the checks hold. */
  abort(): Promise<void>;
}

export function createInlineLineChecker(o: LineCheckOptions): LineChecker {
  const periode = makePeriode(o.jaar, o.halfjaar);
  const checker = createChecker({ periode: { jaar: o.jaar, halfjaar: o.halfjaar }, gemeenten: new Set(o.gemeenten) });
  const mirror = createMirrorReport();
  const kern = createKerncijferCounter(periode.start, periode.end);
  let lineNumber = 0,
    rest = "";
  const take = (line: string, end: "CRLF" | "none") => {
    const record = parseLine(line, ++lineNumber, end);
    checker.add(record);
    mirror.add(record);
    kern.add(record);
  };
  return {
    write(chunk) {
      const text = rest + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
      let start = 0;
      for (let i = text.indexOf("\r\n"); i >= 0; i = text.indexOf("\r\n", start)) {
        take(text.slice(start, i), "CRLF");
        start = i + 2;
      }
      rest = text.slice(start);
    },
    async finish() {
      if (rest) take(rest, "none");
      return { lines: lineNumber, violations: checker.finish(), mirror: mirror.result(), kerncijfers: kern.result() };
    },
    async abort() {},
  };
}

/**
 * Chunks (64 KB) handed to the worker that it has not acknowledged yet. Measured: 8 MB lets the database, the
 * writer and the checks each run at their own pace (the three share two cores); 512 KB left the checks idle
 * a second of every national export, waiting for data while the writer waited for them.
 */
const MAX_IN_FLIGHT = 128;
/** The worker acknowledges chunks in groups, to spend its time on checking rather than on messages. */
export const ACK_EVERY = 16;

/** Defined only in the export command's bundle (scripts/build-export.mjs): the bundled thread beside it. */
declare const __CHECK_THREAD_BUNDLE__: string | undefined;

/** The thread's entry: bundled JavaScript in the export command, else check-thread.mjs, which loads the TypeScript. */
function checkThreadEntry(): URL | string {
  if (typeof __CHECK_THREAD_BUNDLE__ === "string") return new URL(__CHECK_THREAD_BUNDLE__, import.meta.url);
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "export", "checks", "check-thread.mjs");
}

/** The same checks in a worker thread, on the second core, fed chunk by chunk with back-pressure. */
export function createWorkerLineChecker(o: LineCheckOptions): LineChecker {
  const worker = new Worker(checkThreadEntry(), {
    // Sized by measurement at national scale: a smaller young generation costs the checks up to a second in
    // minor collections, a larger one only memory.
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
    workerData: {
      options: o,
      entry: pathToFileURL(
        path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "export", "checks", "check-thread.ts"),
      ).href,
    },
  });
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let failed: Error | null = null;
  let settle: { resolve: (r: LineCheckResult) => void; reject: (e: Error) => void } | null = null;
  const fail = (e: Error) => {
    failed ??= e;
    settle?.reject(failed);
    wake?.();
  };
  worker.on("message", (m: FromChecker) => {
    if ("ack" in m) {
      inFlight -= m.ack;
      wake?.();
    } else {
      settle?.resolve(m.result);
    }
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`check worker stopped (exit code ${code})`)));
  return {
    async write(chunk) {
      while (inFlight >= MAX_IN_FLIGHT && !failed)
        await new Promise<void>((r) => {
          wake = r;
        });
      wake = null;
      if (failed) throw failed;
      inFlight += 1;
      worker.postMessage({ chunk } satisfies ToChecker);
    },
    async finish() {
      if (failed) throw failed;
      const result = await new Promise<LineCheckResult>((resolve, reject) => {
        settle = { resolve, reject };
        worker.postMessage({ end: true } satisfies ToChecker);
      });
      await worker.terminate();
      return result;
    },
    async abort() {
      failed ??= new Error("checks aborted");
      await worker.terminate();
    },
  };
}

export function createLineChecker(o: LineCheckOptions): LineChecker {
  return process.env.EXPORT_CHECKS === "inline" ? createInlineLineChecker(o) : createWorkerLineChecker(o);
}
