import { describe, expect, test } from "vitest";
import { formatDatumTijdNl, parseAmsterdamDateTime, toAmsterdamInput } from "./datum-tijd";

describe("Amsterdam local date and time", () => {
  test("winter time is UTC+1 and summer time UTC+2", () => {
    expect(parseAmsterdamDateTime("2026-01-15T09:30")?.toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(parseAmsterdamDateTime("2026-07-15T09:30")?.toISOString()).toBe("2026-07-15T07:30:00.000Z");
  });

  test("around the change to summer time (29 March 2026, 02:00 → 03:00)", () => {
    expect(parseAmsterdamDateTime("2026-03-29T01:59")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(parseAmsterdamDateTime("2026-03-29T03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  test("round trip and the Dutch display", () => {
    for (const s of ["2024-02-29T23:59", "2026-10-25T12:00", "2027-01-01T00:00"]) {
      expect(toAmsterdamInput(parseAmsterdamDateTime(s)!)).toBe(s);
    }
    expect(formatDatumTijdNl(parseAmsterdamDateTime("2026-11-23T09:05")!)).toBe("23 november 2026, 09:05");
  });

  test("no date that does not exist", () => {
    for (const s of ["2026-02-29T10:00", "2026-13-01T10:00", "2026-11-23T24:00", "2026-11-23", "morgen", ""]) {
      expect(parseAmsterdamDateTime(s)).toBeNull();
    }
  });
});
