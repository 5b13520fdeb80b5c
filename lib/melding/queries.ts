// Reading a melding: scoped in the query (a casus outside the user's scope is not found), audited with its casus
// and betrokkenen, the melder shielded per role (dto.ts). Dates leave as ISO strings for the client.
import { maskeerAdres } from "@/lib/betrokkene/adres";
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { toIsoDate } from "@/lib/domain/dates";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { formatAdres, formatNaam } from "@/lib/betrokkene/radar";
import type { BetrokkeneRol } from "@/lib/betrokkene/schema";
import { beoordelingTermijn, type Termijn } from "@/lib/domain/termijn";
import { shieldMelder, type MelderDto } from "./dto";
import { getGemeenteNaam } from "@/lib/gemeenten/queries";

const detailSelect = {
  id: true,
  nummer: true,
  datumMelding: true,
  acuut: true,
  acuutReden: true,
  vormenGeweld: true,
  politieRegistratienummer: true,
  politieIncidentOp: true,
  tijdelijkHuisverbod: true,
  functieRol: true,
  organisatie: true,
  anoniem: true,
  melderNaam: true,
  melderContact: true,
  melderOrganisatieNaam: true,
  aard: true,
  aanvullendeInformatie: true,
  duur: true,
  toelichting: true,
  ingetrokkenOp: true,
  intrekReden: true,
  createdAt: true,
  advies: { select: { nummer: true } },
  behandelaar: { select: { displayName: true } },
  casus: {
    select: {
      id: true,
      nummer: true,
      casemanagerId: true,
      begindatum: true,
      einddatum: true,
      gemeentecode: true,
      hermelding: true,
      meldingen: { select: { nummer: true, datumMelding: true }, orderBy: [{ datumMelding: "asc" }, { id: "asc" }] },
    },
  },
  betrokkenen: {
    select: {
      betrokkene: {
        select: {
          id: true,
          persoonsvolgnummer: true,
          bsn: true,
          geboortedatum: true,
          geslacht: true,
          rol: true,
          achternaam: true,
          tussenvoegsel: true,
          voornamen: true,
          straat: true,
          huisnummer: true,
          postcode: true,
          woonplaats: true,
          telefoon: true,
          geheimAdres: true,
        },
      },
    },
  },
  beoordeling: { select: { nummer: true, datum: true, taxatie: true, inhoud: true, vastgesteldOp: true } },
} satisfies Prisma.MeldingSelect;

export type BetrokkeneDto = {
  id: number;
  persoonsvolgnummer: number;
  naam: string;
  bsn: string | null;
  geboortedatumTekst: string;
  geslacht: string;
  rol: BetrokkeneRol;
  adres: string | null;
  telefoon: string | null;
};

export type MeldingDetail = {
  id: number;
  nummer: string;
  datumMelding: string;
  termijn: Termijn;
  casus: {
    nummer: string;
    begindatum: string;
    einddatum: string | null;
    open: boolean;
    hermelding: boolean;
    gemeente: string | null;
  };
  /** The first melding of its casus, or a vervolgmelding; the other meldingen of the casus. */
  eersteVanCasus: boolean;
  andereMeldingen: { nummer: string; datumMelding: string }[];
  melder: MelderDto;
  aard: string[];
  aanvullendeInformatie: string[];
  duur: string;
  toelichting: string | null;
  intake: {
    acuut: boolean;
    acuutReden: string | null;
    vormenGeweld: string[];
    politieRegistratienummer: string | null;
    politieIncidentOp: Date | null;
    tijdelijkHuisverbod: boolean | null;
  };
  /** Withdrawn by the teamleider (never delivered): when and why. */
  ingetrokken: { op: string; reden: string } | null;
  adviesNummer: string | null;
  behandelaar: string | null;
  betrokkenen: BetrokkeneDto[];
  beoordeling: { nummer: string; datum: string; taxatie: string; inhoud: string; definitief: boolean } | null;
};

type Row = Prisma.MeldingGetPayload<{ select: typeof detailSelect }>;

async function toDetail(r: Row, user: Actor): Promise<MeldingDetail> {
  const b = r.beoordeling;
  return {
    id: r.id,
    nummer: r.nummer,
    datumMelding: toIsoDate(r.datumMelding),
    termijn: beoordelingTermijn(r, b?.datum ?? null),
    casus: {
      nummer: r.casus.nummer,
      begindatum: toIsoDate(r.casus.begindatum),
      einddatum: r.casus.einddatum ? toIsoDate(r.casus.einddatum) : null,
      open: r.casus.einddatum === null,
      hermelding: r.casus.hermelding,
      gemeente: r.casus.gemeentecode
        ? ((await getGemeenteNaam(r.casus.gemeentecode, r.casus.begindatum)) ?? r.casus.gemeentecode)
        : null,
    },
    eersteVanCasus: r.casus.meldingen[0]?.nummer === r.nummer,
    andereMeldingen: r.casus.meldingen
      .filter((m) => m.nummer !== r.nummer)
      .map((m) => ({ nummer: m.nummer, datumMelding: toIsoDate(m.datumMelding) })),
    melder: shieldMelder(user.role, r),
    aard: r.aard,
    aanvullendeInformatie: r.aanvullendeInformatie,
    duur: r.duur,
    toelichting: r.toelichting,
    intake: {
      acuut: r.acuut,
      acuutReden: r.acuutReden,
      vormenGeweld: r.vormenGeweld,
      politieRegistratienummer: r.politieRegistratienummer,
      politieIncidentOp: r.politieIncidentOp,
      tijdelijkHuisverbod: r.tijdelijkHuisverbod,
    },
    ingetrokken: r.ingetrokkenOp ? { op: r.ingetrokkenOp.toISOString(), reden: r.intrekReden ?? "" } : null,
    adviesNummer: r.advies?.nummer ?? null,
    behandelaar: r.behandelaar?.displayName ?? null,
    betrokkenen: r.betrokkenen
      .map(({ betrokkene }) => maskeerAdres(user, r.casus.casemanagerId, betrokkene))
      .map((p) => ({
        id: p.id,
        persoonsvolgnummer: p.persoonsvolgnummer,
        naam: formatNaam(p),
        bsn: p.bsn,
        geboortedatumTekst: p.geboortedatum ? describeGeboortedatum(p.geboortedatum) : "onbekend",
        geslacht: p.geslacht,
        rol: p.rol,
        adres: formatAdres(p),
        telefoon: p.telefoon,
      }))
      .sort((x, y) => x.persoonsvolgnummer - y.persoonsvolgnummer),
    beoordeling: b
      ? {
          nummer: b.nummer,
          datum: toIsoDate(b.datum),
          taxatie: b.taxatie,
          inhoud: b.inhoud,
          definitief: b.vastgesteldOp !== null,
        }
      : null,
  };
}

/** The melding with this nummer, when the user may see its casus; null otherwise (the lookup is audited either way). */
export async function getMeldingDetail(user: Actor, nummer: string): Promise<MeldingDetail | null> {
  const row = await auditedRead(
    user,
    { permission: "melding:read", resource: { type: "melding", id: nummer.slice(0, 40) } },
    (tx) =>
      tx.melding.findFirst({ where: { nummer: nummer.slice(0, 20), casus: casusScope(user) }, select: detailSelect }),
    (r) =>
      r
        ? {
            entityType: "melding",
            entityId: r.id,
            casusId: r.casus.id,
            betrokkeneIds: r.betrokkenen.map((x) => x.betrokkene.id),
          }
        : {
            entityType: "melding",
            entityId: nummer.slice(0, 40),
            outcome: "FAILURE",
            detail: "not found or out of scope",
          },
  );
  return row ? toDetail(row, user) : null;
}
