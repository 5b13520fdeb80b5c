// One person across the dossiers of the organisation: the betrokkene of the request, the betrokkenen with the same
// (real) BSN, and those a worker recorded as the same person (persoon_koppeling, one step either way).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { isRealBsn } from "@/lib/domain/bsn";

export async function zelfdePersoon(tx: Tx, betrokkeneId: number): Promise<{ id: number; casusId: number }[]> {
  const b = await tx.betrokkene.findUniqueOrThrow({ where: { id: betrokkeneId }, select: { id: true, bsn: true } });
  const koppelingen = await tx.persoonKoppeling.findMany({
    where: { OR: [{ aId: b.id }, { bId: b.id }] },
    select: { aId: true, bId: true },
  });
  const ids = new Set([b.id, ...koppelingen.flatMap((k) => [k.aId, k.bId])]);
  return tx.betrokkene.findMany({
    where: { OR: [{ id: { in: [...ids] } }, ...(b.bsn && isRealBsn(b.bsn) ? [{ bsn: b.bsn }] : [])] },
    orderBy: { id: "asc" },
    select: { id: true, casusId: true },
  });
}
