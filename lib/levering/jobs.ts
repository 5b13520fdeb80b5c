// The progress of a delivery being built, kept in its row so that every app server sees it (the build runs on the
// server that started it). A build whose server stopped without finishing shows as broken off once its progress
// is older than a minute; such a delivery stays an incomplete concept that can never be made final.
import "server-only";
import { prisma } from "@/lib/db/client";

export type Job = { records: number; done: boolean; error: string | null };
const STALE_MS = 60_000;
export const AFGEBROKEN = "Het aanmaken is afgebroken; de levering blijft onvolledig. Maak een nieuwe levering.";

export async function recordProgress(id: number, records: number) {
  await prisma.levering.updateMany({
    where: { id, sha256: null },
    data: { voortgang: records, voortgangOp: new Date() },
  });
}

export async function recordBuildError(id: number, message: string) {
  await prisma.levering.updateMany({ where: { id, sha256: null }, data: { bouwFout: message.slice(0, 400) } });
}

/** The state of a delivery's build from its row. */
export function jobOf(
  l: { sha256: string | null; voortgang: number; voortgangOp: Date | null; bouwFout: string | null },
  now = Date.now(),
): Job {
  if (l.sha256) return { records: l.voortgang, done: true, error: null };
  if (l.bouwFout) return { records: l.voortgang, done: true, error: l.bouwFout };
  if (!l.voortgangOp || now - l.voortgangOp.getTime() > STALE_MS)
    return { records: l.voortgang, done: true, error: AFGEBROKEN };
  return { records: l.voortgang, done: false, error: null };
}
