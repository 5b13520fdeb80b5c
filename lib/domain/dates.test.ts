import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  diffDays,
  formatDatumNl,
  getDaysInMonth,
  isLeapYear,
  isValidYmd,
  makeDate,
  parseIsoDate,
  parseJjjjmmdd,
  toIsoDate,
  toJjjjmmdd,
  todayInAmsterdam,
  toUtcMidnight,
} from "./dates";

describe("makeDate", () => {
  it("returns UTC midnight with a 1-based month", () => {
    expect(makeDate(2025, 3, 12).toISOString()).toBe("2025-03-12T00:00:00.000Z");
  });
  it("rolls over out-of-range values within the given year", () => {
    expect(makeDate(2025, 3, 0).toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(makeDate(2025, 2, 29).toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(makeDate(2025, 13, 1).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
  it("handles years below 100 literally", () => {
    expect(makeDate(50, 1, 1).getUTCFullYear()).toBe(50);
  });
});

describe("isLeapYear / getDaysInMonth / isValidYmd", () => {
  it("knows the Gregorian leap-year rule", () => {
    expect([2024, 2000, 1996].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });
  it("gives the days of each month", () => {
    expect(getDaysInMonth(2024, 2)).toBe(29);
    expect(getDaysInMonth(2025, 2)).toBe(28);
    expect(getDaysInMonth(2025, 4)).toBe(30);
    expect(getDaysInMonth(2025, 12)).toBe(31);
  });
  it("rejects impossible dates", () => {
    expect(isValidYmd(2025, 2, 29)).toBe(false);
    expect(isValidYmd(2025, 13, 1)).toBe(false);
    expect(isValidYmd(2025, 0, 1)).toBe(false);
    expect(isValidYmd(2025, 1, 0)).toBe(false);
    expect(isValidYmd(0, 1, 1)).toBe(false);
    expect(isValidYmd(2025, 1.5, 1)).toBe(false);
    expect(isValidYmd(2024, 2, 29)).toBe(true);
  });
});

describe("toIsoDate / parseIsoDate", () => {
  it("formats the UTC calendar date", () => {
    expect(toIsoDate(new Date("2025-07-01T23:59:59Z"))).toBe("2025-07-01");
    expect(toIsoDate(makeDate(2025, 1, 5))).toBe("2025-01-05");
  });
  it("parses strict ISO dates to UTC midnight", () => {
    expect(parseIsoDate("2025-02-28")?.toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
  it.each([
    "2025-02-30",
    "2025-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-1-01",
    "20250101",
    "2025-01-01T00:00:00Z",
    " 2025-01-01",
    "",
    "abcd-ef-gh",
  ])("rejects %j", (s) => expect(parseIsoDate(s)).toBeNull());
  it("round-trips", () => {
    for (const s of ["2000-02-29", "1999-12-31", "2026-11-23"]) expect(toIsoDate(parseIsoDate(s)!)).toBe(s);
  });
});

describe("toJjjjmmdd / parseJjjjmmdd", () => {
  it("formats and parses the delivery date form", () => {
    expect(toJjjjmmdd(makeDate(2025, 12, 31))).toBe("20251231");
    expect(parseJjjjmmdd("20251231")?.toISOString()).toBe("2025-12-31T00:00:00.000Z");
  });
  it("rejects partial, special and invalid values", () => {
    for (const s of ["00000000", "99999999", "20250000", "20250300", "20250230", "2025123", "2025-12-31"]) {
      expect(parseJjjjmmdd(s)).toBeNull();
    }
  });
});

describe("day arithmetic", () => {
  it("adds days across month and year ends", () => {
    expect(toIsoDate(addDays(makeDate(2025, 12, 31), 1))).toBe("2026-01-01");
    expect(toIsoDate(addDays(makeDate(2024, 3, 1), -1))).toBe("2024-02-29");
    expect(toIsoDate(addDays(new Date("2025-03-30T23:30:00Z"), 0))).toBe("2025-03-30");
  });
  it("diffs and compares by calendar date, ignoring the time", () => {
    expect(diffDays(makeDate(2025, 1, 1), makeDate(2025, 12, 31))).toBe(364);
    expect(diffDays(new Date("2025-01-01T23:00:00Z"), new Date("2025-01-02T01:00:00Z"))).toBe(1);
    expect(compareDates(makeDate(2025, 1, 1), makeDate(2025, 1, 2))).toBe(-1);
    expect(compareDates(makeDate(2025, 1, 2), new Date("2025-01-02T15:00:00Z"))).toBe(0);
    expect(compareDates(makeDate(2025, 1, 3), makeDate(2025, 1, 2))).toBe(1);
  });
  it("strips the time", () => {
    expect(toUtcMidnight(new Date("2025-05-05T17:45:00Z")).toISOString()).toBe("2025-05-05T00:00:00.000Z");
  });
});

describe("todayInAmsterdam", () => {
  it("uses the Amsterdam calendar date in summer time (UTC+2)", () => {
    expect(toIsoDate(todayInAmsterdam(new Date("2025-06-30T21:59:00Z")))).toBe("2025-06-30");
    expect(toIsoDate(todayInAmsterdam(new Date("2025-06-30T22:00:00Z")))).toBe("2025-07-01");
  });
  it("uses the Amsterdam calendar date in winter time (UTC+1)", () => {
    expect(toIsoDate(todayInAmsterdam(new Date("2025-12-31T22:59:00Z")))).toBe("2025-12-31");
    expect(toIsoDate(todayInAmsterdam(new Date("2025-12-31T23:00:00Z")))).toBe("2026-01-01");
  });
  it("returns UTC midnight", () => {
    expect(todayInAmsterdam(new Date("2025-03-12T10:00:00Z")).toISOString()).toBe("2025-03-12T00:00:00.000Z");
  });
  it("defaults to now", () => {
    expect(todayInAmsterdam().getUTCHours()).toBe(0);
  });
});

describe("formatDatumNl", () => {
  it("writes a Dutch long date", () => {
    expect(formatDatumNl(makeDate(2026, 11, 23))).toBe("23 november 2026");
    expect(formatDatumNl(makeDate(2019, 3, 1))).toBe("1 maart 2019");
    expect(formatDatumNl(makeDate(2025, 5, 5))).toBe("5 mei 2025");
  });
});
