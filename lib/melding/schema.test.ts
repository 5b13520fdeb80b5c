import { describe, expect, test } from "vitest";
import { toFieldErrors } from "@/lib/auth/zod-errors";
import { ZMeldingNieuw } from "./schema";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { meldingInvoer as invoer, persoonInvoer } from "./test-input";
import type { TMeldingInput } from "./schema";

// A melding of yesterday (any real past date will do).
const meldingInvoer = (extra: Partial<TMeldingInput> = {}) =>
  invoer({ datumMelding: toIsoDate(addDays(todayInAmsterdam(), -1)), ...extra });

const errors = (input: unknown) => {
  const r = ZMeldingNieuw.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("melding form schema", () => {
  test("a betrokkene card that was not searched and chosen says so at the card", () => {
    expect(errors(meldingInvoer({ betrokkenen: [{ ...persoonInvoer(), modus: "zoeken", rol: "" }] }))).toEqual({
      "betrokkenen.0.modus": expect.stringMatching(/^Zoek eerst/),
    });
  });
  test("empty choices ask to choose; the rol in de casus is required", () => {
    const e = errors(
      meldingInvoer({
        functieRol: "",
        duur: "",
        anoniem: "" as "J",
        betrokkenen: [persoonInvoer({ rol: "", geslacht: "" })],
      }),
    );
    expect(e).toMatchObject({
      functieRol: "Kies de functie of rol van de melder.",
      duur: "Kies de duur (of Onbekend).",
      anoniem: "Kies of de melder anoniem wil blijven.",
      "betrokkenen.0.rol": "Kies de rol in de casus.",
      "betrokkenen.0.geslacht": "Kies het geslacht.",
    });
  });
  test("output: organisatie 98 for a niet-beroepsmatige rol, anoniem as boolean, ongeboren special values", () => {
    const r = ZMeldingNieuw.parse(
      meldingInvoer({
        functieRol: "03",
        organisatie: "",
        anoniem: "J",
        betrokkenen: [persoonInvoer({ ongeboren: true, bsn: "", geboortedatum: "" })],
      }),
    );
    expect(r).toMatchObject({
      organisatie: "98",
      anoniem: true,
      adviesNummer: null,
      betrokkenen: [{ bsn: "999999999", geboortedatum: "99999999", bekendId: null }],
    });
    expect(errors(meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "999999999" })] }))["betrokkenen.0.bsn"]).toMatch(
      /Ongeboren/,
    );
  });
  test("acuut: a choice, and a reason when acute (kept only then)", () => {
    expect(errors(meldingInvoer({ acuut: "" as "J" }))).toMatchObject({ acuut: "Kies of de melding acuut is." });
    expect(errors(meldingInvoer({ acuut: "J", acuutReden: "  " }))).toEqual({
      acuutReden: "Geef kort aan waarom de melding acuut is.",
    });
    expect(errors(meldingInvoer({ acuut: "J", acuutReden: "x".repeat(5000) }))).toEqual({
      acuutReden: "Reden acuut mag hoogstens 500 tekens lang zijn.",
    });
    expect(ZMeldingNieuw.parse(meldingInvoer({ acuut: "J", acuutReden: "Wapen in huis" }))).toMatchObject({
      acuut: true,
      acuutReden: "Wapen in huis",
    });
    expect(ZMeldingNieuw.parse(meldingInvoer({ acuut: "N", acuutReden: "vergeten te wissen" }))).toMatchObject({
      acuut: false,
      acuutReden: null,
    });
  });
  test("vorm van geweld and police data: from the list, in list order; the incident not after the melding", () => {
    const r = ZMeldingNieuw.parse(
      meldingInvoer({
        vormenGeweld: ["seksueel", "lichamelijk"],
        politieRegistratienummer: "PL0900-2026123456",
        politieIncidentOp: "2026-01-05T23:40",
        tijdelijkHuisverbod: "J",
      }),
    );
    expect(r).toMatchObject({
      vormenGeweld: ["lichamelijk", "seksueel"],
      politieRegistratienummer: "PL0900-2026123456",
      tijdelijkHuisverbod: true,
    });
    expect(r.politieIncidentOp?.toISOString()).toBe("2026-01-05T22:40:00.000Z");
    expect(ZMeldingNieuw.parse(meldingInvoer()).tijdelijkHuisverbod).toBeNull();
    expect(
      errors(
        meldingInvoer({
          vormenGeweld: ["stalking"],
          politieRegistratienummer: "<script>",
          politieIncidentOp: "2026-02-30T10:00",
        }),
      ),
    ).toEqual({
      vormenGeweld: "Kies alleen vormen van geweld uit de lijst.",
      politieRegistratienummer:
        "Het registratienummer bestaat uit letters, cijfers, punten, streepjes en schuine strepen.",
      politieIncidentOp: "Datum en tijd incident is geen geldige datum en tijd.",
    });
    const vandaag = toIsoDate(todayInAmsterdam());
    expect(errors(meldingInvoer({ politieIncidentOp: `${vandaag}T00:01` }))).toEqual({
      politieIncidentOp: "Het incident kan niet na de datum melding liggen.",
    });
  });
});
