// What must exist before the bulk load: the organisation (id 1) for the region, a few synthetic users per role
// (they cannot log in), and the gemeenten of the year.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { loadGemeenten } from "@/lib/db/seed/gemeenten";
import type { GemeenteInfo } from "./gemeenten";
import { VOORNAMEN_M, VOORNAMEN_V } from "./names";
import type { Scale } from "./scales";
import type { SynthUsers } from "./types";

export const SYNTH_PASSWORD_HASH = "synthetic-no-login";

export class SynthRefused extends Error {}

/** Refuses to mix synthetic data with existing casussen unless forced (then it appends). */
export async function assertEmpty(prisma: PrismaClient, force: boolean): Promise<number> {
  const n = await prisma.casus.count();
  if (n > 0 && !force) {
    throw new SynthRefused(
      `De database bevat al ${n} casussen; synthetische data worden alleen toegevoegd met --force (dan komen ze erbij).`,
    );
  }
  return n;
}

export async function ensureOrganisatie(prisma: PrismaClient, scale: Scale) {
  await prisma.organisatie.upsert({
    where: { id: 1 },
    update: { vtRegioCode: scale.vtRegioCode, naam: scale.organisatieNaam },
    create: { id: 1, naam: scale.organisatieNaam, vtRegioCode: scale.vtRegioCode, kvkNummer: "41234567" },
  });
}

const ACHTERNAMEN = [
  "de Jong",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "Dekker",
];

export async function ensureUsers(prisma: PrismaClient, scale: Scale): Promise<SynthUsers & { BEHEERDER: number[] }> {
  const out: Record<Role, number[]> = {
    TRIAGE: [],
    CASEMANAGER: [],
    GEDRAGSWETENSCHAPPER: [],
    TEAMLEIDER: [],
    BEHEERDER: [],
    PRIVACY: [],
    RAPPORTAGE: [],
  };
  let k = 0;
  for (const role of Object.keys(out) as Role[]) {
    for (let i = 1; i <= scale.users[role]; i++, k++) {
      const username = `synth-${role.toLowerCase()}-${i}`;
      const voornaam = (k % 2 === 0 ? VOORNAMEN_V : VOORNAMEN_M)[(k * 7) % 30];
      const row = await prisma.user.upsert({
        where: { username },
        update: {},
        create: {
          username,
          displayName: `${voornaam} ${ACHTERNAMEN[k % ACHTERNAMEN.length]} (synthetisch)`,
          role,
          passwordHash: SYNTH_PASSWORD_HASH,
        },
      });
      out[role].push(row.id);
    }
  }
  return out;
}

/** The gemeenten of the year, loaded from the CSV when the table has none for it. */
export async function ensureGemeenten(prisma: PrismaClient, jaar: number): Promise<GemeenteInfo[]> {
  if ((await prisma.gemeente.count({ where: { jaar } })) === 0) await loadGemeenten(prisma, jaar);
  const rows = await prisma.gemeente.findMany({
    where: { jaar },
    select: { code: true, naam: true, vtRegioCode: true },
    orderBy: { code: "asc" },
  });
  if (rows.length === 0) throw new SynthRefused(`Geen gemeenten voor ${jaar} (de gemeentelijst begint in 2025).`);
  return rows;
}
