import { describe, expect, it } from "vitest";
import { parseIsoDate, toIsoDate } from "./dates";
import {
  addWerkdagen,
  beoordelingDeadline,
  countWerkdagenBetween,
  getEasterSunday,
  getFeestdagNaam,
  getFeestdagen,
  isBeoordelingOnTime,
  isOnderzoekOnTime,
  isWerkdag,
  onderzoekDeadline,
} from "./werkdagen";

const DAG = 86_400_000;

const d = (s: string) => parseIsoDate(s)!;
// Expected values below were worked out by hand from the calendar (1 Jan 2025 is a Wednesday,
// 1 Jan 2026 a Thursday), not copied from the functions' output.

describe("getEasterSunday", () => {
  it.each([
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2024, "2024-03-31"],
    [2019, "2019-04-21"],
    [2027, "2027-03-28"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2005, "2005-03-27"],
    [1818, "1818-03-22"],
    [2285, "2285-03-22"],
    [1943, "1943-04-25"],
    [2038, "2038-04-25"],
  ])("Easter %i is %s", (year, iso) => expect(toIsoDate(getEasterSunday(year))).toBe(iso));
});

describe("getFeestdagen", () => {
  it("lists 2025 in date order, with Bevrijdingsdag (lustrum) and Koningsdag on Saturday 26 April", () => {
    expect(getFeestdagen(2025).map((f) => [toIsoDate(f.datum), f.naam])).toEqual([
      ["2025-01-01", "Nieuwjaarsdag"],
      ["2025-04-18", "Goede Vrijdag"],
      ["2025-04-20", "Eerste Paasdag"],
      ["2025-04-21", "Tweede Paasdag"],
      ["2025-04-26", "Koningsdag"],
      ["2025-05-05", "Bevrijdingsdag"],
      ["2025-05-29", "Hemelvaartsdag"],
      ["2025-06-08", "Eerste Pinksterdag"],
      ["2025-06-09", "Tweede Pinksterdag"],
      ["2025-12-25", "Eerste Kerstdag"],
      ["2025-12-26", "Tweede Kerstdag"],
    ]);
  });
  it("lists 2026 without Bevrijdingsdag and with Koningsdag on Monday 27 April", () => {
    expect(getFeestdagen(2026).map((f) => [toIsoDate(f.datum), f.naam])).toEqual([
      ["2026-01-01", "Nieuwjaarsdag"],
      ["2026-04-03", "Goede Vrijdag"],
      ["2026-04-05", "Eerste Paasdag"],
      ["2026-04-06", "Tweede Paasdag"],
      ["2026-04-27", "Koningsdag"],
      ["2026-05-14", "Hemelvaartsdag"],
      ["2026-05-24", "Eerste Pinksterdag"],
      ["2026-05-25", "Tweede Pinksterdag"],
      ["2026-12-25", "Eerste Kerstdag"],
      ["2026-12-26", "Tweede Kerstdag"],
    ]);
  });
  it("moves Koningsdag 2014 (27 April a Sunday) to Saturday 26 April", () => {
    expect(getFeestdagNaam(d("2014-04-26"))).toBe("Koningsdag");
    expect(getFeestdagNaam(d("2014-04-27"))).toBeNull();
  });
  it("has Koninginnedag before 2014 (30 April, or 29 April when a Sunday)", () => {
    expect(getFeestdagNaam(d("2013-04-30"))).toBe("Koninginnedag");
    expect(getFeestdagNaam(d("2006-04-29"))).toBe("Koninginnedag");
    expect(getFeestdagNaam(d("2013-04-27"))).toBeNull();
  });
  it("has Bevrijdingsdag only in lustrum years", () => {
    expect(getFeestdagNaam(d("2020-05-05"))).toBe("Bevrijdingsdag");
    expect(getFeestdagNaam(d("2030-05-05"))).toBe("Bevrijdingsdag");
    expect(getFeestdagNaam(d("2026-05-05"))).toBeNull();
    expect(getFeestdagNaam(d("2024-05-05"))).toBeNull();
  });
  it("joins names when two feestdagen coincide (5 May 2005 = Hemelvaart + Bevrijdingsdag)", () => {
    expect(getFeestdagNaam(d("2005-05-05"))).toBe("Hemelvaartsdag en Bevrijdingsdag");
  });
});

describe("isWerkdag", () => {
  it("excludes weekends", () => {
    expect(isWerkdag(d("2025-02-01"))).toBe(false); // Saturday
    expect(isWerkdag(d("2025-02-02"))).toBe(false); // Sunday
    expect(isWerkdag(d("2025-02-03"))).toBe(true); // Monday
    expect(isWerkdag(d("2025-02-07"))).toBe(true); // Friday
  });
  it.each([
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-29",
    "2025-06-09",
    "2025-12-25",
    "2025-12-26",
    "2026-04-27",
    "2026-01-01",
  ])("feestdag %s on a weekday is not a werkdag", (s) => expect(isWerkdag(d(s))).toBe(false));
  it("2026-05-05 (Tuesday, no lustrum) is a werkdag", () => expect(isWerkdag(d("2026-05-05"))).toBe(true));
  it("2025-12-24 (Wednesday, Kerstavond) is a werkdag", () => expect(isWerkdag(d("2025-12-24"))).toBe(true));
  it("ignores the time of day", () => expect(isWerkdag(new Date("2025-12-25T23:30:00Z"))).toBe(false));
  it("counts 253 werkdagen in 2025 and 254 in 2026 (261 weekdays minus 8 resp. 7 weekday feestdagen)", () => {
    expect(countWerkdagenBetween(d("2024-12-31"), d("2025-12-31"))).toBe(253);
    expect(countWerkdagenBetween(d("2025-12-31"), d("2026-12-31"))).toBe(254);
  });
});

describe("addWerkdagen / beoordelingDeadline", () => {
  it.each([
    ["plain week: Mon 3 Feb 2025", "2025-02-03", "2025-02-10"],
    ["melding on a Saturday", "2025-02-01", "2025-02-07"],
    ["across Easter 2025: Thu 17 Apr → skip Goede Vrijdag and Paasmaandag", "2025-04-17", "2025-04-28"],
    ["Koningsdag 2025 falls on Saturday: no effect", "2025-04-23", "2025-04-30"],
    ["Koningsdag 2026 on Monday 27 Apr", "2026-04-22", "2026-04-30"],
    ["Bevrijdingsdag 2025 (Monday 5 May) skipped", "2025-04-30", "2025-05-08"],
    ["5 May 2026 is a werkdag", "2026-04-30", "2026-05-07"],
    ["Hemelvaart 2025 (Thu 29 May) skipped", "2025-05-26", "2025-06-03"],
    ["Pinksteren 2025: Mon 9 June skipped", "2025-06-06", "2025-06-16"],
    ["Christmas + New Year: Tue 23 Dec 2025 → Wed 24, Mon 29, Tue 30, Wed 31, Fri 2 Jan", "2025-12-23", "2026-01-02"],
    ["New Year 2026 (Thursday) skipped", "2025-12-31", "2026-01-08"],
  ])("%s", (_label, melding, deadline) => {
    expect(toIsoDate(addWerkdagen(d(melding), 5))).toBe(deadline);
    expect(toIsoDate(beoordelingDeadline(d(melding)))).toBe(deadline);
  });
  it("n = 0 returns the date itself; n = 1 the next werkdag", () => {
    expect(toIsoDate(addWerkdagen(d("2025-12-25"), 0))).toBe("2025-12-25");
    expect(toIsoDate(addWerkdagen(d("2025-12-24"), 1))).toBe("2025-12-29");
  });
  it("goes backwards for negative n", () => {
    expect(toIsoDate(addWerkdagen(d("2025-12-29"), -1))).toBe("2025-12-24");
    expect(toIsoDate(addWerkdagen(d("2025-04-22"), -1))).toBe("2025-04-17");
    expect(toIsoDate(addWerkdagen(d("2026-01-02"), -5))).toBe("2025-12-23");
  });
  it("returns UTC midnight and ignores the input time", () => {
    expect(addWerkdagen(new Date("2025-02-03T18:45:00Z"), 5).toISOString()).toBe("2025-02-10T00:00:00.000Z");
  });
  it("rejects a fractional n", () => expect(() => addWerkdagen(d("2025-02-03"), 1.5)).toThrow(RangeError));
});

describe("countWerkdagenBetween", () => {
  it("counts werkdagen after from up to and including to", () => {
    expect(countWerkdagenBetween(d("2025-12-23"), d("2026-01-02"))).toBe(5);
    expect(countWerkdagenBetween(d("2025-12-23"), d("2025-12-31"))).toBe(4);
    expect(countWerkdagenBetween(d("2025-04-17"), d("2025-04-28"))).toBe(5);
    expect(countWerkdagenBetween(d("2025-02-03"), d("2025-02-04"))).toBe(1);
  });
  it("is 0 for the same day and for a span of only non-werkdagen", () => {
    expect(countWerkdagenBetween(d("2025-02-03"), d("2025-02-03"))).toBe(0);
    expect(countWerkdagenBetween(d("2025-12-24"), d("2025-12-28"))).toBe(0);
  });
  it("is negative when to is before from", () => {
    expect(countWerkdagenBetween(d("2026-01-02"), d("2025-12-23"))).toBe(-5);
  });
  it("equals walking the days one by one, for spans of a day to twelve years, from 1968 to 2040", () => {
    const walk = (from: Date, to: Date) => {
      let n = 0;
      for (let t = from.getTime() + DAG; t <= to.getTime(); t += DAG) if (isWerkdag(new Date(t))) n++;
      return n;
    };
    // A fixed sequence of starting days and lengths (no randomness: the same cases on every run).
    for (let i = 0; i < 400; i++) {
      const from = new Date(Date.UTC(1968, 0, 1) + ((i * 7919) % (72 * 365)) * DAG);
      const to = new Date(from.getTime() + ((i * 104_729) % (i % 3 === 0 ? 4400 : 60)) * DAG);
      expect(countWerkdagenBetween(from, to), `${toIsoDate(from)} → ${toIsoDate(to)}`).toBe(walk(from, to));
      expect(countWerkdagenBetween(to, from) + 0).toBe(-walk(from, to) + 0); // + 0: no -0
    }
  });
  it("reads dates by their UTC calendar day, whatever the time", () => {
    expect(countWerkdagenBetween(new Date("2025-12-23T23:59:00Z"), new Date("2026-01-02T00:01:00Z"))).toBe(5);
  });
  it("is the inverse of addWerkdagen", () => {
    for (const start of ["2025-04-17", "2025-12-23", "2026-04-22"]) {
      for (const n of [1, 5, 20]) expect(countWerkdagenBetween(d(start), addWerkdagen(d(start), n))).toBe(n);
    }
  });
});

describe("isBeoordelingOnTime", () => {
  it("is on time up to and including the deadline", () => {
    expect(isBeoordelingOnTime(d("2025-12-23"), d("2025-12-23"))).toBe(true);
    expect(isBeoordelingOnTime(d("2025-12-23"), d("2026-01-02"))).toBe(true);
    expect(isBeoordelingOnTime(d("2025-12-23"), d("2026-01-03"))).toBe(false);
    expect(isBeoordelingOnTime(d("2025-12-23"), d("2026-01-05"))).toBe(false);
    expect(isBeoordelingOnTime(d("2025-04-17"), d("2025-04-28"))).toBe(true);
    expect(isBeoordelingOnTime(d("2025-04-17"), d("2025-04-29"))).toBe(false);
  });
  it("compares calendar dates, not times", () => {
    expect(isBeoordelingOnTime(new Date("2025-12-23T15:00:00Z"), new Date("2026-01-02T23:00:00Z"))).toBe(true);
  });
});

describe("onderzoekDeadline / isOnderzoekOnTime", () => {
  it("is 10 weeks (70 calendar days) after the beoordeling, holidays included", () => {
    expect(toIsoDate(onderzoekDeadline(d("2025-03-03")))).toBe("2025-05-12"); // 28 + 30 + 12 days
    expect(toIsoDate(onderzoekDeadline(d("2025-11-20")))).toBe("2026-01-29"); // 10 + 31 + 29 days
  });
  it("is on time up to and including the deadline", () => {
    expect(isOnderzoekOnTime(d("2025-03-03"), d("2025-05-12"))).toBe(true);
    expect(isOnderzoekOnTime(d("2025-03-03"), d("2025-04-01"))).toBe(true);
    expect(isOnderzoekOnTime(d("2025-03-03"), d("2025-05-13"))).toBe(false);
  });
});
