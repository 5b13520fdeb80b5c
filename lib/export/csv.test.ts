import { describe, expect, test } from "vitest";
import { neutraliseCell, toCsv } from "./csv";

describe("CSV for spreadsheets", () => {
  test("a cell that a spreadsheet would run as a formula is neutralised", () => {
    for (const s of ["=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","klik")'])
      expect(neutraliseCell(s)).toBe(`'${s}`);
    for (const s of ["Jansen", "C2026-000001", "1+1", " =x", ""]) expect(neutraliseCell(s)).toBe(s);
    expect(neutraliseCell(null)).toBe("");
  });
  test("separator, quotes and line breaks in a cell stay inside that cell", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x;y", 'zeg "hoi"'],
        ["regel\neen", "=cmd"],
      ],
    );
    expect(csv.startsWith("\uFEFFa;b\r\n")).toBe(true);
    expect(csv).toContain('"x;y";"zeg ""hoi"""\r\n');
    expect(csv).toContain('"regel\neen";\'=cmd\r\n');
  });
});
