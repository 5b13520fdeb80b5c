// The report as the teamleider reads it (page, downloads, Gemeentebrief): authorized by the permission map and
// audited as a read (EXPORT for a download), with the period and gemeente in the event; it holds no personal data.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { gemeenteKeuzes, maakRapport, type Onderdelen, type Rapport } from "./rapport";
import type { PeriodeKeuze } from "./periode";

export async function leesRapport(
  user: Actor,
  p: PeriodeKeuze,
  gemeente: string | null,
  opts: { export?: string } & Onderdelen = {},
): Promise<Rapport> {
  return auditedRead(
    user,
    { permission: "rapportage:read" },
    (tx) => maakRapport(tx, p, gemeente, opts),
    () => ({
      action: opts.export ? "EXPORT" : "READ",
      entityType: "rapportage",
      entityId: p.code,
      detail: `report ${p.code}${gemeente ? ` gemeente ${gemeente}` : ""}${opts.export ? ` as ${opts.export}` : ""}`,
    }),
  );
}

export async function leesGemeenteKeuzes(user: Actor) {
  return auditedRead(
    user,
    { permission: "rapportage:read" },
    (tx) => gemeenteKeuzes(tx),
    () => ({ entityType: "gemeentelijst", detail: "report choices" }),
  );
}
