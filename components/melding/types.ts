import type { UseFormReturn } from "react-hook-form";
import type { TMelding, TMeldingInvoer } from "@/lib/melding/schema";
import type { TBetrokkeneInvoer } from "@/lib/betrokkene/schema";

export type MeldingFormApi = UseFormReturn<TMeldingInvoer, unknown, TMelding>;

export const legeBetrokkene = (): TBetrokkeneInvoer => ({
  modus: "zoeken", bekendId: "", rol: "" as TBetrokkeneInvoer["rol"], ongeboren: false, bsn: "", geboortedatum: "", geslacht: "",
  achternaam: "", tussenvoegsel: "", voornamen: "", straat: "", huisnummer: "", postcode: "", woonplaats: "", telefoon: "",
});
