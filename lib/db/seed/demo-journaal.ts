// Two vastgelegde journaalregels of demo casus 4 (Bouali): a talk with Ahmed alone and a talk with Fatima alone, so
// an inzage request of either shows the privacy officer one regel to judge for the afschrift, never the other's.
import type { PrismaClient } from "@/generated/prisma/client";

const REGELS = [
  {
    persoon: 0,
    datumTijd: "2026-04-02T10:00:00Z",
    soort: "gesprek_kantoor",
    verslag:
      "Gesprek met Ahmed over de afspraken: hij volgt de training agressieregulatie en gaat naar zijn broer als het spannend wordt.",
  },
  {
    persoon: 1,
    datumTijd: "2026-04-09T13:30:00Z",
    soort: "telefoongesprek",
    verslag: "Fatima belt: het gaat beter thuis, ze heeft contact met het wijkteam.",
  },
] as const;

export async function seedDemoJournaal(
  prisma: PrismaClient,
  c: { casusId: number; auteurId: number; betrokkeneIds: number[] },
) {
  for (const r of REGELS) {
    const regel = await prisma.journaalRegel.create({
      data: {
        casusId: c.casusId,
        datumTijd: new Date(r.datumTijd),
        soort: r.soort,
        verslag: r.verslag,
        auteurId: c.auteurId,
        betrokkenen: { create: [{ betrokkeneId: c.betrokkeneIds[r.persoon] }] },
      },
    });
    // Vastgelegd once its betrokkenen are linked (a trigger fixes them from then on).
    await prisma.journaalRegel.update({
      where: { id: regel.id },
      data: { vastgelegdOp: new Date(new Date(r.datumTijd).getTime() + 3_600_000) },
    });
  }
}
