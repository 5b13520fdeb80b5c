import { describe, expect, test } from "vitest";
import { parseIsoDate } from "./dates";
import { beoordelingTermijn, datumTermijn, onderzoekTermijn } from "./termijn";

const d = (s: string) => parseIsoDate(s)!;

describe("termijn veiligheidsbeoordeling", () => {
  test("5 werkdagen after the melding; overdue, today, still running", () => {
    // Thu 19 Nov 2026 → Thu 26 Nov 2026
    expect(beoordelingTermijn({ datumMelding: d("2026-11-19") }, null, d("2026-11-23"))).toEqual({
      deadline: "2026-11-26",
      status: "open",
      verstreken: false,
      dagen: 3,
      tekst: "Nog 3 werkdagen",
    });
    expect(beoordelingTermijn({ datumMelding: d("2026-11-19") }, null, d("2026-11-26")).status).toBe("vandaag");
    expect(beoordelingTermijn({ datumMelding: d("2026-11-10") }, null, d("2026-11-23"))).toMatchObject({
      status: "verstreken",
      verstreken: true,
      tekst: "Termijn verstreken",
    });
    expect(beoordelingTermijn({ datumMelding: d("2026-11-19") }, null, d("2026-11-25")).tekst).toBe("Nog 1 werkdag");
  });
  test("done on the date of the beoordeling (confirmed or not): on time or late, never verstreken", () => {
    expect(beoordelingTermijn({ datumMelding: d("2026-11-19") }, d("2026-11-26"), d("2026-12-20"))).toMatchObject({
      status: "op-tijd",
      verstreken: false,
    });
    expect(beoordelingTermijn({ datumMelding: d("2026-11-19") }, d("2026-11-27"), d("2026-12-20"))).toMatchObject({
      status: "te-laat",
      verstreken: false,
    });
  });
});

describe("termijn of an acute melding", () => {
  test("due the same day, also on a weekend or a holiday; the next day it is verstreken", () => {
    // Fri 25 Dec 2026 (Kerstmis): an acute melding waits for no working day.
    const m = { datumMelding: d("2026-12-25"), acuut: true };
    expect(beoordelingTermijn(m, null, d("2026-12-25"))).toMatchObject({
      deadline: "2026-12-25",
      status: "vandaag",
      tekst: "Acuut — vandaag beoordelen",
    });
    expect(beoordelingTermijn(m, null, d("2026-12-26"))).toMatchObject({ status: "verstreken", verstreken: true });
    expect(beoordelingTermijn(m, d("2026-12-25"), d("2027-01-04")).status).toBe("op-tijd");
    expect(beoordelingTermijn(m, d("2026-12-28"), d("2027-01-04")).status).toBe("te-laat");
  });
  test("the same melding not acute has its 5 werkdagen (past Kerst and the weekend)", () => {
    expect(beoordelingTermijn({ datumMelding: d("2026-12-25"), acuut: false }, null, d("2026-12-25")).deadline).toBe(
      "2027-01-04",
    );
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

describe("terugkoppeling and informeren", () => {
  test("terugkoppeling: werkdagen after the beoordeling, past Kerst; informeren: 4 weeks after the melding", async () => {
    const { terugkoppelingTermijn, informerenTermijn } = await import("./termijn");
    // Wed 23 Dec 2026 + 5 werkdagen: 24, 28, 29, 30, 31 December (Kerst and the weekend do not count).
    expect(terugkoppelingTermijn(d("2026-12-23"), 5, null, d("2026-12-23")).deadline).toBe("2026-12-31");
    expect(terugkoppelingTermijn(d("2026-12-23"), 2, null, d("2027-01-04"))).toMatchObject({
      deadline: "2026-12-28",
      status: "verstreken",
    });
    expect(terugkoppelingTermijn(d("2026-12-23"), 5, d("2026-12-30"), d("2027-01-04")).status).toBe("op-tijd");
    expect(informerenTermijn(d("2026-11-02"), null, d("2026-11-23"))).toMatchObject({
      deadline: "2026-11-30",
      status: "open",
    });
    expect(informerenTermijn(d("2026-10-01"), null, d("2026-11-23")).status).toBe("verstreken");
  });
});
