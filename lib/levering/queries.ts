// Reads of the delivery log through the audited-read door.
import "server-only";
import fs from "node:fs";
import { prisma, type Tx } from "@/lib/db/client";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import type { Actor } from "@/lib/auth/audit";
import { NotFound } from "@/lib/auth/errors";
import { leveringPath, rapportPath } from "@/lib/levering/delivery-log";
import { diffDeliveryFiles, type DiffResult } from "@/lib/export/read/diff";
import type { Violation } from "@/lib/export/checks/violation";
import type { RecordStats } from "@/lib/export/reports/mirror-report";
import { jobOf } from "./jobs";

export async function listLeveringen(user: Actor) {
  const { rows, gewijzigd } = await auditedRead(
    user,
    { permission: "levering:view" },
    async (tx) => ({
      rows: await tx.levering.findMany({ orderBy: [{ jaar: "desc" }, { halfjaar: "desc" }, { volgnummer: "desc" }] }),
      gewijzigd: await gewijzigdNaDefinitief(tx),
    }),
    (r) => ({ entityType: "levering", detail: `list ${r.rows.length}` }),
  );
  return { rows: rows.map((r) => ({ ...r, bezig: !jobOf(r).done })), gewijzigd };
}

/**
 * Per period with a final delivery: how many records of its casussen were corrected after the latest final
 * delivery of that period (a correctie-levering is then due).
 */
async function gewijzigdNaDefinitief(tx: Tx) {
  const rows = await tx.$queryRaw<{ jaar: number; halfjaar: number; bestandsnaam: string; aantal: number }[]>`
    WITH laatste AS (
      SELECT DISTINCT ON (jaar, halfjaar) jaar, halfjaar, bestandsnaam, "definitiefOp",
        make_date(jaar, CASE WHEN halfjaar = 1 THEN 1 ELSE 7 END, 1) AS start,
        make_date(jaar, CASE WHEN halfjaar = 1 THEN 6 ELSE 12 END, CASE WHEN halfjaar = 1 THEN 30 ELSE 31 END) AS eind
      FROM levering WHERE status = 'DEFINITIEF' ORDER BY jaar, halfjaar, "definitiefOp" DESC)
    SELECT l.jaar, l.halfjaar, l.bestandsnaam, count(DISTINCT (k."entityType", k."entityId"))::int AS aantal
    FROM laatste l
      JOIN correctie k ON k.at > l."definitiefOp"
      JOIN casus c ON c.id = k."casusId" AND c.begindatum <= l.eind AND (c.einddatum IS NULL OR c.einddatum >= l.start)
    GROUP BY l.jaar, l.halfjaar, l.bestandsnaam
    ORDER BY l.jaar DESC, l.halfjaar DESC`;
  return rows;
}

export type Rapport = { violations: Violation[]; mirror: RecordStats[] };

/** One delivery with who made it and made it final, its reports, the previous final one and the build's progress. */
export async function getLevering(user: Actor, id: number) {
  const l = await auditedRead(
    user,
    { permission: "levering:view", resource: { type: "levering", id } },
    async (tx) => {
      const row = await tx.levering.findUnique({
        where: { id },
        include: {
          aangemaaktDoor: { select: { displayName: true } },
          definitiefDoor: { select: { displayName: true } },
        },
      });
      if (!row) return null;
      const vorige = await tx.levering.findFirst({
        where: { jaar: row.jaar, halfjaar: row.halfjaar, status: "DEFINITIEF", volgnummer: { lt: row.volgnummer } },
        orderBy: { volgnummer: "desc" },
      });
      return { row, vorige };
    },
    (r) => (r ? { entityType: "levering", entityId: r.row.bestandsnaam } : notFoundEvent("levering", id)),
  );
  if (!l) throw new NotFound();
  const { row, vorige } = l;
  let rapport: Rapport | null = null;
  if (row.sha256)
    rapport = JSON.parse(await fs.promises.readFile(rapportPath(row.bestandsnaam), "utf8").catch(() => "null"));
  const verschil =
    row.soort === "C" && vorige && row.sha256 ? await diffWith(row.bestandsnaam, vorige.bestandsnaam) : null;
  return {
    levering: row,
    aangemaaktDoor: row.aangemaaktDoor?.displayName ?? "opdrachtregel",
    definitiefDoor: row.definitiefDoor?.displayName ?? null,
    rapport,
    vorige,
    verschil,
    job: jobOf(row),
  };
}

/** Difference with the previous final delivery of the same period (for a correction). */
async function diffWith(bestandsnaam: string, vorigeBestandsnaam: string): Promise<DiffResult | null> {
  if (!fs.existsSync(leveringPath(bestandsnaam)) || !fs.existsSync(leveringPath(vorigeBestandsnaam))) return null;
  return diffDeliveryFiles(leveringPath(vorigeBestandsnaam), leveringPath(bestandsnaam));
}

/** Audits the download as an export, before a byte leaves the server. */
export async function openLeveringDownload(user: Actor, id: number) {
  const l = await auditedRead(
    user,
    { permission: "levering:download", resource: { type: "levering", id } },
    async (tx) => {
      const row = await tx.levering.findUnique({ where: { id } });
      return row?.sha256 && fs.existsSync(leveringPath(row.bestandsnaam)) ? row : null;
    },
    (row) =>
      row
        ? { action: "EXPORT", entityType: "levering", entityId: row.bestandsnaam, detail: "download" }
        : notFoundEvent("levering", id),
  );
  if (!l) throw new NotFound();
  return { path: leveringPath(l.bestandsnaam), bestandsnaam: l.bestandsnaam, sha256: l.sha256! };
}

/** The build's progress, polled by the page every second: counts only, no case data, so not audited per poll. */
export async function getVoortgang(id: number) {
  const row = await prisma.levering.findUnique({
    where: { id },
    select: { sha256: true, voortgang: true, voortgangOp: true, bouwFout: true },
  });
  return row ? jobOf(row) : { records: 0, done: true, error: null };
}
