// The gemeente list of a year (reference data, not case data: no audit). A registration uses the list of the year
// of its date; when that year has no list yet, the latest year present.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import { ValidationFailed } from "@/lib/auth/errors";
import { GEMEENTE_ONBEKEND } from "./schema";

export type GemeenteOption = { code: string; naam: string };
export type GemeenteLijst = { jaar: number; gemeenten: GemeenteOption[] };

async function resolveJaar(db: Pick<Tx, "gemeente">, jaar: number): Promise<number | null> {
  if ((await db.gemeente.count({ where: { jaar } })) > 0) return jaar;
  const latest = await db.gemeente.aggregate({ _max: { jaar: true } });
  return latest._max.jaar ?? null;
}

export async function getGemeenteLijst(jaar: number): Promise<GemeenteLijst> {
  return gemeenteLijstIn(prisma, jaar);
}

export async function gemeenteLijstIn(db: Pick<Tx, "gemeente">, jaar: number): Promise<GemeenteLijst> {
  const j = await resolveJaar(db, jaar);
  if (j === null) return { jaar, gemeenten: [] };
  const rows = await db.gemeente.findMany({
    where: { jaar: j },
    orderBy: { naam: "asc" },
    select: { code: true, naam: true },
  });
  return { jaar: j, gemeenten: rows };
}

/** The code to store (null = onbekend); refuses a code that is not in the list of the year of `datum`. */
export async function checkGemeentecode(
  tx: Tx,
  code: string,
  datum: Date,
  field = "gemeentecode",
): Promise<string | null> {
  if (code === "" || code === GEMEENTE_ONBEKEND) return null;
  const jaar = await resolveJaar(tx, datum.getUTCFullYear());
  const found =
    jaar === null
      ? null
      : await tx.gemeente.findUnique({ where: { jaar_code: { jaar, code } }, select: { code: true } });
  if (!found)
    throw new ValidationFailed({ [field]: `Kies een gemeente uit de lijst van ${jaar ?? datum.getUTCFullYear()}.` });
  return code;
}

export async function getGemeenteNaam(code: string | null, datum: Date): Promise<string | null> {
  if (!code) return null;
  const jaar = await resolveJaar(prisma, datum.getUTCFullYear());
  const g =
    jaar === null
      ? null
      : await prisma.gemeente.findUnique({ where: { jaar_code: { jaar, code } }, select: { naam: true } });
  return g?.naam ?? null;
}
