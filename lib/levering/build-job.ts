// Builds a reserved delivery in the background of this server process; its progress goes into the delivery's row
// (./jobs.ts), at most once a second, so the page on any app server can show it.
import "server-only";
import { dbHandle, getPrisma } from "@/lib/db/client";
import { sqlDb } from "@/lib/db/sql";
import type { Actor } from "@/lib/auth/audit";
import { buildLevering, type Reserved } from "./make-levering";
import { recordBuildError, recordProgress } from "./jobs";

export async function startBuild(r: Reserved & { jaar: number; halfjaar: 1 | 2; soort: "R" | "C" }, actor: Actor) {
  getPrisma(); // opens the app's database connection, shared with the plain SQL of the delivery
  const id = r.levering.id;
  await recordProgress(id, 0);
  let last = 0;
  const progress = (records: number) => {
    if (Date.now() - last < 1000) return;
    last = Date.now();
    void recordProgress(id, records).catch(() => {});
  };
  buildLevering(sqlDb(dbHandle()!), r, {
    jaar: r.jaar,
    halfjaar: r.halfjaar,
    soort: r.soort,
    actor,
    via: "web",
    onProgress: progress,
  }).catch(async (e) => {
    console.error("[levering] build failed", e);
    await recordBuildError(
      id,
      "Het aanmaken is mislukt; de levering blijft onvolledig. Maak een nieuwe levering.",
    ).catch(() => {});
  });
}
