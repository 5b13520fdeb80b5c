// Reads the bytes of a delivery file as they are written and runs everything that judges them: the checks
// (K01–K14), the spiegelrapport and the kerncijfers. Inline, or in a child process on the second core
// (scripts/check-worker.ts) so that writing and checking a national file overlap.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { makePeriode } from "@/lib/domain/periode";
import { parseLine } from "./reader";
import { createChecker } from "./checks";
import { createMirrorReport, type RecordStats } from "./mirror-report";
import { createKerncijferCounter, type Kerncijfers } from "./kerncijfers";
import type { Violation } from "./violation";

export type LineCheckOptions = { jaar: number; halfjaar: 1 | 2; gemeenten: string[] };
export type LineCheckResult = { lines: number; violations: Violation[]; mirror: RecordStats[]; kerncijfers: Kerncijfers; peakRssMb: number };
export interface LineChecker {
  write(chunk: string): void | Promise<void>;
  finish(): Promise<LineCheckResult>;
}

export function createInlineLineChecker(o: LineCheckOptions): LineChecker {
  const periode = makePeriode(o.jaar, o.halfjaar);
  const checker = createChecker({ periode: { jaar: o.jaar, halfjaar: o.halfjaar }, gemeenten: new Set(o.gemeenten) });
  const mirror = createMirrorReport();
  const kern = createKerncijferCounter(periode.start, periode.end);
  let lineNumber = 0, rest = "";
  const take = (line: string, end: "CRLF" | "none") => {
    const record = parseLine(line, ++lineNumber, end);
    checker.add(record);
    mirror.add(record);
    kern.add(record);
  };
  return {
    write(chunk) {
      const text = rest + chunk;
      let start = 0;
      for (let i = text.indexOf("\r\n"); i >= 0; i = text.indexOf("\r\n", start)) {
        take(text.slice(start, i), "CRLF");
        start = i + 2;
      }
      rest = text.slice(start);
    },
    async finish() {
      if (rest) take(rest, "none");
      return { lines: lineNumber, violations: checker.finish(), mirror: mirror.result(), kerncijfers: kern.result(), peakRssMb: 0 };
    },
  };
}

/** The same checks in a child process fed through its stdin. */
export function createChildLineChecker(o: LineCheckOptions): LineChecker {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "check-worker.ts"), JSON.stringify(o)], {
    cwd: process.cwd(), stdio: ["pipe", "pipe", "inherit"],
  });
  const out: Buffer[] = [];
  child.stdout.on("data", (b: Buffer) => out.push(b));
  const exited = once(child, "exit") as Promise<[number | null]>;
  let failed: Error | null = null;
  child.stdin.on("error", (e) => { failed = e; });
  return {
    async write(chunk) {
      if (failed) throw failed;
      if (!child.stdin.write(chunk)) await Promise.race([once(child.stdin, "drain"), exited]);
    },
    async finish() {
      child.stdin.end();
      const [code] = await exited;
      if (code !== 0) throw new Error(`check worker exited with ${code}`);
      return JSON.parse(Buffer.concat(out).toString("utf8")) as LineCheckResult;
    },
  };
}

export function createLineChecker(o: LineCheckOptions): LineChecker {
  return process.env.EXPORT_CHECKS === "inline" ? createInlineLineChecker(o) : createChildLineChecker(o);
}
