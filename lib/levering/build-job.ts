// Builds a reserved delivery in the background of this server process and keeps its progress for the page
// (./jobs.ts). A build that fails leaves its delivery an incomplete concept, which can never be made final.
import "server-only";
import { dbHandle, getPrisma } from "@/lib/db/client";
import { sqlDb } from "@/lib/db/sql";
import type { Actor } from "@/lib/auth/audit";
import { buildLevering, type Reserved } from "@/lib/levering/make-levering";
import { setJob } from "./jobs";

export function startBuild(r: Reserved & { jaar: number; halfjaar: 1 | 2; soort: "R" | "C" }, actor: Actor) {
  getPrisma(); // opens the app's database connection, shared with the plain SQL of the delivery
  const id = r.levering.id;
  setJob(id, {});
  buildLevering(sqlDb(dbHandle()!), r, {
    jaar: r.jaar,
    halfjaar: r.halfjaar,
    soort: r.soort,
    actor,
    via: "web",
    onProgress: (records) => setJob(id, { records }),
  }).then(
    () => setJob(id, { done: true }),
    (e) => {
      console.error("[levering] build failed", e);
      setJob(id, {
        done: true,
        error: "Het aanmaken is mislukt; de levering blijft onvolledig. Maak een nieuwe levering.",
      });
    },
  );
}
