import { describe, expect, test } from "vitest";
import { CopyRowFormatter } from "./copy-format";
import { formatRecord, type RecordValues } from "./format";
import { getRecordTable } from "../layout/layout-tables";
import { RECORD_LENGTH } from "../layout/layout";
import { buildCleanRecords } from "../checks/test-fixtures";

const columnsOf = (type: string) =>
  getRecordTable(type)
    .fields.map((f) => f.name)
    .filter((n) => n !== "recordtype");

/** The COPY text-format row of `values` (null as \N, the escapes PostgreSQL writes), as bytes. */
function copyRow(type: string, values: RecordValues): Buffer {
  const text = columnsOf(type)
    .map((c) => {
      const v = values[c];
      if (v === null || v === undefined) return "\\N";
      return String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
    })
    .join("\t");
  return Buffer.from(text, "utf8");
}

/** The formatter's line, or null when it leaves the row to formatRecord. */
function viaCopy(type: string, values: RecordValues): string | null {
  const input = copyRow(type, values);
  const out = Buffer.alloc(RECORD_LENGTH + 10, 0x2a);
  const ok = new CopyRowFormatter(type, columnsOf(type)).format(input, 0, input.length, out, 5);
  return ok ? out.toString("latin1", 5, 5 + RECORD_LENGTH) : null;
}

const DATA_TYPES = ["10", "20", "21", "30", "31", "32", "40", "50", "60"];

describe("CopyRowFormatter", () => {
  test("writes every clean record exactly as formatRecord does", () => {
    const records = buildCleanRecords().filter((r) => DATA_TYPES.includes(r.type));
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(DATA_TYPES));
    for (const r of records) expect(viaCopy(r.type, r.values)).toBe(formatRecord(r.type, r.values).line);
  });

  test("pads short values as formatRecord does: AN with spaces, N with leading zeros", () => {
    const values = {
      casusnummer: "C1",
      persoonsvolgnummer: "7",
      bsn: "000000000",
      geboortedatum: "00000000",
      geslacht: "9",
    };
    expect(viaCopy("21", values)).toBe(formatRecord("21", values).line);
    expect(viaCopy("21", values)!.slice(2, 26)).toBe("C1                  0007");
  });

  const casus = { casusnummer: "C2025-000001", begindatum: "20250704", einddatum: "00000000", gemeentecode: "0363" };
  test.each([
    ["NULL", { ...casus, gemeentecode: null }],
    ["a non-ASCII character", { ...casus, casusnummer: "C2025-ZOË" }],
    ["a control character", { ...casus, casusnummer: "C2025\t1" }],
    ["an identifier longer than its field", { ...casus, casusnummer: "C2025-000001-0000000001" }],
    ["an N value longer than its field", { ...casus, gemeentecode: "03630" }],
    ["an empty N value", { ...casus, gemeentecode: "" }],
    ["letters in an N field", { ...casus, gemeentecode: "03A3" }],
    ["a negative number", { ...casus, gemeentecode: "-363" }],
    ["a date of 7 digits", { ...casus, begindatum: "2025070" }],
    ["a date with a dash", { ...casus, begindatum: "2025-07-04" }],
  ])("leaves %s to formatRecord, which reports it (K01)", (_, values) => {
    expect(viaCopy("20", values)).toBeNull();
    expect(formatRecord("20", values).problems.map((p) => p.rule)).toEqual(["K01"]);
  });

  test("leaves a backslash (COPY's escape) to the slow path, which writes it as it is", () => {
    const values = { ...casus, casusnummer: "C2025\\1" };
    expect(viaCopy("20", values)).toBeNull();
    expect(formatRecord("20", values)).toMatchObject({ problems: [] });
  });

  test("leaves flags of the wrong length and rows with too few or too many fields to formatRecord", () => {
    const melding = buildCleanRecords().find((r) => r.type === "30")!.values;
    expect(viaCopy("30", { ...melding, aard: "100000" })).toBeNull();
    expect(viaCopy("30", { ...melding, aard: "10000000" })).toBeNull();
    const f = new CopyRowFormatter("20", columnsOf("20"));
    const out = Buffer.alloc(RECORD_LENGTH);
    for (const row of ["C1\t20250704\t00000000", "C1\t20250704\t00000000\t0363\t1", ""]) {
      expect(f.format(Buffer.from(row), 0, row.length, out, 0)).toBe(false);
    }
  });

  test("agrees with formatRecord on many random rows: the same line, or a fall-back", () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[rnd(xs.length)];
    const pieces = [
      "",
      "0",
      "7",
      "12",
      "0363",
      "20250704",
      "A2025-1",
      "é",
      " ",
      "x",
      "99",
      "\\",
      "1234567890123456789012",
      "00000000",
      "-1",
    ];
    let same = 0,
      fallback = 0;
    for (let i = 0; i < 8000; i++) {
      const type = pick(DATA_TYPES);
      const values: Record<string, string> = {};
      for (const c of columnsOf(type)) values[c] = Array.from({ length: 1 + rnd(2) }, () => pick(pieces)).join("");
      const line = viaCopy(type, values);
      const expected = formatRecord(type, values);
      if (line === null) {
        fallback++;
        // Only what formatRecord cannot write as given, or a backslash, goes the slow way.
        expect(expected.problems.length > 0 || Object.values(values).some((v) => v.includes("\\"))).toBe(true);
      } else {
        same++;
        expect(line).toBe(expected.line);
        expect(expected.problems).toEqual([]);
      }
    }
    expect(same).toBeGreaterThan(100);
    expect(fallback).toBeGreaterThan(100);
  });

  test("refuses a selection whose columns are not the layout's fields in order", () => {
    expect(() => new CopyRowFormatter("20", ["begindatum", "casusnummer", "einddatum", "gemeentecode"])).toThrow(
      /layout/,
    );
  });
});
