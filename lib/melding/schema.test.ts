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
});
