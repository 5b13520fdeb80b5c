// What a search returns to the page: plain data, dates as ISO strings.
import type { BetrokkeneRol } from "@/generated/prisma/enums";
import type { ZoekSoort } from "./schema";

export type ZoekCasus = {
  nummer: string;
  begindatum: string;
  einddatum: string | null;
  gemeente: string | null;
  casemanager: string | null;
  hermelding: boolean;
  stageLabel: string;
  /** The persons that matched (a BSN or name search), or all betrokkenen of the casus (a number search). */
  personen: { id: number; naam: string; geboortedatum: string | null; rol: BetrokkeneRol }[];
};

export type ZoekResultaat = { soort: ZoekSoort; casussen: ZoekCasus[]; teVeel: boolean };
