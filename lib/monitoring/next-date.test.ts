import { describe, expect, test } from "vitest";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { latestDate, nextMonitoringDate } from "./next-date";

const d = (s: string) => parseIsoDate(s)!;
const next = (monitoring: string[], overdracht: string[], gesloten = false) => {
  const r = nextMonitoringDate({
    monitoringData: monitoring.map(d),
    overdrachtData: overdracht.map(d),
    intervalDagen: 42,
    gesloten,
  });
  return r ? toIsoDate(r) : null;
};

describe("nextMonitoringDate", () => {
  test("the last monitoringsmoment plus the interval, whatever the order", () => {
    expect(next(["2026-09-22", "2026-07-14"], ["2026-06-02"])).toBe("2026-11-03");
  });
  test("before the first monitoringsmoment: the last overdracht plus the interval", () => {
    expect(next([], ["2026-06-02", "2026-06-10"])).toBe("2026-07-22");
  });
  test("nothing to monitor without an overdracht, nor on a closed casus", () => {
    expect(next([], [])).toBeNull();
    expect(next(["2026-09-22"], ["2026-06-02"], true)).toBeNull();
  });
  test("latestDate", () => {
    expect(latestDate([])).toBeNull();
    expect(toIsoDate(latestDate([d("2026-01-02"), d("2026-03-01"), d("2026-02-01")])!)).toBe("2026-03-01");
  });
});
