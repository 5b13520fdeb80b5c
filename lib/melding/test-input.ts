// Form input as the browser would send it, for the integration tests of advies, melding and beoordeling.
import type { PrismaClient } from "@/generated/prisma/client";
import type { TBetrokkeneInvoer } from "@/lib/betrokkene/schema";
import type { TMeldingInvoer } from "./schema";

export const persoonInvoer = (extra: Partial<TBetrokkeneInvoer> = {}): TBetrokkeneInvoer => ({
  modus: "nieuw", bekendId: "", rol: "KIND", ongeboren: false, bsn: "123456782", geboortedatum: "2015-03-12", geslacht: "1",
  achternaam: "Jansen", tussenvoegsel: "", voornamen: "Piet", straat: "Dorpsstraat", huisnummer: "1", postcode: "3011 AB",
  woonplaats: "Rotterdam", telefoon: "", ...extra,
});

export const bekendInvoer = (bekendId: number, rol: TBetrokkeneInvoer["rol"] = "KIND"): TBetrokkeneInvoer => ({
  ...persoonInvoer({ bsn: "", geboortedatum: "", achternaam: "", voornamen: "", huisnummer: "", postcode: "", geslacht: "" }),
  modus: "bekend", bekendId: String(bekendId), rol,
});

export const meldingInvoer = (extra: Partial<TMeldingInvoer> = {}): TMeldingInvoer => ({
  adviesNummer: "", casusNummer: "", datumMelding: "2026-11-20", functieRol: "33", organisatie: "15", melderOrganisatieNaam: "",
  melderNaam: "Agent P. de Wit", melderContact: "010-1234567", anoniem: "N", aard: ["01"], aanvullendeInformatie: [], duur: "99",
  toelichting: "", gemeentecode: "0599", betrokkenen: [persoonInvoer()], ...extra,
});

export async function seedGemeenten(prisma: PrismaClient) {
  await prisma.gemeente.createMany({ data: [2025, 2026].flatMap((jaar) => [
    { jaar, code: "0599", naam: "Rotterdam", vtRegioCode: "VT18", vtRegioNaam: "Rotterdam-Rijnmond" },
    { jaar, code: "0606", naam: "Schiedam", vtRegioCode: "VT18", vtRegioNaam: "Rotterdam-Rijnmond" },
  ]) });
}

export async function counts(prisma: PrismaClient) {
  const [casus, melding, betrokkene, advies, contact, beoordeling, audit] = await Promise.all([
    prisma.casus.count(), prisma.melding.count(), prisma.betrokkene.count(), prisma.advies.count(), prisma.adviesContact.count(),
    prisma.veiligheidsbeoordeling.count(), prisma.auditEvent.count({ where: { outcome: "SUCCESS" } }),
  ]);
  return { casus, melding, betrokkene, advies, contact, beoordeling, audit };
}
