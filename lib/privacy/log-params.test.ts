import { describe, expect, test } from "vitest";
import { parseLogFilter } from "./log-params";

const NU = new Date("2026-12-06T09:00:00Z");

describe("access-log parameters", () => {
  test("default: the last 31 days up to today, no filters", () => {
    expect(parseLogFilter({}, NU)).toMatchObject({
      van: "2026-11-06",
      tot: "2026-12-06",
      actie: "",
      nood: false,
      na: null,
    });
    expect(parseLogFilter({}, NU).meldingen).toEqual([]);
  });
  test("a wrong value falls back to its default with a Dutch note", () => {
    const f = parseLogFilter({ van: "31-02-2026", actie: "DROP", uitkomst: "x", na: "1;2" }, NU);
    expect(f).toMatchObject({ van: "2026-11-06", actie: "", uitkomst: "", na: null });
    expect(f.meldingen).toHaveLength(4);
  });
  test("a reversed period is turned round; longer than 366 days is cut", () => {
    expect(parseLogFilter({ van: "2026-12-01", tot: "2026-11-01" }, NU)).toMatchObject({
      van: "2026-11-01",
      tot: "2026-12-01",
    });
    const lang = parseLogFilter({ van: "2020-01-01", tot: "2026-12-01" }, NU);
    expect(lang.van).toBe("2025-11-30");
    expect(lang.meldingen[0]).toMatch(/hoogstens 366 dagen/);
  });
  test("a cursor is microseconds and id", () => {
    expect(parseLogFilter({ na: "1764000000123456.42" }, NU).na).toEqual({ micros: 1764000000123456n, id: 42n });
  });
});
