// The generated records, before they have database ids. Persons are referred to by persoonsvolgnummer
// (index + 1 in `personen`), meldingen and diensten by their index in the casus.
import type { GenPersoon, Household } from "./people";

export type SynthUsers = {
  TRIAGE: number[];
  CASEMANAGER: number[];
  GEDRAGSWETENSCHAPPER: number[];
  TEAMLEIDER: number[];
};

export type GenBeoordeling = {
  datum: Date;
  inhoud: string;
  taxatie: string;
  toelichting: string;
  besluitMetId: number;
  createdById: number;
  vastgesteldDoorId: number | null;
  vastgesteldOp: Date | null; // timestamp
};

export type GenMelding = {
  datum: Date;
  functieRol: string;
  organisatie: string;
  anoniem: boolean;
  melderNaam: string | null;
  melderContact: string | null;
  melderOrganisatieNaam: string | null;
  aard: string[];
  aanvullendeInformatie: string[];
  duur: string;
  toelichting: string;
  behandelaarId: number;
  createdById: number;
  pvns: number[];
  beoordeling: GenBeoordeling | null;
  /** The voordeur's follow-up by the end of the data (lib/synth/opvolging.ts): terugkoppeling aan de melder and
   * informing the betrokkenen; absent (undefined) before the cut. */
  opvolging?: GenOpvolging | null;
};

export type GenOpvolging = {
  /** The day the terugkoppeling was done (or found not possible) and recorded. */
  op: Date;
  terugkoppeling: { wijze: string } | { nietMogelijk: string };
  /** The day the betrokkenen were informed, or why not (per person, by persoonsvolgnummer). */
  informeren: { pvn: number; op: Date | null; wijze: string | null; niet: string | null }[];
  doorId: number;
};

export type DienstStatus = "LOPEND" | "AFSLUITING_VOORGESTELD" | "AFGESLOTEN";

export type GenDienst = {
  meldingIndex: number;
  soort: "V" | "O";
  status: DienstStatus;
  startdatum: Date;
  einddatum: Date | null;
  aardConclusie: string[];
  aanvullendeInformatie: string[];
  duur: string;
  uitkomstOnderzoek: string;
  redenVoortijdig: string;
  toelichting: string;
  uitvoerderId: number;
  afsluitingVoorgesteldDoorId: number | null;
  afsluitingBevestigdDoorId: number | null;
  afsluitingBevestigdOp: Date | null; // timestamp
};

export type GenOverdracht = {
  moment: 1 | 2 | 3;
  meldingIndex: number | null;
  dienstIndex: number | null;
  datum: Date;
  partij: string;
  hulp: string;
  toelichting: string;
  createdById: number;
  pvns: number[];
};

export type GenMonitoring = { datum: Date; veiligheidsscore: number; notitie: string; createdById: number };

export type GenCasus = {
  /** Order of generation (0, 1, 2 …) — stable for a seed. */
  seq: number;
  begindatum: Date;
  einddatum: Date | null;
  gemeentecode: string | null;
  hermelding: boolean;
  casemanagerId: number | null;
  personen: GenPersoon[];
  meldingen: GenMelding[];
  diensten: GenDienst[];
  overdrachten: GenOverdracht[];
  monitoring: GenMonitoring[];
};

export type GenAdvies = {
  startdatum: Date;
  einddatum: Date | null;
  gemeentecode: string | null;
  aard: string[];
  aanvullendeInformatie: string[];
  duur: string;
  functieRol: string;
  organisatie: string;
  adviesvraag: string;
  behandelaarId: number;
  contacten: { datum: Date; notitie: string }[];
};

/** A simulated casus before the cut at the end of the year: dates may lie beyond it. */
export type FullCasus = GenCasus & { sluitdatum: Date; household: Household };
