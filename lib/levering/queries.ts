import "server-only";
import fs from "node:fs";
import { prisma } from "@/lib/db/client";
import { writeAudit, type Actor } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/authorize";
import { NotFound } from "@/lib/auth/errors";
import { leveringPath, rapportPath } from "@/lib/export/leveringen";
import { diffDeliveryFiles, type DiffResult } from "@/lib/export/diff";
import type { Violation } from "@/lib/export/violation";
import type { RecordStats } from "@/lib/export/mirror-report";
import { getJob } from "./jobs";

const withUsers = { select: { username: true, displayName: true } } as const;

export async function listLeveringen(user: Actor) {
  await authorize(user, "levering:view");
  return prisma.$transaction(async (tx) => {
    const rows = await tx.levering.findMany({ orderBy: [{ jaar: "desc" }, { halfjaar: "desc" }, { volgnummer: "desc" }] });
    await writeAudit(tx, { actor: user, action: "READ", entityType: "levering", detail: `list ${rows.length}` });
    return rows.map((r) => ({ ...r, bezig: !r.sha256 && !!getJob(r.id) && !getJob(r.id)!.done }));
  });
}

export type Rapport = { violations: Violation[]; mirror: RecordStats[] };

export async function getLevering(user: Actor, id: number) {
  await authorize(user, "levering:view", { type: "levering", id });
  const l = await prisma.$transaction(async (tx) => {
    const row = await tx.levering.findUnique({ where: { id } });
    if (!row) throw new NotFound();
    await writeAudit(tx, { actor: user, action: "READ", entityType: "levering", entityId: row.bestandsnaam });
    return row;
  });
  const users = await prisma.user.findMany({ where: { id: { in: [l.aangemaaktDoorId ?? 0, l.definitiefDoorId ?? 0] } }, ...withUsers, select: { id: true, displayName: true } });
  const naam = (uid: number | null) => users.find((u) => u.id === uid)?.displayName ?? (uid ? `gebruiker ${uid}` : "opdrachtregel");
  let rapport: Rapport | null = null;
  if (l.sha256) rapport = JSON.parse(await fs.promises.readFile(rapportPath(l.bestandsnaam), "utf8").catch(() => "null"));
  const vorige = await prisma.levering.findFirst({ where: { jaar: l.jaar, halfjaar: l.halfjaar, status: "DEFINITIEF", volgnummer: { lt: l.volgnummer } }, orderBy: { volgnummer: "desc" } });
  return { levering: l, aangemaaktDoor: naam(l.aangemaaktDoorId), definitiefDoor: l.definitiefDoorId ? naam(l.definitiefDoorId) : null, rapport, vorige, job: getJob(id) ?? null };
}

/** Difference with the previous final delivery of the same period (for a correction). */
export async function getVerschil(bestandsnaam: string, vorigeBestandsnaam: string): Promise<DiffResult | null> {
  if (!fs.existsSync(leveringPath(bestandsnaam)) || !fs.existsSync(leveringPath(vorigeBestandsnaam))) return null;
  return diffDeliveryFiles(leveringPath(vorigeBestandsnaam), leveringPath(bestandsnaam));
}

/** Audits the download as an export, before a byte leaves the server. */
export async function openLeveringDownload(user: Actor, id: number) {
  await authorize(user, "levering:download", { type: "levering", id });
  return prisma.$transaction(async (tx) => {
    const l = await tx.levering.findUnique({ where: { id } });
    if (!l || !l.sha256 || !fs.existsSync(leveringPath(l.bestandsnaam))) throw new NotFound();
    await writeAudit(tx, { actor: user, action: "EXPORT", entityType: "levering", entityId: l.bestandsnaam, detail: "download" });
    return { path: leveringPath(l.bestandsnaam), bestandsnaam: l.bestandsnaam, sha256: l.sha256 };
  });
}
