import type { UseFormReturn } from "react-hook-form";
import type { TMelding, TMeldingInput } from "@/lib/melding/schema";
import type { TBetrokkeneInput } from "@/lib/betrokkene/schema";

export type MeldingFormApi = UseFormReturn<TMeldingInput, unknown, TMelding>;

export const legeBetrokkene = (): TBetrokkeneInput => ({
  modus: "zoeken",
  bekendId: "",
  rol: "" as TBetrokkeneInput["rol"],
  ongeboren: false,
  bsn: "",
  geboortedatum: "",
  geslacht: "",
  achternaam: "",
  tussenvoegsel: "",
  voornamen: "",
  straat: "",
  huisnummer: "",
  postcode: "",
  woonplaats: "",
  telefoon: "",
});
