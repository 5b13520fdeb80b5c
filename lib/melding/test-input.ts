// Form input as the browser would send it, for the integration tests of advies, melding and beoordeling.
import type { TBetrokkeneInput } from "@/lib/betrokkene/schema";
import type { TMeldingInput } from "./schema";

export const persoonInvoer = (extra: Partial<TBetrokkeneInput> = {}): TBetrokkeneInput => ({
  modus: "nieuw",
  bekendId: "",
  rol: "KIND",
  ongeboren: false,
  bsn: "123456782",
  geboortedatum: "2015-03-12",
  geslacht: "1",
  achternaam: "Jansen",
  tussenvoegsel: "",
  voornamen: "Piet",
  straat: "Dorpsstraat",
  huisnummer: "1",
  postcode: "3011 AB",
  woonplaats: "Rotterdam",
  telefoon: "",
  ...extra,
});

export const bekendInvoer = (bekendId: number, rol: TBetrokkeneInput["rol"] = "KIND"): TBetrokkeneInput => ({
  ...persoonInvoer({
    bsn: "",
    geboortedatum: "",
    achternaam: "",
    voornamen: "",
    huisnummer: "",
    postcode: "",
    geslacht: "",
  }),
  modus: "bekend",
  bekendId: String(bekendId),
  rol,
});

export const meldingInvoer = (extra: Partial<TMeldingInput> = {}): TMeldingInput => ({
  adviesNummer: "",
  casusNummer: "",
  datumMelding: "2026-11-20",
  functieRol: "33",
  organisatie: "15",
  melderOrganisatieNaam: "",
  melderNaam: "Agent P. de Wit",
  melderContact: "010-1234567",
  anoniem: "N",
  aard: ["01"],
  aanvullendeInformatie: [],
  duur: "99",
  toelichting: "",
  acuut: "N",
  acuutReden: "",
  vormenGeweld: [],
  politieRegistratienummer: "",
  politieIncidentOp: "",
  tijdelijkHuisverbod: "",
  gemeentecode: "0599",
  betrokkenen: [persoonInvoer()],
  ...extra,
});
