// Who may read an afgeschermd dossier, and who could be added: for the teamleider's afscherming page (staff names,
// no case content). The teamleider manages the list also of a dossier they are not (yet) on, so the casus is found
// by its number, not through their scope (as the command does); the read is audited like any read of a dossier's
// data. One statement: the casus, its list and the candidates.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { vastPlan } from "@/lib/db/vast-plan";
import { AFSCHERMING_ROLLEN } from "./rollen";

type Rij = {
  id: number;
  nummer: string;
  afgeschermd: boolean;
  gekozen: string[];
  kandidaten: { username: string; displayName: string; role: Role }[];
};

export async function getAfschermingForm(user: Actor, casusnummer: string) {
  const r = await auditedRead(
    user,
    { permission: "afscherming:manage", resource: { type: "casus", id: casusnummer } },
    async (tx) => {
      const [rij] = await tx.$queryRaw<Rij[]>(
        vastPlan(Prisma.sql`
        SELECT c.id, c.nummer, c.afgeschermd,
          (SELECT coalesce(json_agg(u.username ORDER BY u.username), '[]') FROM casus_toegang t
            JOIN app_user u ON u.id = t."userId" WHERE t."casusId" = c.id) AS gekozen,
          (SELECT coalesce(json_agg(json_build_object('username', u.username, 'displayName', u."displayName",
              'role', u.role) ORDER BY u."displayName", u.id), '[]')
            FROM app_user u WHERE u.active AND u.role::text = ANY(${AFSCHERMING_ROLLEN}::text[])) AS kandidaten
        FROM casus c WHERE c.nummer = ${casusnummer} AND c."vernietigdOp" IS NULL`),
      );
      return rij ?? null;
    },
    (r) =>
      r
        ? { entityType: "casus_toegang", entityId: r.id, casusId: r.id, detail: `afscherming: ${r.gekozen.length}` }
        : notFoundEvent("casus_toegang", casusnummer),
  );
  return r
    ? {
        nummer: r.nummer,
        afgeschermd: r.afgeschermd,
        gekozen: r.gekozen,
        kandidaten: r.kandidaten.map((k) => ({
          username: k.username,
          label: `${k.displayName} (${ROLE_LABELS[k.role]})`,
        })),
      }
    : null;
}
