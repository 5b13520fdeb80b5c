// What the casus page loads in one findFirst (Prisma batches each relation level: a fixed number of queries).
import type { Prisma } from "@/generated/prisma/client";
import { SNAPSHOT_SELECT } from "./snapshot";

const naam = { select: { id: true, displayName: true } } as const;

export const OVERVIEW_SELECT = {
  ...SNAPSHOT_SELECT,
  id: true, nummer: true, version: true, begindatum: true, gemeentecode: true, hermelding: true,
  casemanager: naam,
  betrokkenen: {
    orderBy: { persoonsvolgnummer: "asc" },
    select: {
      id: true, persoonsvolgnummer: true, bsn: true, geboortedatum: true, geslacht: true, rol: true, achternaam: true,
      tussenvoegsel: true, voornamen: true, straat: true, huisnummer: true, postcode: true, woonplaats: true,
    },
  },
  meldingen: {
    orderBy: [{ datumMelding: "asc" }, { id: "asc" }],
    select: {
      id: true, nummer: true, datumMelding: true, functieRol: true, organisatie: true, anoniem: true, melderNaam: true,
      melderContact: true, melderOrganisatieNaam: true, aard: true, aanvullendeInformatie: true, duur: true, toelichting: true,
      behandelaar: naam, betrokkenen: { select: { betrokkeneId: true } },
      beoordeling: {
        select: {
          id: true, nummer: true, datum: true, inhoud: true, taxatie: true, toelichting: true, vastgesteldOp: true,
          besluitMet: naam, createdBy: naam, vastgesteldDoor: naam,
        },
      },
    },
  },
  diensten: {
    orderBy: [{ startdatum: "asc" }, { id: "asc" }],
    select: {
      id: true, nummer: true, soort: true, status: true, startdatum: true, einddatum: true, aardConclusie: true,
      aanvullendeInformatie: true, duur: true, uitkomstOnderzoek: true, redenVoortijdig: true, toelichting: true,
      uitvoerderId: true, afsluitingVoorgesteldDoorId: true, afsluitingBevestigdDoorId: true, afsluitingBevestigdOp: true,
      beoordeling: { select: { meldingId: true, datum: true, melding: { select: { nummer: true } } } },
    },
  },
  overdrachten: {
    orderBy: [{ datum: "asc" }, { id: "asc" }],
    select: {
      id: true, nummer: true, moment: true, datum: true, partij: true, hulp: true, toelichting: true,
      bronMeldingId: true, bronDienstId: true, bronMelding: { select: { nummer: true } }, bronDienst: { select: { nummer: true } },
      betrokkenen: { select: { betrokkeneId: true } },
    },
  },
  monitoringsmomenten: {
    orderBy: [{ datum: "asc" }, { id: "asc" }],
    select: { id: true, nummer: true, datum: true, veiligheidsscore: true, notitie: true },
  },
} satisfies Prisma.CasusSelect;

export type OverviewRow = Prisma.CasusGetPayload<{ select: typeof OVERVIEW_SELECT }>;
