import { describe, expect, test } from "vitest";
import { geboortedatumConditions, groupRadar, type RadarRow } from "./radar";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const row = (
  id: number,
  casus: Partial<RadarRow["casus"]> & { nummer: string },
  extra: Partial<RadarRow> = {},
): RadarRow => ({
  id,
  bsn: "895559791",
  geboortedatum: "19480203",
  geslacht: "2",
  rol: "SLACHTOFFER",
  achternaam: "de Groot",
  tussenvoegsel: null,
  voornamen: "Johanna",
  straat: "Dorpsstraat",
  huisnummer: "12",
  postcode: "3011AB",
  woonplaats: "Rotterdam",
  ...extra,
  casus: {
    begindatum: d("2026-02-03"),
    einddatum: null,
    hermelding: false,
    aantalMeldingen: 1,
    laatsteBeoordeling: null,
    ...casus,
  },
});

describe("radar", () => {
  test("rows of one BSN become one person; the row in the open casus is the one to link", () => {
    const persons = groupRadar([
      row(1, {
        nummer: "C1",
        einddatum: d("2026-02-20"),
        laatsteBeoordeling: { datum: d("2026-02-05"), taxatie: "04", inhoud: "02", vastgesteld: true },
      }),
      row(2, { nummer: "C2", begindatum: d("2026-10-01"), hermelding: true }),
    ]);
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({
      gebruikId: 2,
      naam: "Johanna de Groot",
      geboortedatumTekst: "3 februari 1948",
      adres: "Dorpsstraat 12, 3011AB Rotterdam",
    });
    expect(persons[0].openCasussen.map((c) => c.nummer)).toEqual(["C2"]);
    expect(persons[0].casussen.map((c) => c.nummer)).toEqual(["C2", "C1"]);
    expect(persons[0].laatsteBeoordeling).toMatchObject({ casusNummer: "C1", taxatie: "04", inhoud: "02" });
  });
  test("all casussen closed: the most recent row; people without BSN grouped by name and date of birth", () => {
    const persons = groupRadar([
      row(1, { nummer: "C1", einddatum: d("2025-02-20"), begindatum: d("2025-01-01") }),
      row(3, { nummer: "C3", einddatum: d("2026-02-20") }),
      row(4, { nummer: "C4" }, { bsn: null, voornamen: "Peter", achternaam: "Smits", geboortedatum: "19900101" }),
    ]);
    expect(persons).toHaveLength(2);
    expect(persons[0].naam).toBe("Peter Smits"); // open casus first
    expect(persons[1]).toMatchObject({ gebruikId: 3, openCasussen: [] });
  });
  test("partial dates", () => {
    expect(geboortedatumConditions("19480203")).toEqual([{ in: ["19480203", "19480200", "19480000"] }]);
    expect(geboortedatumConditions("19480200")).toEqual([{ startsWith: "194802" }, { in: ["19480000"] }]);
    expect(geboortedatumConditions("19480000")).toEqual([{ startsWith: "1948" }]);
  });
});
