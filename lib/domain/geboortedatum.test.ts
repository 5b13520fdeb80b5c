import { describe, expect, it } from "vitest";
import { makeDate } from "./dates";
import {
  GEBOORTEDATUM_MESSAGES,
  checkGeboortedatum,
  checkOngeborenConsistent,
  describeGeboortedatum,
  formatGeboortedatum,
  isGeboortedatumInFuture,
  parseGeboortedatum,
  type GeboortedatumParts,
} from "./geboortedatum";

describe("parseGeboortedatum", () => {
  it("parses every form", () => {
    expect(parseGeboortedatum("20190312")).toEqual({ kind: "volledig", year: 2019, month: 3, day: 12 });
    expect(parseGeboortedatum("20190300")).toEqual({ kind: "maand", year: 2019, month: 3 });
    expect(parseGeboortedatum("20190000")).toEqual({ kind: "jaar", year: 2019 });
    expect(parseGeboortedatum("00000000")).toEqual({ kind: "onbekend" });
    expect(parseGeboortedatum("99999999")).toEqual({ kind: "ongeboren" });
  });
  it("knows leap years", () => {
    expect(parseGeboortedatum("20240229")).toEqual({ kind: "volledig", year: 2024, month: 2, day: 29 });
    expect(parseGeboortedatum("20000229")?.kind).toBe("volledig");
    expect(parseGeboortedatum("20250229")).toBeNull();
    expect(parseGeboortedatum("19000229")).toBeNull();
  });
  it.each([
    ["20250230", "30 February"],
    ["20250431", "31 April"],
    ["20251301", "month 13"],
    ["20251300", "month 13, day unknown"],
    ["00000312", "year unknown, month and day known"],
    ["00000300", "year unknown, month known"],
    ["00000001", "year unknown, day known"],
    ["20250012", "day without month"],
    ["20250132", "day 32"],
    ["99999998", "not exactly the ongeboren value"],
    ["2019031", "7 characters"],
    ["201903120", "9 characters"],
    ["2019-03-12", "ISO form"],
    ["2019031a", "letter"],
    ["", "empty"],
  ])("rejects %s (%s)", (s) => expect(parseGeboortedatum(s)).toBeNull());
});

describe("formatGeboortedatum", () => {
  it("writes every form", () => {
    expect(formatGeboortedatum({ kind: "volledig", year: 2019, month: 3, day: 12 })).toBe("20190312");
    expect(formatGeboortedatum({ kind: "maand", year: 2019, month: 3 })).toBe("20190300");
    expect(formatGeboortedatum({ kind: "jaar", year: 2019 })).toBe("20190000");
    expect(formatGeboortedatum({ kind: "onbekend" })).toBe("00000000");
    expect(formatGeboortedatum({ kind: "ongeboren" })).toBe("99999999");
  });
  it("round-trips with parseGeboortedatum", () => {
    for (const s of ["20240229", "19451231", "20010100", "18990000", "00000000", "99999999"]) {
      expect(formatGeboortedatum(parseGeboortedatum(s)!)).toBe(s);
    }
  });
  it.each<GeboortedatumParts>([
    { kind: "volledig", year: 2025, month: 2, day: 29 },
    { kind: "maand", year: 2025, month: 13 },
    { kind: "maand", year: 2025, month: 0 },
    { kind: "jaar", year: 0 },
    { kind: "jaar", year: 10000 },
    { kind: "volledig", year: 2025, month: 1, day: 0 },
  ])("throws on invalid parts %j", (p) => expect(() => formatGeboortedatum(p)).toThrow(RangeError));
});

describe("isGeboortedatumInFuture", () => {
  const today = makeDate(2026, 5, 15);
  it("compares a full date by day", () => {
    expect(isGeboortedatumInFuture("20260515", today)).toBe(false);
    expect(isGeboortedatumInFuture("20260516", today)).toBe(true);
    expect(isGeboortedatumInFuture("20260514", today)).toBe(false);
    expect(isGeboortedatumInFuture("20260601", today)).toBe(true);
    expect(isGeboortedatumInFuture("20270101", today)).toBe(true);
    expect(isGeboortedatumInFuture("20251231", today)).toBe(false);
  });
  it("compares a year+month date by month", () => {
    expect(isGeboortedatumInFuture("20260500", today)).toBe(false);
    expect(isGeboortedatumInFuture("20260600", today)).toBe(true);
    expect(isGeboortedatumInFuture("20260400", today)).toBe(false);
    expect(isGeboortedatumInFuture("20270100", today)).toBe(true);
    expect(isGeboortedatumInFuture("20251200", today)).toBe(false);
  });
  it("compares a year-only date by year", () => {
    expect(isGeboortedatumInFuture("20260000", today)).toBe(false);
    expect(isGeboortedatumInFuture("20260000", makeDate(2026, 1, 1))).toBe(false);
    expect(isGeboortedatumInFuture("20270000", makeDate(2026, 12, 31))).toBe(true);
    expect(isGeboortedatumInFuture("20250000", today)).toBe(false);
  });
  it("never calls special or invalid values future", () => {
    expect(isGeboortedatumInFuture("00000000", today)).toBe(false);
    expect(isGeboortedatumInFuture("99999999", today)).toBe(false);
    expect(isGeboortedatumInFuture("20991301", today)).toBe(false);
  });
  it("uses the UTC calendar date of today", () => {
    expect(isGeboortedatumInFuture("20260516", new Date("2026-05-15T23:59:00Z"))).toBe(true);
  });
});

describe("describeGeboortedatum", () => {
  it("writes Dutch text for every form", () => {
    expect(describeGeboortedatum("20190312")).toBe("12 maart 2019");
    expect(describeGeboortedatum("20190301")).toBe("1 maart 2019");
    expect(describeGeboortedatum("20190300")).toBe("maart 2019");
    expect(describeGeboortedatum("20191200")).toBe("december 2019");
    expect(describeGeboortedatum("20190000")).toBe("2019");
    expect(describeGeboortedatum("00000000")).toBe("onbekend");
    expect(describeGeboortedatum("99999999")).toBe("ongeboren");
    expect(describeGeboortedatum("20250229")).toBe("ongeldige datum");
  });
});

describe("checkGeboortedatum", () => {
  const today = makeDate(2026, 5, 15);
  it("accepts every valid form", () => {
    expect(checkGeboortedatum("20190312", today)).toEqual({
      ok: true,
      parts: { kind: "volledig", year: 2019, month: 3, day: 12 },
    });
    expect(checkGeboortedatum("20260500", today).ok).toBe(true);
    expect(checkGeboortedatum("20260000", today).ok).toBe(true);
    expect(checkGeboortedatum("00000000", today)).toEqual({ ok: true, parts: { kind: "onbekend" } });
    expect(checkGeboortedatum("99999999", today)).toEqual({ ok: true, parts: { kind: "ongeboren" } });
    expect(checkGeboortedatum("18900000", today).ok).toBe(true);
  });
  it("gives Dutch messages", () => {
    expect(checkGeboortedatum("2019-03-12", today)).toEqual({
      ok: false,
      message: "Geboortedatum moet uit 8 cijfers bestaan (JJJJMMDD)",
    });
    expect(checkGeboortedatum("20250229", today)).toEqual({
      ok: false,
      message: "Geboortedatum is geen geldige datum",
    });
    expect(checkGeboortedatum("20250012", today)).toEqual({ ok: false, message: GEBOORTEDATUM_MESSAGES.ongeldig });
    expect(checkGeboortedatum("20260516", today)).toEqual({ ok: false, message: "Geboortedatum ligt in de toekomst" });
    expect(checkGeboortedatum("20270000", today)).toEqual({ ok: false, message: GEBOORTEDATUM_MESSAGES.toekomst });
    expect(checkGeboortedatum("18891231", today)).toEqual({ ok: false, message: "Geboortedatum ligt vóór 1890" });
  });
});

describe("checkOngeborenConsistent", () => {
  it("requires BSN 999999999 if and only if geboortedatum 99999999", () => {
    expect(checkOngeborenConsistent("999999999", "99999999")).toEqual({ ok: true });
    expect(checkOngeborenConsistent("123456782", "20190312")).toEqual({ ok: true });
    expect(checkOngeborenConsistent("000000000", "00000000")).toEqual({ ok: true });
    expect(checkOngeborenConsistent("999999999", "20190312")).toEqual({
      ok: false,
      message: GEBOORTEDATUM_MESSAGES.ongeborenBsn,
    });
    expect(checkOngeborenConsistent("000000000", "99999999").ok).toBe(false);
  });
});
