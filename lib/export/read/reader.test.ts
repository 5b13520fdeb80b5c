import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { RECORD_ORDER } from "../layout/layout";
import { readRecords, readRecordsFromText } from "./reader";
import { buildCleanRecords, writeToText } from "../checks/test-fixtures";

/** The canonical (reader-form) value of what the writer was given: N numbers zero-padded by the layout. */
describe("writer → reader round trip", () => {
  it("returns the same values for every record type", async () => {
    const records = buildCleanRecords();
    const parsed = await readRecordsFromText(await writeToText(records));
    expect(parsed.map((p) => p.type)).toEqual([...records.map((r) => r.type), "99"]);
    expect(new Set(parsed.map((p) => p.type))).toEqual(new Set(RECORD_ORDER));
    records.forEach((r, i) => {
      expect(parsed[i].values).toEqual({ recordtype: r.type, ...r.values });
      expect(parsed[i].lineNumber).toBe(i + 1);
      expect(parsed[i].problems).toEqual([]);
    });
    expect(parsed.at(-1)!.values).toMatchObject({ aantal_20: "0000002", aantal_totaal: "00000020" });
  });

  it("reads a byte stream in arbitrary chunks", async () => {
    const text = await writeToText(buildCleanRecords());
    const bytes = Buffer.from(text, "latin1");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const parsed = [];
    for await (const r of readRecords(Readable.from(chunks))) parsed.push(r);
    expect(parsed).toEqual(await readRecordsFromText(text));
  });
});

describe("reader reports structural problems as K01", () => {
  const header = "01VT181234567820252R20260105093000VTP-1.0   VT-registratie 0.1.0".padEnd(120, " ");

  it("wrong length, unknown type, LF and missing final CRLF", async () => {
    const text = `${header.slice(0, 119)}\r\n77${" ".repeat(118)}\n${header}`;
    const parsed = await readRecordsFromText(text);
    expect(parsed.map((p) => p.problems.map((v) => v.rule))).toEqual([["K01"], ["K01", "K01"], ["K01"]]);
    expect(parsed[0].problems[0].message).toContain("lengte 119");
    expect(parsed[1].problems[0].message).toContain("onbekend recordtype");
    expect(parsed[1].problems[1].message).toContain("LF");
    expect(parsed[2].problems[0].message).toContain("CRLF");
  });

  it("a non-empty reserve", async () => {
    const parsed = await readRecordsFromText(`${header.slice(0, 119)}X\r\n`);
    expect(parsed[0].problems).toMatchObject([{ rule: "K01", message: expect.stringContaining("reserve") }]);
  });

  it("keeps non-ASCII bytes visible, one byte per character", async () => {
    const bytes = Buffer.from(`${header.slice(0, 44)}café${header.slice(48)}\r\n`, "utf8");
    const [record] = await readRecordsFromText(bytes.toString("latin1"));
    expect(record.problems).toMatchObject([{ message: expect.stringContaining("lengte 121") }]);
    expect(record.values.software.startsWith("caf\u00c3\u00a9")).toBe(true);
  });
});

describe("reader on a file without line ends", () => {
  it("cuts off an endless line, reports it once and goes on", async () => {
    const header = "01VT181234567820252R20260105093000VTP-1.0   VT-registratie 0.1.0".padEnd(120, " ");
    const chunks = [header + "\r\n", "x".repeat(40_000), "x".repeat(40_000), "y\r\n", header + "\r\n"];
    const parsed = [];
    for await (const r of readRecords(chunks)) parsed.push(r);
    expect(parsed.map((p) => [p.lineNumber, p.problems.length > 0])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });
});
