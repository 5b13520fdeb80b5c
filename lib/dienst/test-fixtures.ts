// Test data for the achterdeur integration tests: a casus assigned to a case manager, with a melding and
// (optionally final) veiligheidsbeoordeling, and shortcuts to put a dienst in a given state.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { makeCasusWithMelding, makeUser } from "@/lib/testing/factories";

export const d = (s: string) => new Date(`${s}T00:00:00Z`);

let bsnSeq = 0;
// Elfproef-valid BSNs for distinct betrokkenen across casussen (the index is not unique, but names help reading).
const BSNS = ["111222333", "123456782", "432319487", "757491182", "625276012", "908301662", "131860914", "390996038", "518190936", "786579754"];

type TestUser = Actor & { displayName: string };
export type Team = { triage: TestUser; cm: TestUser; cm2: TestUser; gw: TestUser; tl: TestUser; beheerder: TestUser };

export async function makeTeam(prisma: PrismaClient): Promise<Team> {
  return {
    triage: await makeUser(prisma, "TRIAGE"), cm: await makeUser(prisma, "CASEMANAGER"), cm2: await makeUser(prisma, "CASEMANAGER"),
    gw: await makeUser(prisma, "GEDRAGSWETENSCHAPPER"), tl: await makeUser(prisma, "TEAMLEIDER"), beheerder: await makeUser(prisma, "BEHEERDER"),
  };
}

type CasusOpts = { datum?: string; beoordeling?: { inhoud: string; datum?: string; definitief?: boolean } | null; casemanager?: Actor | null };

/** A casus with one melding (one betrokkene) and by default a final beoordeling "01" two days later. */
export async function makeCasus(prisma: PrismaClient, team: Team, opts: CasusOpts = {}) {
  const datum = opts.datum ?? "2026-09-01";
  const { casus, betrokkene, melding } = await makeCasusWithMelding(prisma, team.triage.id, { datum, bsn: BSNS[bsnSeq++ % BSNS.length] });
  const cm = opts.casemanager === undefined ? team.cm : opts.casemanager;
  if (cm) await prisma.casus.update({ where: { id: casus.id }, data: { casemanagerId: cm.id } });
  const b = opts.beoordeling === undefined ? { inhoud: "01" } : opts.beoordeling;
  const beoordeling = b ? await prisma.veiligheidsbeoordeling.create({ data: {
    meldingId: melding.id, casusId: casus.id, datum: d(b.datum ?? "2026-09-03"), inhoud: b.inhoud, taxatie: "02",
    besluitMetId: team.gw.id, createdById: team.triage.id,
    vastgesteldDoorId: b.definitief === false ? null : team.gw.id, vastgesteldOp: b.definitief === false ? null : new Date(),
  } }) : null;
  const fresh = await prisma.casus.findUniqueOrThrow({ where: { id: casus.id } });
  return { casus: fresh, betrokkene, melding, beoordeling };
}

/** Adds a betrokkene to a casus (for overdracht tests with several people). */
export async function addBetrokkene(prisma: PrismaClient, casusId: number, voornamen: string) {
  const c = await prisma.casus.update({ where: { id: casusId }, data: { laatstePersoonsvolgnummer: { increment: 1 } } });
  return prisma.betrokkene.create({ data: {
    casusId, persoonsvolgnummer: c.laatstePersoonsvolgnummer, voornamen, achternaam: "Test", geboortedatum: "20100101",
    postcode: "3011AB", huisnummer: "1", geslacht: "9", rol: "KIND",
  } });
}

/** A dienst created directly in the database, in the given state (bypassing the steps, for setting up tests). */
export async function makeDienst(prisma: PrismaClient, team: Team, c: { casus: { id: number }; beoordeling: { id: number } | null },
  opts: { soort?: "V" | "O"; status?: "LOPEND" | "AFSLUITING_VOORGESTELD" | "AFGESLOTEN"; startdatum?: string; einddatum?: string } = {}) {
  const status = opts.status ?? "LOPEND";
  const closed = status !== "LOPEND";
  return prisma.dienst.create({ data: {
    casusId: c.casus.id, beoordelingId: c.beoordeling!.id, soort: opts.soort ?? "O", status, startdatum: d(opts.startdatum ?? "2026-09-07"),
    einddatum: closed ? d(opts.einddatum ?? "2026-10-30") : null, aardConclusie: closed ? ["01"] : [], duur: closed ? "03" : "99",
    uitkomstOnderzoek: closed && (opts.soort ?? "O") === "O" ? "10000" : "00000", uitvoerderId: team.cm.id,
    afsluitingVoorgesteldDoorId: closed ? team.cm.id : null,
    afsluitingBevestigdDoorId: status === "AFGESLOTEN" ? team.gw.id : null, afsluitingBevestigdOp: status === "AFGESLOTEN" ? new Date() : null,
  } });
}

export async function countAll(prisma: PrismaClient) {
  return {
    dienst: await prisma.dienst.count(), overdracht: await prisma.overdracht.count(), overdrachtBetrokkene: await prisma.overdrachtBetrokkene.count(),
    monitoring: await prisma.monitoringsmoment.count(), audit: await prisma.auditEvent.count({ where: { outcome: "SUCCESS" } }),
  };
}
