// Reads of the delivery log through the audited-read door.
import "server-only";
import fs from "node:fs";
import { prisma } from "@/lib/db/client";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import type { Actor } from "@/lib/auth/audit";
import { NotFound } from "@/lib/auth/errors";
import { leveringPath, rapportPath } from "@/lib/levering/delivery-log";
import { diffDeliveryFiles, type DiffResult } from "@/lib/export/read/diff";
import type { Violation } from "@/lib/export/checks/violation";
import type { RecordStats } from "@/lib/export/reports/mirror-report";
import { jobOf } from "./jobs";

export async function listLeveringen(user: Actor) {
  const rows = await auditedRead(
    user,
    { permission: "levering:view" },
    (tx) => tx.levering.findMany({ orderBy: [{ jaar: "desc" }, { halfjaar: "desc" }, { volgnummer: "desc" }] }),
    (rows) => ({ entityType: "levering", detail: `list ${rows.length}` }),
  );
  return rows.map((r) => ({ ...r, bezig: !jobOf(r).done }));
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
