import { describe, expect, test } from "vitest";
import { classifyZoekterm, ZOEK_MESSAGES, ZZoekopdracht } from "./schema";
import { makeDate } from "@/lib/domain/dates";

const today = makeDate(2026, 11, 23);
const c = (s: string) => classifyZoekterm(s, today);

describe("classifyZoekterm", () => {
  test("numbers, padded and upper-cased", () => {
    expect(c("C2026-000012")).toEqual({ soort: "casusnummer", nummer: "C2026-000012" });
    expect(c(" c2026-12 ")).toEqual({ soort: "casusnummer", nummer: "C2026-000012" });
    expect(c("m2026-000003")).toEqual({ soort: "meldingnummer", nummer: "M2026-000003" });
    expect(c("a2026-7")).toEqual({ soort: "adviesnummer", nummer: "A2026-000007" });
  });
  test("BSN: elfproef, length, special values", () => {
    expect(c("908301662")).toEqual({ soort: "bsn", bsn: "908301662" });
    expect(c("9083.01.662")).toEqual({ soort: "bsn", bsn: "908301662" });
    expect(c("908301663")).toBe("Dit BSN voldoet niet aan de elfproef");
    expect(c("12345")).toBe(ZOEK_MESSAGES.bsnLengte);
    expect(c("999999999")).toBe(ZOEK_MESSAGES.bsnSpeciaal);
  });
  test("name, optionally with a (partial) geboortedatum", () => {
    expect(c("de Groot")).toEqual({ soort: "naam", naam: "de Groot", geboortedatum: null });
    expect(c("Hendriks 12-03-1984")).toEqual({
      soort: "naam",
      naam: "Hendriks",
      geboortedatum: { jaar: 1984, maand: 3, dag: 12 },
    });
    expect(c("Hendriks 1984-03-12")).toEqual({
      soort: "naam",
      naam: "Hendriks",
      geboortedatum: { jaar: 1984, maand: 3, dag: 12 },
    });
    expect(c("Hendriks 1984")).toEqual({ soort: "naam", naam: "Hendriks", geboortedatum: { jaar: 1984 } });
    expect(c("Hendriks 31-02-1984")).toBe(ZOEK_MESSAGES.datum);
    expect(c("Hendriks 01-01-2030")).toBe(ZOEK_MESSAGES.datumToekomst);
    expect(c("Ö")).toBe(ZOEK_MESSAGES.naamKort);
    expect(c("<script>alert(1)</script>")).toBe(ZOEK_MESSAGES.onbekend);
    expect(c("'; DROP TABLE casus; --")).toBe(ZOEK_MESSAGES.onbekend);
  });
  test("the schema: empty and too long give Dutch messages", () => {
    expect(ZZoekopdracht.safeParse({ zoekterm: " " }).error?.issues[0].message).toBe(ZOEK_MESSAGES.leeg);
    expect(ZZoekopdracht.safeParse({ zoekterm: "a".repeat(101) }).error?.issues[0].message).toBe(ZOEK_MESSAGES.lang);
    expect(ZZoekopdracht.safeParse({}).error?.issues[0].message).toBe(ZOEK_MESSAGES.leeg);
    expect(ZZoekopdracht.parse({ zoekterm: "Bouali" }).zoekterm).toMatchObject({ soort: "naam" });
  });
});
