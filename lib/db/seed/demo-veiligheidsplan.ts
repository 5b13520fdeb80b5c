// The veiligheidsplan of demo casus 4 (Bouali, in monitoring): three voorwaarden agreed when the V&V ended, each
// judged at the two monitoringsmomenten, so the casus page shows the plan, its chart and its table.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Oordeel } from "@/lib/veiligheidsplan/schema";

const VOORWAARDEN = [
  {
    omschrijving: "Vader gebruikt geen geweld en volgt de training agressieregulatie tot het einde.",
    wie: "Vader",
    controle: "Navraag bij de trainer en gesprek met moeder, apart van vader.",
    oordelen: ["NAGEKOMEN", "NAGEKOMEN"],
  },
  {
    omschrijving: "Moeder heeft elke twee weken contact met het wijkteam.",
    wie: "Moeder en wijkteam",
    controle: "Navraag bij het wijkteam.",
    oordelen: ["DEELS", "NAGEKOMEN"],
  },
  {
    omschrijving: "Bij oplopende spanning gaat vader naar zijn broer; de ouders hebben hier een afspraak over.",
    wie: "Ouders",
    controle: "Gesprek met beide ouders.",
    oordelen: ["NAGEKOMEN", "NAGEKOMEN"],
  },
] as const satisfies readonly { omschrijving: string; wie: string; controle: string; oordelen: readonly Oordeel[] }[];

export async function seedDemoVeiligheidsplan(
  prisma: PrismaClient,
  c: { casusId: number; createdById: number; afgesprokenOp: Date; momentIds: number[] },
) {
  for (const [i, v] of VOORWAARDEN.entries()) {
    const voorwaarde = await prisma.veiligheidsvoorwaarde.create({
      data: {
        casusId: c.casusId,
        volgnummer: i + 1,
        omschrijving: v.omschrijving,
        wie: v.wie,
        perDatum: c.afgesprokenOp,
        controle: v.controle,
        afgesprokenOp: c.afgesprokenOp,
        createdById: c.createdById,
      },
    });
    await prisma.voorwaardeScore.createMany({
      data: c.momentIds.map((monitoringsmomentId, j) => ({
        casusId: c.casusId,
        voorwaardeId: voorwaarde.id,
        monitoringsmomentId,
        oordeel: v.oordelen[j] ?? "NAGEKOMEN",
      })),
    });
  }
}
