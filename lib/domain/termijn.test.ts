import { describe, expect, test } from "vitest";
import { parseIsoDate } from "./dates";
import { beoordelingTermijn, datumTermijn, onderzoekTermijn } from "./termijn";

const d = (s: string) => parseIsoDate(s)!;

describe("termijn veiligheidsbeoordeling", () => {
  test("5 werkdagen after the melding; overdue, today, still running", () => {
    // Thu 19 Nov 2026 → Thu 26 Nov 2026
    expect(beoordelingTermijn(d("2026-11-19"), null, d("2026-11-23"))).toEqual({
      deadline: "2026-11-26",
      status: "open",
      verstreken: false,
      dagen: 3,
      tekst: "Nog 3 werkdagen",
    });
    expect(beoordelingTermijn(d("2026-11-19"), null, d("2026-11-26")).status).toBe("vandaag");
    expect(beoordelingTermijn(d("2026-11-10"), null, d("2026-11-23"))).toMatchObject({
      status: "verstreken",
      verstreken: true,
      tekst: "Termijn verstreken",
    });
    expect(beoordelingTermijn(d("2026-11-19"), null, d("2026-11-25")).tekst).toBe("Nog 1 werkdag");
  });
  test("done on the date of the beoordeling (confirmed or not): on time or late, never verstreken", () => {
    expect(beoordelingTermijn(d("2026-11-19"), d("2026-11-26"), d("2026-12-20"))).toMatchObject({
      status: "op-tijd",
      verstreken: false,
    });
    expect(beoordelingTermijn(d("2026-11-19"), d("2026-11-27"), d("2026-12-20"))).toMatchObject({
      status: "te-laat",
      verstreken: false,
    });
  });
});

describe("termijn in calendar days (onderzoek, monitoring)", () => {
  test("future, today and overdue, in words", () => {
    expect(datumTermijn(d("2026-11-24"), null, d("2026-11-23"))).toEqual({
      deadline: "2026-11-24",
      status: "open",
      verstreken: false,
      dagen: 1,
      tekst: "24 november 2026 — over 1 dag",
    });
    expect(datumTermijn(d("2026-11-23"), null, d("2026-11-23")).tekst).toBe("23 november 2026 — vandaag");
    const late = datumTermijn(d("2026-11-13"), null, d("2026-11-23"));
    expect(late.verstreken).toBe(true);
    expect(late.tekst).toBe("13 november 2026 — verlopen, 10 dagen te laat");
  });
  test("an onderzoek is judged 10 weeks after its beoordeling; done on its einddatum", () => {
    expect(onderzoekTermijn(d("2026-09-04"), null, d("2026-11-23"))).toMatchObject({
      deadline: "2026-11-13",
      status: "verstreken",
    });
    expect(onderzoekTermijn(d("2026-09-04"), d("2026-11-20"), d("2026-11-23"))).toMatchObject({
      status: "te-laat",
      verstreken: false,
      tekst: "13 november 2026 — afgerond op 20 november 2026, na de termijn",
    });
  });
});
