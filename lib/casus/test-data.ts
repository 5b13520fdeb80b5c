// Hand-made casussen for the integration tests of this folder and of lib/zoeken, lib/team, lib/termijnen.
import type { PrismaClient } from "@/generated/prisma/client";

export const d = (s: string) => new Date(`${s}T00:00:00Z`);

type Persoon = { bsn?: string | null; achternaam?: string; voornamen?: string; geboortedatum?: string; rol?: "PLEGER" | "SLACHTOFFER" | "KIND" | "ANDERS" };

/** A casus with betrokkenen and one melding about all of them; optionally a beoordeling (final or not). */
export async function makeCasus(prisma: PrismaClient, createdById: number, opts: {
  datum: string; personen?: Persoon[]; casemanagerId?: number | null; einddatum?: string; hermelding?: boolean;
  anoniem?: boolean; melderNaam?: string; behandelaarId?: number | null;
  beoordeling?: { datum: string; inhoud?: string; besluitMetId: number; vastgesteldDoorId?: number | null };
}) {
  const personen = opts.personen ?? [{ bsn: "111222333", achternaam: "Jansen", voornamen: "Eva", geboortedatum: "20150300", rol: "KIND" }];
  const casus = await prisma.casus.create({ data: {
    begindatum: d(opts.datum), einddatum: opts.einddatum ? d(opts.einddatum) : null, gemeentecode: "0599", hermelding: opts.hermelding ?? false,
    casemanagerId: opts.casemanagerId ?? null, laatstePersoonsvolgnummer: personen.length,
  } });
  const betrokkenen = [];
  for (const [i, p] of personen.entries()) {
    betrokkenen.push(await prisma.betrokkene.create({ data: {
      casusId: casus.id, persoonsvolgnummer: i + 1, bsn: p.bsn === undefined ? "111222333" : p.bsn, geboortedatum: p.geboortedatum ?? "19800101",
      geslacht: "2", rol: p.rol ?? "SLACHTOFFER", achternaam: p.achternaam ?? "Jansen", voornamen: p.voornamen ?? "Eva",
      postcode: "3011AB", huisnummer: "1",
    } }));
  }
  const melding = await addMelding(prisma, casus.id, betrokkenen.map((b) => b.id), createdById, opts.datum, opts);
  const beoordeling = opts.beoordeling ? await addBeoordeling(prisma, melding.id, casus.id, createdById, opts.beoordeling) : null;
  return { casus, betrokkenen, melding, beoordeling };
}

export async function addMelding(prisma: PrismaClient, casusId: number, betrokkeneIds: number[], createdById: number, datum: string,
  opts: { anoniem?: boolean; melderNaam?: string; behandelaarId?: number | null } = {}) {
  return prisma.melding.create({ data: {
    casusId, datumMelding: d(datum), functieRol: "21", organisatie: "04", anoniem: opts.anoniem ?? false,
    melderNaam: opts.melderNaam ?? "Dokter Melder", melderContact: "010-1111111", aard: ["01"], aanvullendeInformatie: [], duur: "99",
    behandelaarId: opts.behandelaarId ?? null, createdById,
    betrokkenen: { create: betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
  } });
}

export async function addBeoordeling(prisma: PrismaClient, meldingId: number, casusId: number, createdById: number,
  b: { datum: string; inhoud?: string; besluitMetId: number; vastgesteldDoorId?: number | null }) {
  const vastgesteldDoorId = b.vastgesteldDoorId === undefined ? b.besluitMetId : b.vastgesteldDoorId;
  return prisma.veiligheidsbeoordeling.create({ data: {
    meldingId, casusId, datum: d(b.datum), inhoud: b.inhoud ?? "01", taxatie: "02", besluitMetId: b.besluitMetId, createdById,
    vastgesteldDoorId, vastgesteldOp: vastgesteldDoorId ? new Date(`${b.datum}T15:00:00Z`) : null,
  } });
}

/** An Onderzoek after the beoordeling; closed (confirmed by `bevestigdDoorId`) when einddatum is given. */
export async function addOnderzoek(prisma: PrismaClient, casusId: number, beoordelingId: number, startdatum: string,
  opts: { einddatum?: string; voorgesteldDoorId?: number; bevestigdDoorId?: number; soort?: "O" | "V" } = {}) {
  const closed = !!opts.einddatum;
  return prisma.dienst.create({ data: {
    casusId, beoordelingId, soort: opts.soort ?? "O", startdatum: d(startdatum), status: closed ? "AFGESLOTEN" : "LOPEND",
    einddatum: closed ? d(opts.einddatum!) : null, aardConclusie: closed ? ["01"] : [], uitkomstOnderzoek: closed && (opts.soort ?? "O") === "O" ? "10000" : "00000",
    afsluitingVoorgesteldDoorId: closed ? opts.voorgesteldDoorId : null, afsluitingBevestigdDoorId: closed ? opts.bevestigdDoorId : null,
    afsluitingBevestigdOp: closed ? new Date(`${opts.einddatum}T12:00:00Z`) : null,
  } });
}
