// What the casus page shows beside the casus's own records, in one statement: the gemeente's newest name, the
// organisation's monitoring interval, the earlier casussen of its persons (by BSN, inside the user's scope), the
// casus's history from the audit log (for the tijdlijn) and the names of the users it mentions (with the possible
// case managers when the user may assign one). Five Prisma queries before; overview-sql.int.test.ts holds the result
// equal to theirs. Planned once per connection (lib/db/vast-plan.ts): the generic plan finds the earlier casussen
// from the BSN index (the BSNs as bpchar[], the column's type — as text[] the index could not be used and every
// betrokkene was read) and the casus by its key, whatever the values.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/audit";
import { casusScopeSql } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { jsonTijd } from "@/lib/db/json-tijd";
import { vastPlan } from "@/lib/db/vast-plan";
import type { TimelineEvent } from "./timeline";

export type CasusExtras = {
  gemeenteNaam: string | null;
  intervalDagen: number | null;
  eerdere: { id: number; nummer: string; begindatum: Date; einddatum: Date | null }[];
  events: TimelineEvent[];
  users: { id: number; displayName: string; role: Role; active: boolean }[];
};

type Rij = Omit<CasusExtras, "eerdere" | "events"> & {
  eerdere: { id: number; nummer: string; begindatum: string; einddatum: string | null }[];
  events: (Omit<TimelineEvent, "id" | "at"> & { id: string; at: string })[];
};

/** The casus `c` (its id, gemeente, begindatum), the BSNs of its persons, the users its diensten name, and whether the
 * user may assign a case manager (then also every active user of `assignees`' roles). */
export async function readExtras(
  tx: Tx,
  user: Actor,
  c: { id: number; gemeentecode: string | null; begindatum: Date },
  bsns: string[],
  dienstUserIds: number[],
  assignees: Role[] | null,
): Promise<CasusExtras> {
  const [r] = await tx.$queryRaw<Rij[]>(
    vastPlan(Prisma.sql`
    WITH ev AS (SELECT e.id::text AS id, e.at, e."userId", e.username, e.role::text AS role, e.action::text AS action,
        e."entityType", e."entityId", e.detail
      FROM audit_event e
      WHERE e."casusId" = ${c.id} AND e.action IN ('CREATE', 'UPDATE') AND e.outcome = 'SUCCESS'
      ORDER BY e.id LIMIT 500)
    SELECT
      (SELECT g.naam FROM gemeente g WHERE g.code = ${c.gemeentecode} ORDER BY g.jaar DESC LIMIT 1) AS "gemeenteNaam",
      (SELECT o."monitoringIntervalDagen" FROM organisatie o ORDER BY o.id LIMIT 1) AS "intervalDagen",
      (SELECT coalesce(json_agg(x ORDER BY x.begindatum DESC, x.id DESC), '[]') FROM (
        SELECT c.id, c.nummer, c.begindatum, c.einddatum FROM casus c
        WHERE ${casusScopeSql(user)} AND c.id <> ${c.id} AND c.begindatum <= ${c.begindatum}::date
          AND EXISTS (SELECT 1 FROM betrokkene b WHERE b."casusId" = c.id AND b.bsn = ANY(${bsns}::bpchar[]))
        ORDER BY c.begindatum DESC, c.id DESC LIMIT 20) x) AS eerdere,
      (SELECT coalesce(json_agg(ev ORDER BY ev.id::bigint), '[]') FROM ev) AS events,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u."displayName", 'role', u.role,
          'active', u.active) ORDER BY u."displayName", u.id), '[]')
        FROM app_user u
        WHERE u.id = ANY(${dienstUserIds}::int[]) OR u.id IN (SELECT ev."userId" FROM ev)
          OR (${assignees !== null} AND u.role::text = ANY(${assignees ?? []}::text[]) AND u.active)) AS users`),
  );
  return {
    gemeenteNaam: r.gemeenteNaam,
    intervalDagen: r.intervalDagen,
    eerdere: r.eerdere.map((e) => ({ ...e, begindatum: jsonTijd(e.begindatum), einddatum: jsonTijd(e.einddatum) })),
    events: r.events.map((e) => ({ ...e, id: BigInt(e.id), at: jsonTijd(e.at) })),
    users: r.users,
  };
}
