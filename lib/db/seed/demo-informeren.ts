// In the demo organisation the casemanagers have informed the betrokkenen of their casussen (a week after the
// melding, never after today), so Mijn casussen shows the deadlines of the work itself; the meldingen still in
// the voordeur keep their informing open for triage (werkvoorraad, Termijnen).
import type { PrismaClient } from "@/generated/prisma/client";
import { todayInAmsterdam } from "@/lib/domain/dates";

export async function seedDemoInformeren(prisma: PrismaClient, door: number) {
  await prisma.$executeRaw`
    UPDATE melding_betrokkene mb
    SET "geinformeerdOp" = LEAST(m."datumMelding" + 7, ${todayInAmsterdam()}::date),
        "informeerWijze" = 'gesprek',
        "informeerDoorId" = ${door},
        "informeerVastgelegdOp" = now()
    FROM melding m JOIN casus c ON c.id = m."casusId"
    WHERE m.id = mb."meldingId" AND c."casemanagerId" IS NOT NULL`;
}
