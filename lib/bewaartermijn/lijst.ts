// The dossiers whose bewaartermijn has passed (closed, not destroyed, destruction day reached), for the privacy
// officer's page, the daily job and `npm run bewaartermijn` alike. The rule is regels.ts's, here in SQL.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { BEWAARTERMIJN_MAX_JAREN } from "./regels";

export type TeVernietigen = {
  id: number;
  nummer: string;
  begindatum: Date;
  einddatum: Date;
  vanaf: Date;
  reden: string | null;
};

/** The organisation's terms (the defaults until the beheerder saves the settings). */
export async function termijnen(tx: Tx) {
  const o = await tx.organisatie.findUnique({
    where: { id: 1 },
    select: { bewaartermijnJaren: true, leveringBewaarJaren: true },
  });
  return { jaren: o?.bewaartermijnJaren ?? BEWAARTERMIJN_MAX_JAREN, leveringJaren: o?.leveringBewaarJaren ?? 5 };
}

export async function teVernietigen(
  tx: Tx,
  vandaag: Date,
  limit = 200,
): Promise<{ rijen: TeVernietigen[]; totaal: number }> {
  const { jaren } = await termijnen(tx);
  const vanaf = Prisma.sql`coalesce(c."vernietigenVanaf", (c.einddatum + make_interval(years => ${jaren}::int))::date + 1)`;
  const due = (vandaag: Date) => Prisma.sql`
    SELECT c.id, c.nummer, c.begindatum, c.einddatum, c."vernietigenReden" AS reden, ${vanaf} AS vanaf
    FROM casus c
    WHERE c."vernietigdOp" IS NULL AND c.einddatum IS NOT NULL AND ${vanaf} <= ${vandaag}::date`;
  const rijen = await tx.$queryRaw<TeVernietigen[]>`${due(vandaag)} ORDER BY vanaf, nummer LIMIT ${limit}`;
  const [{ totaal }] = await tx.$queryRaw<{ totaal: bigint }[]>`SELECT count(*) AS totaal FROM (${due(vandaag)}) t`;
  return { rijen, totaal: Number(totaal) };
}
