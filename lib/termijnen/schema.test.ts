import { describe, expect, test } from "vitest";
import { makeDate, toIsoDate } from "@/lib/domain/dates";
import { defaultPeriode, makeZTermijnenPeriode, TERMIJNEN_MESSAGES } from "./schema";

const today = makeDate(2026, 11, 23);
const Z = makeZTermijnenPeriode(today);
const msg = (input: object) => Z.safeParse(input).error?.issues.map((i) => i.message);

describe("termijnen period", () => {
  test("defaults to the current half-year so far", () => {
    expect(defaultPeriode(today)).toEqual({ van: "2026-07-01", tot: "2026-11-23" });
    const p = Z.parse({});
    expect([toIsoDate(p.van), toIsoDate(p.tot)]).toEqual(["2026-07-01", "2026-11-23"]);
    expect(toIsoDate(Z.parse({ van: "2026-01-01", tot: "" }).tot)).toBe("2026-11-23");
  });
  test("refuses invalid, reversed, future and too long periods with Dutch messages", () => {
    expect(msg({ van: "2026-02-30" })).toEqual([TERMIJNEN_MESSAGES.van]);
    expect(msg({ van: "<script>" })).toEqual([TERMIJNEN_MESSAGES.van]);
    expect(msg({ van: "2026-10-01", tot: "2026-09-01" })).toEqual([TERMIJNEN_MESSAGES.volgorde]);
    expect(msg({ tot: "2026-12-01" })).toEqual([TERMIJNEN_MESSAGES.totToekomst]);
    expect(msg({ van: "2015-01-01", tot: "2026-01-01" })).toEqual([TERMIJNEN_MESSAGES.lang]);
  });
});
