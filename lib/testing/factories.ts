// The one set of test-data factories: each integration test makes its own data through these.
// makeCasus is the general casus (betrokkenen, a melding, optionally a beoordeling); makeTeamCasus is the
// achterdeur's usual start: assigned to the team's case manager, with a final beoordeling "vervolgstappen".
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/audit";

export const d = (s: string) => new Date(`${s}T00:00:00Z`);

export type TestUser = Actor & { displayName: string };
let n = 0;

export async function makeUser(
  prisma: PrismaClient,
  role: Role,
  username = `${role.toLowerCase()}${++n}`,
): Promise<TestUser> {
  const u = await prisma.user.create({ data: { username, displayName: `Test ${username}`, role, passwordHash: "x" } });
  return { id: u.id, username: u.username, role: u.role, clientAddress: "127.0.0.1", displayName: u.displayName };
}

export type Team = { triage: TestUser; cm: TestUser; cm2: TestUser; gw: TestUser; tl: TestUser; beheerder: TestUser };

export async function makeTeam(prisma: PrismaClient): Promise<Team> {
  return {
    triage: await makeUser(prisma, "TRIAGE"),
    cm: await makeUser(prisma, "CASEMANAGER"),
    cm2: await makeUser(prisma, "CASEMANAGER"),
    gw: await makeUser(prisma, "GEDRAGSWETENSCHAPPER"),
    tl: await makeUser(prisma, "TEAMLEIDER"),
    beheerder: await makeUser(prisma, "BEHEERDER"),
  };
}

export type Persoon = {
  bsn?: string | null;
  achternaam?: string;
  voornamen?: string;
  geboortedatum?: string;
  rol?: "PLEGER" | "SLACHTOFFER" | "KIND" | "ANDERS";
};
export type BeoordelingOpts = {
  datum: string;
  inhoud?: string;
  besluitMetId: number;
  vastgesteldDoorId?: number | null;
};

/** A casus with betrokkenen and one melding about all of them; optionally a beoordeling (final unless said). */
export async function makeCasus(
  prisma: PrismaClient,
  createdById: number,
  opts: {
    datum: string;
    personen?: Persoon[];
    casemanagerId?: number | null;
    einddatum?: string;
    hermelding?: boolean;
    anoniem?: boolean;
    melderNaam?: string;
    behandelaarId?: number | null;
    acuut?: boolean;
    beoordeling?: BeoordelingOpts | null;
  },
) {
  const personen = opts.personen ?? [
    { bsn: "111222333", achternaam: "Jansen", voornamen: "Eva", geboortedatum: "20150300", rol: "KIND" },
  ];
  const casus = await prisma.casus.create({
    data: {
      begindatum: d(opts.datum),
      einddatum: opts.einddatum ? d(opts.einddatum) : null,
      gemeentecode: "0599",
      hermelding: opts.hermelding ?? false,
      casemanagerId: opts.casemanagerId ?? null,
      laatstePersoonsvolgnummer: personen.length,
    },
  });
  const betrokkenen = [];
  for (const [i, p] of personen.entries()) {
    betrokkenen.push(
      await prisma.betrokkene.create({
        data: {
          casusId: casus.id,
          persoonsvolgnummer: i + 1,
          bsn: p.bsn === undefined ? "111222333" : p.bsn,
          geboortedatum: p.geboortedatum ?? "19800101",
          geslacht: "2",
          rol: p.rol ?? "SLACHTOFFER",
          achternaam: p.achternaam ?? "Jansen",
          voornamen: p.voornamen ?? "Eva",
          postcode: "3011AB",
          huisnummer: "1",
        },
      }),
    );
  }
  const melding = await addMelding(
    prisma,
    casus.id,
    betrokkenen.map((b) => b.id),
    createdById,
    opts.datum,
    opts,
  );
  const beoordeling = opts.beoordeling
    ? await addBeoordeling(prisma, melding.id, casus.id, createdById, opts.beoordeling)
    : null;
  return { casus, betrokkenen, betrokkene: betrokkenen[0], melding, beoordeling };
}

export async function addMelding(
  prisma: PrismaClient,
  casusId: number,
  betrokkeneIds: number[],
  createdById: number,
  datum: string,
  opts: { anoniem?: boolean; melderNaam?: string; behandelaarId?: number | null; acuut?: boolean } = {},
) {
  return prisma.melding.create({
    data: {
      casusId,
      datumMelding: d(datum),
      functieRol: "21",
      organisatie: "04",
      anoniem: opts.anoniem ?? false,
      melderNaam: opts.melderNaam ?? "Dokter Melder",
      melderContact: "010-1111111",
      aard: ["01"],
      aanvullendeInformatie: [],
      duur: "99",
      behandelaarId: opts.behandelaarId ?? null,
      acuut: opts.acuut ?? false,
      acuutReden: opts.acuut ? "Acute onveiligheid gemeld" : null,
      createdById,
      betrokkenen: { create: betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
    },
  });
}

export async function addBeoordeling(
  prisma: PrismaClient,
  meldingId: number,
  casusId: number,
  createdById: number,
  b: BeoordelingOpts,
) {
  const vastgesteldDoorId = b.vastgesteldDoorId === undefined ? b.besluitMetId : b.vastgesteldDoorId;
  return prisma.veiligheidsbeoordeling.create({
    data: {
      meldingId,
      casusId,
      datum: d(b.datum),
      inhoud: b.inhoud ?? "01",
      taxatie: "02",
      besluitMetId: b.besluitMetId,
      createdById,
      vastgesteldDoorId,
      vastgesteldOp: vastgesteldDoorId ? new Date(`${b.datum}T15:00:00Z`) : null,
    },
  });
}

// Elfproef-valid BSNs for distinct betrokkenen across the team's casussen.
const BSNS = [
  "111222333",
  "123456782",
  "432319487",
  "757491182",
  "625276012",
  "908301662",
  "131860914",
  "390996038",
  "518190936",
  "786579754",
];
let bsnSeq = 0;

/** The achterdeur's start: one betrokkene, assigned to team.cm, a final beoordeling "01" two days after the melding. */
export async function makeTeamCasus(
  prisma: PrismaClient,
  team: Team,
  opts: {
    datum?: string;
    beoordeling?: { inhoud: string; datum?: string; definitief?: boolean } | null;
    casemanager?: Actor | null;
  } = {},
) {
  const b = opts.beoordeling === undefined ? { inhoud: "01" } : opts.beoordeling;
  const cm = opts.casemanager === undefined ? team.cm : opts.casemanager;
  return makeCasus(prisma, team.triage.id, {
    datum: opts.datum ?? "2026-09-01",
    casemanagerId: cm?.id ?? null,
    personen: [{ bsn: BSNS[bsnSeq++ % BSNS.length], geboortedatum: "20150300", rol: "KIND" }],
    beoordeling: b && {
      datum: b.datum ?? "2026-09-03",
      inhoud: b.inhoud,
      besluitMetId: team.gw.id,
      vastgesteldDoorId: b.definitief === false ? null : team.gw.id,
    },
  });
}

/** Adds a betrokkene to a casus (for overdracht tests with several people). */
export async function addBetrokkene(prisma: PrismaClient, casusId: number, voornamen: string) {
  const c = await prisma.casus.update({
    where: { id: casusId },
    data: { laatstePersoonsvolgnummer: { increment: 1 } },
  });
  return prisma.betrokkene.create({
    data: {
      casusId,
      persoonsvolgnummer: c.laatstePersoonsvolgnummer,
      voornamen,
      achternaam: "Test",
      geboortedatum: "20100101",
      postcode: "3011AB",
      huisnummer: "1",
      geslacht: "9",
      rol: "KIND",
    },
  });
}

/** A dienst created directly in the database in the given state (bypassing the steps, to set up a test). */
export async function addDienst(
  prisma: PrismaClient,
  c: { casus: { id: number }; beoordeling: { id: number } | null },
  opts: {
    soort?: "V" | "O";
    status?: "LOPEND" | "AFSLUITING_VOORGESTELD" | "AFGESLOTEN";
    startdatum?: string;
    einddatum?: string;
    uitvoerderId?: number;
    voorgesteldDoorId?: number;
    bevestigdDoorId?: number;
  } = {},
) {
  const status = opts.status ?? (opts.einddatum ? "AFGESLOTEN" : "LOPEND");
  const soort = opts.soort ?? "O";
  const closed = status !== "LOPEND";
  const einddatum = closed ? (opts.einddatum ?? "2026-10-30") : null;
  return prisma.dienst.create({
    data: {
      casusId: c.casus.id,
      beoordelingId: c.beoordeling!.id,
      soort,
      status,
      startdatum: d(opts.startdatum ?? "2026-09-07"),
      einddatum: einddatum ? d(einddatum) : null,
      aardConclusie: closed ? ["01"] : [],
      duur: closed ? "03" : "99",
      uitkomstOnderzoek: closed && soort === "O" ? "10000" : "00000",
      uitvoerderId: opts.uitvoerderId ?? null,
      afsluitingVoorgesteldDoorId: closed ? (opts.voorgesteldDoorId ?? null) : null,
      afsluitingBevestigdDoorId: status === "AFGESLOTEN" ? (opts.bevestigdDoorId ?? null) : null,
      afsluitingBevestigdOp: status === "AFGESLOTEN" ? new Date(`${einddatum}T12:00:00Z`) : null,
    },
  });
}

/** The same as addDienst, carried out by the team (team.cm runs and proposes, team.gw confirms). */
export function addTeamDienst(
  prisma: PrismaClient,
  team: Team,
  c: Parameters<typeof addDienst>[1],
  opts: Parameters<typeof addDienst>[2] = {},
) {
  return addDienst(prisma, c, {
    uitvoerderId: team.cm.id,
    voorgesteldDoorId: team.cm.id,
    bevestigdDoorId: team.gw.id,
    ...opts,
  });
}

export async function seedGemeenten(prisma: PrismaClient) {
  await prisma.gemeente.createMany({
    data: [2025, 2026].flatMap((jaar) => [
      { jaar, code: "0599", naam: "Rotterdam", vtRegioCode: "VT18", vtRegioNaam: "Rotterdam-Rijnmond" },
      { jaar, code: "0606", naam: "Schiedam", vtRegioCode: "VT18", vtRegioNaam: "Rotterdam-Rijnmond" },
    ]),
  });
}

/** Rows per table (audit events: successful ones), to prove that a refused step stored nothing. */
export async function countRows(prisma: PrismaClient) {
  const [
    casus,
    melding,
    betrokkene,
    advies,
    contact,
    beoordeling,
    dienst,
    overdracht,
    overdrachtBetrokkene,
    monitoring,
    audit,
  ] = await Promise.all([
    prisma.casus.count(),
    prisma.melding.count(),
    prisma.betrokkene.count(),
    prisma.advies.count(),
    prisma.adviesContact.count(),
    prisma.veiligheidsbeoordeling.count(),
    prisma.dienst.count(),
    prisma.overdracht.count(),
    prisma.overdrachtBetrokkene.count(),
    prisma.monitoringsmoment.count(),
    prisma.auditEvent.count({ where: { outcome: "SUCCESS" } }),
  ]);
  return {
    casus,
    melding,
    betrokkene,
    advies,
    contact,
    beoordeling,
    dienst,
    overdracht,
    overdrachtBetrokkene,
    monitoring,
    audit,
  };
}
