// The builders of the demo data: a casus with its betrokkenen, a melding, a veiligheidsbeoordeling and the adviezen,
// each consistent with the delivery spec's rules; and the renumbering of the demo records to the clock's year.
import type { PrismaClient } from "@/generated/prisma/client";
import { todayInAmsterdam } from "@/lib/domain/dates";

export const d = (s: string) => new Date(`${s}T00:00:00Z`);
export type Ids = Record<string, number>;
export type Persoon = {
  rol: "PLEGER" | "SLACHTOFFER" | "KIND" | "ANDERS";
  bsn?: string;
  geboortedatum: string;
  geslacht: string;
  voornamen: string;
  achternaam: string;
};

export function demoMakers(prisma: PrismaClient, u: Ids) {
  const adres = { straat: "Dorpsstraat", huisnummer: "12", postcode: "3011AB", woonplaats: "Rotterdam" };

  async function casus(
    begindatum: string,
    gemeentecode: string,
    personen: Persoon[],
    opts: { einddatum?: string; casemanager?: string; hermelding?: boolean } = {},
  ) {
    const c = await prisma.casus.create({
      data: {
        begindatum: d(begindatum),
        einddatum: opts.einddatum ? d(opts.einddatum) : null,
        gemeentecode,
        hermelding: opts.hermelding ?? false,
        casemanagerId: opts.casemanager ? u[opts.casemanager] : null,
        laatstePersoonsvolgnummer: personen.length,
      },
    });
    const betrokkenen = [];
    for (const [i, p] of personen.entries()) {
      betrokkenen.push(
        await prisma.betrokkene.create({
          data: { casusId: c.id, persoonsvolgnummer: i + 1, ...p, bsn: p.bsn ?? null, ...adres },
        }),
      );
    }
    return { c, betrokkenen };
  }
  async function melding(
    casusId: number,
    betrokkeneIds: number[],
    datum: string,
    m: { functieRol: string; organisatie: string; aard: string[]; anoniem?: boolean; melderNaam?: string },
  ) {
    return prisma.melding.create({
      data: {
        casusId,
        datumMelding: d(datum),
        functieRol: m.functieRol,
        organisatie: m.organisatie,
        anoniem: m.anoniem ?? false,
        melderNaam: m.melderNaam ?? "Agent P. de Wit",
        melderContact: "010-1234567",
        aard: m.aard,
        aanvullendeInformatie: [],
        duur: "03",
        toelichting: "Melding over een situatie van huiselijk geweld in het gezin.",
        behandelaarId: u.triage,
        createdById: u.triage,
        betrokkenen: { create: betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
      },
    });
  }
  async function beoordeling(
    meldingId: number,
    casusId: number,
    datum: string,
    inhoud: string,
    taxatie: string,
    vastgesteld = true,
  ) {
    return prisma.veiligheidsbeoordeling.create({
      data: {
        meldingId,
        casusId,
        datum: d(datum),
        inhoud,
        taxatie,
        toelichting: "Besproken in het triageoverleg.",
        besluitMetId: u.gedragswetenschapper,
        createdById: u.triage,
        vastgesteldDoorId: vastgesteld ? u.gedragswetenschapper : null,
        vastgesteldOp: vastgesteld ? new Date(`${datum}T15:00:00Z`) : null,
      },
    });
  }
  return { casus, melding, beoordeling };
}

/** Adviezen: open and closed, one of them (the last) turned into the melding `meldingVanAdvies`. */
export async function seedDemoAdviezen(prisma: PrismaClient, u: Ids, meldingVanAdvies: number) {
  const advies = (
    start: string,
    eind: string | null,
    gemeentecode: string,
    functieRol: string,
    organisatie: string,
    aard: string[],
  ) =>
    prisma.advies.create({
      data: {
        startdatum: d(start),
        einddatum: eind ? d(eind) : null,
        gemeentecode,
        aard,
        aanvullendeInformatie: [],
        duur: "99",
        functieRol,
        organisatie,
        adviesvraag: "Adviesvrager maakt zich zorgen over een gezin en vraagt hoe te handelen.",
        behandelaarId: u.triage,
        contacten: {
          create: [{ datum: d(start), notitie: "Eerste contact, advies gegeven over de meldcode.", userId: u.triage }],
        },
      },
    });
  await advies("2026-11-18", null, "0599", "28", "10", ["01"]);
  await advies("2026-11-20", null, "0606", "03", "98", ["03"]);
  await advies("2026-06-29", "2026-07-02", "0622", "21", "04", ["04"]);
  await advies("2026-01-12", "2026-01-12", "0599", "04", "98", ["05"]);
  const a = await advies("2026-11-16", "2026-11-17", "0606", "28", "10", ["01"]);
  await prisma.melding.update({ where: { id: meldingVanAdvies }, data: { adviesId: a.id } });
}

// A number carries its year of registration, which the database takes from its own clock. The demo records are
// registered "today" by the app's clock (the test clock in the end-to-end run), so their numbers say that year.
export async function renumberToClockYear(prisma: PrismaClient) {
  const jaar = String(todayInAmsterdam().getUTCFullYear());
  for (const t of [
    "advies",
    "casus",
    "melding",
    "veiligheidsbeoordeling",
    "dienst",
    "overdracht",
    "monitoringsmoment",
  ]) {
    await prisma.$executeRawUnsafe(`UPDATE ${t} SET nummer = substr(nummer, 1, 1) || $1 || substr(nummer, 6)`, jaar);
  }
}
