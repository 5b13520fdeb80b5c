import { expect, test } from "vitest";
import { opvolging } from "./opvolging";
import type { GenMelding } from "./types";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const melding = (over: Partial<GenMelding> = {}): GenMelding => ({
  datum: d("2025-11-03"),
  functieRol: "21",
  organisatie: "04",
  anoniem: false,
  melderNaam: "Huisarts",
  melderContact: null,
  melderOrganisatieNaam: null,
  aard: ["01"],
  aanvullendeInformatie: [],
  duur: "02",
  toelichting: "",
  behandelaarId: 7,
  createdById: 7,
  pvns: [1, 2, 3],
  beoordeling: {
    datum: d("2025-11-06"),
    inhoud: "02",
    taxatie: "03",
    toelichting: "",
    besluitMetId: 9,
    createdById: 7,
    vastgesteldDoorId: 9,
    vastgesteldOp: new Date("2025-11-07T10:00:00Z"),
  },
  ...over,
});
const END = d("2025-12-31");

test("after the final beoordeling: terugkoppeling within days, every betrokkene informed or why not", () => {
  const o = opvolging(melding(), END)!;
  expect(o.op >= d("2025-11-08") && o.op <= d("2025-11-11")).toBe(true);
  expect(o.terugkoppeling).toEqual({ wijze: expect.stringMatching(/^(telefonisch|brief|email|gesprek)$/) });
  expect(o.informeren.map((i) => i.pvn)).toEqual([1, 2, 3]);
  for (const i of o.informeren) {
    expect((i.op === null) === (i.niet !== null)).toBe(true);
    if (i.op) expect(i.op >= o.op && i.op <= END).toBe(true);
  }
  expect(o.doorId).toBe(7);
  expect(opvolging(melding(), END)).toEqual(o); // derived, not drawn: the same every time
});

test("an anonymous melder can not be reached; nothing before the final beoordeling or after the end", () => {
  expect(opvolging(melding({ anoniem: true }), END)!.terugkoppeling).toEqual({
    nietMogelijk: "Melder is anoniem; er zijn geen contactgegevens.",
  });
  const concept = melding();
  concept.beoordeling = { ...concept.beoordeling!, vastgesteldDoorId: null, vastgesteldOp: null };
  expect(opvolging(concept, END)).toBeNull();
  expect(opvolging(melding({ beoordeling: null }), END)).toBeNull();
  expect(opvolging(melding(), d("2025-11-07"))).toBeNull();
});
