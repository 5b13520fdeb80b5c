// Test data factories: each integration test makes its own data through these.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/audit";

let n = 0;
const d = (s: string) => new Date(`${s}T00:00:00Z`);

export async function makeUser(prisma: PrismaClient, role: Role, username = `${role.toLowerCase()}${++n}`): Promise<Actor & { displayName: string }> {
  const u = await prisma.user.create({ data: { username, displayName: `Test ${username}`, role, passwordHash: "x" } });
  return { id: u.id, username: u.username, role: u.role, clientAddress: "127.0.0.1", displayName: u.displayName };
}

export async function makeCasusWithMelding(prisma: PrismaClient, createdById: number, opts: { datum?: string; bsn?: string } = {}) {
  const datum = opts.datum ?? "2025-09-01";
  const casus = await prisma.casus.create({ data: { begindatum: d(datum), gemeentecode: "0599", laatstePersoonsvolgnummer: 1 } });
  const betrokkene = await prisma.betrokkene.create({ data: {
    casusId: casus.id, persoonsvolgnummer: 1, bsn: opts.bsn ?? "111222333", geboortedatum: "20150300", geslacht: "2", rol: "KIND",
  } });
  const melding = await prisma.melding.create({ data: {
    casusId: casus.id, datumMelding: d(datum), functieRol: "33", organisatie: "15", aard: ["01"], aanvullendeInformatie: [], duur: "99",
    createdById, betrokkenen: { create: [{ betrokkeneId: betrokkene.id }] },
  } });
  return { casus, betrokkene, melding };
}
