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

export type ZoekAdvies = { nummer: string; startdatum: string; einddatum: string | null; behandelaar: string };

export type ZoekResultaat = {
  soort: ZoekSoort;
  casussen: ZoekCasus[];
  teVeel: boolean;
  /** An adviesnummer search: the advies, or null (not found, or the role does not read adviezen). */
  advies?: ZoekAdvies | null;
  /** Why nothing can be shown for this kind of search. */
  geenToegang?: string;
};
