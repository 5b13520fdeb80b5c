// Maintenance of the partitioned audit log (docs/decisions/019), run by the owner of the tables (`npm run
// audit:onderhoud`), never by the application's role vt_app, which may not create, detach or drop a partition.
// It makes the months ahead, and removes whole months older than the retention (at least 5 years, NEN 7513): first
// it records the cut in audit_afkapping — each chain's last removed hash, and for each remaining event whose
// predecessor in its chain is removed that predecessor's hash — so `npm run audit:verify` verifies what remains.
// One transaction: either the months are gone and the cut recorded, or nothing changed.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { writeAudit } from "./audit";

export const AUDIT_BEWAAR_MIN_JAREN = 5;
/** A transaction that starts before a month boundary writes its events with the start time (at most this late). */
const GRENS_MARGE = "1 day";

export type Onderhoud = { tot: string; maanden: string[]; verwijderd: number; vooruit: string[] };

/** The first day (UTC) of the month `jaren` years before `vandaag`'s month: events before it may go. */
export function afkapGrens(vandaag: Date, jaren: number): Date {
  return new Date(Date.UTC(vandaag.getUTCFullYear() - jaren, vandaag.getUTCMonth(), 1));
}

const maandVan = (naam: string) => {
  const m = /^audit_event_p(\d{4})(\d{2})$/.exec(naam);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
};

export async function auditOnderhoud(
  prisma: PrismaClient,
  opts: { vandaag: Date; bewaarJaren: number; vooruit?: number },
): Promise<Onderhoud> {
  if (!Number.isInteger(opts.bewaarJaren) || opts.bewaarJaren < AUDIT_BEWAAR_MIN_JAREN)
    throw new Error(`Het toegangslog wordt ten minste ${AUDIT_BEWAAR_MIN_JAREN} jaar bewaard (NEN 7513).`);
  const tot = afkapGrens(opts.vandaag, opts.bewaarJaren);
  return prisma.$transaction(
    async (tx) => {
      const vooruit = await tx.$queryRaw<{ naam: string }[]>`
        SELECT vt_audit_partitie(m::date) AS naam
        FROM generate_series(date_trunc('month', now() AT TIME ZONE 'UTC'),
                             date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => ${opts.vooruit ?? 12}::int),
                             interval '1 month') m`;
      const partities = await tx.$queryRaw<{ naam: string }[]>`
        SELECT c.relname AS naam FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'audit_event'::regclass ORDER BY c.relname`;
      const weg = partities
        .map((p) => ({ naam: p.naam, maand: maandVan(p.naam) }))
        .filter((p): p is { naam: string; maand: Date } => p.maand !== null && p.maand < tot);
      const base = { tot: tot.toISOString(), maanden: weg.map((p) => p.naam), vooruit: vooruit.map((v) => v.naam) };
      if (weg.length === 0) return { ...base, verwijderd: 0 };
      const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM audit_event_overig WHERE at < ${tot}`;
      if (n > 0n)
        throw new Error(
          `${n} gebeurtenissen van vóór ${tot.toISOString().slice(0, 10)} staan in de standaardpartitie; ` +
            "die gaan niet met een hele maand mee. Verplaats ze eerst naar hun maandpartitie.",
        );
      const { koppen, bruggen, verwijderd } = await afkapping(tx, tot);
      await tx.$executeRaw`INSERT INTO audit_afkapping (tot, verwijderd, koppen, bruggen)
        VALUES (${tot}, ${verwijderd}, ${JSON.stringify(koppen)}::jsonb, ${JSON.stringify(bruggen)}::jsonb)`;
      for (const p of weg) {
        await tx.$executeRawUnsafe(`ALTER TABLE audit_event DETACH PARTITION "${p.naam}"`);
        await tx.$executeRawUnsafe(`DROP TABLE "${p.naam}"`);
      }
      await writeAudit(tx, {
        actor: null,
        action: "DELETE",
        entityType: "audit_event",
        entityId: null,
        detail: `audit log cut before ${tot.toISOString().slice(0, 10)}: ${verwijderd} events in ${weg.length} month(s)`,
      });
      return { ...base, verwijderd };
    },
    { timeout: 600_000 },
  );
}

/** The cut's record: per chain (legacy unkeyed chain: "null") its last removed event, and the bridges. */
async function afkapping(tx: Tx, tot: Date) {
  const laatste = await tx.$queryRaw<{ chain: number | null; id: bigint; hash: string; n: bigint }[]>`
    SELECT w.chain, w.id, e.hash, w.n
    FROM (SELECT chain, max(id) AS id, count(*) AS n FROM audit_event WHERE at < ${tot} GROUP BY chain) w
    JOIN audit_event e ON e.id = w.id AND e.at < ${tot}`;
  const koppen: Record<string, { id: string; hash: string }> = {};
  const bruggen: Record<string, string> = {};
  let verwijderd = 0;
  for (const l of laatste) {
    verwijderd += Number(l.n);
    koppen[String(l.chain)] = { id: String(l.id), hash: l.hash };
    const keten = l.chain === null ? Prisma.sql`chain IS NULL` : Prisma.sql`chain = ${l.chain}::smallint`;
    // The events that stay and may follow a removed one: those just after the boundary with a lower id than the
    // last removed (written by a transaction that started before it), and the first one after it.
    const kandidaten = await tx.$queryRaw<{ id: bigint }[]>`
      (SELECT id FROM audit_event WHERE ${keten} AND at >= ${tot}
         AND at < ${tot}::timestamptz + ${GRENS_MARGE}::interval AND id < ${l.id})
      UNION
      (SELECT id FROM audit_event WHERE ${keten} AND id > ${l.id}
         ORDER BY id LIMIT 1)`;
    for (const k of kandidaten) {
      const [voor] = await tx.$queryRaw<{ at: Date; hash: string }[]>`
        SELECT at, hash FROM audit_event WHERE ${keten} AND id < ${k.id}
        ORDER BY id DESC LIMIT 1`;
      if (voor && voor.at < tot) bruggen[String(k.id)] = voor.hash;
    }
  }
  return { koppen, bruggen, verwijderd };
}
