// Final deliveries to CBS keep their file (and its reports) only for the organisation's term after the end of their
// half year (organisatie.leveringBewaarJaren); then the files are removed and the removal recorded, in the daily job.
// The delivery's row stays: period, volgnummer, SHA-256, counts and kerncijfers hold no personal data.
import "server-only";
import fs from "node:fs/promises";
import type { Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/auth/audit";
import { leveringPath, rapportPath } from "@/lib/levering/delivery-log";
import { termijnen } from "./lijst";

export async function ruimLeveringenOp(tx: Tx, vandaag: Date): Promise<string[]> {
  const { leveringJaren } = await termijnen(tx);
  const oud = await tx.$queryRaw<{ id: number; bestandsnaam: string }[]>`
    SELECT l.id, l.bestandsnaam FROM levering l
    WHERE l.status = 'DEFINITIEF'
      AND NOT EXISTS (SELECT 1 FROM levering_opruiming r WHERE r."leveringId" = l.id)
      AND make_date(l.jaar, l.halfjaar * 6, 1) + interval '1 month' + make_interval(years => ${leveringJaren}::int)
          <= ${vandaag}::date
    ORDER BY l.id`;
  for (const l of oud) {
    await tx.leveringOpruiming.create({ data: { leveringId: l.id } });
    await writeAudit(tx, {
      actor: null,
      action: "DELETE",
      entityType: "levering",
      entityId: l.id,
      detail: `delivery file ${l.bestandsnaam} removed after its term`,
    });
  }
  // The files go once the rows are recorded; a file already gone is fine.
  for (const l of oud)
    for (const p of [leveringPath(l.bestandsnaam), rapportPath(l.bestandsnaam)]) await fs.rm(p, { force: true });
  return oud.map((l) => l.bestandsnaam);
}
