import { describe, expect, test } from "vitest";
import { formatGeboortedatumInvoer, parseGeboortedatumInvoer } from "./geboortedatum-invoer";

describe("geboortedatum as typed", () => {
  test("full, year + month and year only, in both orders", () => {
    expect(parseGeboortedatumInvoer("2015-03-12")).toBe("20150312");
    expect(parseGeboortedatumInvoer(" 2015-3-2 ")).toBe("20150302");
    expect(parseGeboortedatumInvoer("2015-03")).toBe("20150300");
    expect(parseGeboortedatumInvoer("2015")).toBe("20150000");
    expect(parseGeboortedatumInvoer("12-03-2015")).toBe("20150312");
    expect(parseGeboortedatumInvoer("12/03/2015")).toBe("20150312");
    expect(parseGeboortedatumInvoer("03-2015")).toBe("20150300");
  });
  test("not understood", () => {
    for (const s of ["", "maart 2015", "20150312", "15-3-12", "2015-03-12-01", "<script>"])
      expect(parseGeboortedatumInvoer(s)).toBeNull();
  });
  test("back to the typed form", () => {
    expect(formatGeboortedatumInvoer("20150312")).toBe("2015-03-12");
    expect(formatGeboortedatumInvoer("20150300")).toBe("2015-03");
    expect(formatGeboortedatumInvoer("20150000")).toBe("2015");
    expect(formatGeboortedatumInvoer("99999999")).toBe("");
    expect(formatGeboortedatumInvoer(null)).toBe("");
  });
});
