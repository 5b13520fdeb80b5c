// The access log in an afschrift: who opened or changed the person's dossiers, one line per day, employee, action
// and part (NEN 7513 gives the person the right to know; a line per event would run to thousands of pages). Only
// events about the whole dossier or about this person, never those about another betrokkene alone.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AuditAction, Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ACTIE_LABELS, onderdeelLabel } from "@/lib/privacy/labels";
import { formatDatumNl } from "@/lib/domain/dates";

export type ToegangRij = {
  dag: string;
  medewerker: string;
  actie: string;
  onderdeel: string;
  casusnummer: string;
  aantal: number;
  noodtoegang: boolean;
};

/** At most this many lines; the afschrift says when there were more (the full log is the privacy officer's view). */
export const TOEGANG_MAX = 5000;

export async function toegangVanPersoon(tx: Tx, casusIds: number[], betrokkeneIds: number[]): Promise<ToegangRij[]> {
  if (casusIds.length === 0) return [];
  const rows = await tx.$queryRaw<
    {
      dag: Date;
      displayName: string | null;
      role: Role | null;
      action: AuditAction;
      entityType: string;
      nummer: string;
      aantal: bigint;
      nood: boolean;
    }[]
  >`
    SELECT (e.at AT TIME ZONE 'Europe/Amsterdam')::date AS dag, u."displayName", e.role, e.action, e."entityType",
           c.nummer, count(*) AS aantal, bool_or(e."noodtoegangId" IS NOT NULL) AS nood
    FROM audit_event e
    JOIN casus c ON c.id = e."casusId"
    LEFT JOIN app_user u ON u.id = e."userId"
    WHERE e."casusId" IN (${Prisma.join(casusIds)})
      AND e.outcome = 'SUCCESS'
      AND (e."betrokkeneIds" = '{}' OR e."betrokkeneIds" && ${betrokkeneIds}::int[])
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 6, 4, 5
    LIMIT ${TOEGANG_MAX}`;
  return rows.map((r) => ({
    dag: formatDatumNl(r.dag),
    medewerker: [r.displayName ?? "onbekend", r.role ? `(${ROLE_LABELS[r.role].toLowerCase()})` : ""]
      .filter(Boolean)
      .join(" "),
    actie: ACTIE_LABELS[r.action],
    onderdeel: onderdeelLabel(r.entityType),
    casusnummer: r.nummer,
    aantal: Number(r.aantal),
    noodtoegang: r.nood,
  }));
}
