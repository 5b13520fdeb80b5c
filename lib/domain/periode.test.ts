import { describe, expect, it } from "vitest";
import { parseIsoDate, toIsoDate } from "./dates";
import {
  PERIODE_MESSAGES,
  checkLeverbarePeriode,
  getNextPeriode,
  getPreviousPeriode,
  halfjaarOf,
  isActiveInPeriode,
  isInPeriode,
  isLeveringOnTime,
  isPeriodeAfgelopen,
  leverDeadline,
  makePeriode,
  parsePeriode,
  periodeLabel,
  previousPeriodes,
  type Periode,
} from "./periode";

const d = (s: string) => parseIsoDate(s)!;
const H1_2025 = makePeriode(2025, 1);
const H2_2025 = makePeriode(2025, 2);
const summary = (p: Periode) => [p.code, toIsoDate(p.start), toIsoDate(p.end)];

describe("parsePeriode / makePeriode", () => {
  it("parses H1 and H2", () => {
    const r = parsePeriode("2025H2");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.periode).toEqual({
      jaar: 2025,
      halfjaar: 2,
      start: d("2025-07-01"),
      end: d("2025-12-31"),
      code: "2025H2",
    });
    expect(r.periode.start.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    const h1 = parsePeriode("2024H1");
    expect(h1.ok && summary(h1.periode)).toEqual(["2024H1", "2024-01-01", "2024-06-30"]);
  });
  it.each([
    "2025H3",
    "2025H0",
    "2025h2",
    "25H2",
    "2025-H2",
    " 2025H2",
    "2025H2 ",
    "2025",
    "H2",
    "0000H1",
    "",
    "2025H12",
  ])("rejects %j with a Dutch message", (code) =>
    expect(parsePeriode(code)).toEqual({ ok: false, message: "Periode moet de vorm JJJJH1 of JJJJH2 hebben" }),
  );
  it("makePeriode rejects impossible input", () => {
    expect(() => makePeriode(2025, 3 as 1)).toThrow(RangeError);
    expect(() => makePeriode(0, 1)).toThrow(RangeError);
    expect(() => makePeriode(2025.5, 1)).toThrow(RangeError);
  });
});

describe("halfjaarOf / neighbours", () => {
  it("finds the half-year of a date", () => {
    expect(halfjaarOf(d("2025-01-01")).code).toBe("2025H1");
    expect(halfjaarOf(d("2025-06-30")).code).toBe("2025H1");
    expect(halfjaarOf(d("2025-07-01")).code).toBe("2025H2");
    expect(halfjaarOf(d("2025-12-31")).code).toBe("2025H2");
  });
  it("steps to the previous and next period across years", () => {
    expect(getPreviousPeriode(H1_2025).code).toBe("2024H2");
    expect(getPreviousPeriode(H2_2025).code).toBe("2025H1");
    expect(getNextPeriode(H1_2025).code).toBe("2025H2");
    expect(getNextPeriode(H2_2025).code).toBe("2026H1");
  });
});

describe("periodeLabel", () => {
  it("writes Dutch", () => {
    expect(periodeLabel(H1_2025)).toBe("1e halfjaar 2025");
    expect(periodeLabel(H2_2025)).toBe("2e halfjaar 2025");
  });
});

describe("isPeriodeAfgelopen / checkLeverbarePeriode", () => {
  it("has ended only after the last day", () => {
    expect(isPeriodeAfgelopen(H2_2025, d("2025-12-31"))).toBe(false);
    expect(isPeriodeAfgelopen(H2_2025, new Date("2025-12-31T23:59:59Z"))).toBe(false);
    expect(isPeriodeAfgelopen(H2_2025, d("2026-01-01"))).toBe(true);
    expect(isPeriodeAfgelopen(H1_2025, d("2025-07-01"))).toBe(true);
    expect(isPeriodeAfgelopen(H1_2025, d("2025-03-01"))).toBe(false);
  });
  it("accepts an ended period", () => {
    const r = checkLeverbarePeriode("2025H1", d("2025-07-01"));
    expect(r.ok && r.periode.code).toBe("2025H1");
  });
  it("refuses a current or future period in Dutch", () => {
    expect(checkLeverbarePeriode("2025H2", d("2025-12-31"))).toEqual({
      ok: false,
      message: "De periode 2e halfjaar 2025 is nog niet afgelopen; leveren kan vanaf 1 januari 2026",
    });
    expect(checkLeverbarePeriode("2027H1", d("2025-12-31"))).toEqual({
      ok: false,
      message: "De periode 1e halfjaar 2027 is nog niet afgelopen; leveren kan vanaf 1 juli 2027",
    });
  });
  it("passes on a format error", () => {
    expect(checkLeverbarePeriode("2025-2", d("2026-03-01"))).toEqual({ ok: false, message: PERIODE_MESSAGES.format });
  });
});

describe("leverDeadline / isLeveringOnTime", () => {
  it("is 21 days after the end of the period", () => {
    expect(toIsoDate(leverDeadline(H1_2025))).toBe("2025-07-21");
    expect(toIsoDate(leverDeadline(H2_2025))).toBe("2026-01-21");
  });
  it("is on time up to and including the deadline", () => {
    expect(isLeveringOnTime(H2_2025, d("2026-01-21"))).toBe(true);
    expect(isLeveringOnTime(H2_2025, d("2026-01-22"))).toBe(false);
  });
});

describe("isInPeriode", () => {
  it("includes both ends", () => {
    expect(isInPeriode(d("2025-07-01"), H2_2025)).toBe(true);
    expect(isInPeriode(d("2025-12-31"), H2_2025)).toBe(true);
    expect(isInPeriode(d("2025-06-30"), H2_2025)).toBe(false);
    expect(isInPeriode(d("2026-01-01"), H2_2025)).toBe(false);
  });
});

describe("isActiveInPeriode", () => {
  it.each([
    ["started and ended inside", "2025-08-01", "2025-09-01", true],
    ["open, started before", "2024-01-01", null, true],
    ["open, started on the last day", "2025-12-31", null, true],
    ["open, starts after", "2026-01-01", null, false],
    ["ended on the first day", "2025-01-01", "2025-07-01", true],
    ["ended the day before the first day", "2025-01-01", "2025-06-30", false],
    ["spans the whole period", "2025-01-01", "2026-03-01", true],
    ["starts after, ends after", "2026-01-01", "2026-02-01", false],
  ])("%s", (_label, start, end, expected) => {
    expect(isActiveInPeriode(d(start as string), end ? d(end as string) : null, H2_2025)).toBe(expected);
  });
  it("treats undefined end as open", () => expect(isActiveInPeriode(d("2020-01-01"), undefined, H2_2025)).toBe(true));
});

describe("previousPeriodes", () => {
  it("lists the last n ended periods, most recent first", () => {
    expect(previousPeriodes(d("2026-05-15"), 3).map((p) => p.code)).toEqual(["2025H2", "2025H1", "2024H2"]);
    expect(previousPeriodes(d("2026-06-30"), 1).map((p) => p.code)).toEqual(["2025H2"]);
    expect(previousPeriodes(d("2026-07-01"), 2).map((p) => p.code)).toEqual(["2026H1", "2025H2"]);
    expect(previousPeriodes(d("2026-01-01"), 1).map((p) => p.code)).toEqual(["2025H2"]);
  });
  it("returns an empty list for n = 0", () => expect(previousPeriodes(d("2026-05-15"), 0)).toEqual([]));
  it("returns only ended periods", () => {
    const today = d("2025-12-31");
    for (const p of previousPeriodes(today, 6)) expect(isPeriodeAfgelopen(p, today)).toBe(true);
  });
});
