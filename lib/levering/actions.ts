"use server";
import crypto from "node:crypto";
import fs from "node:fs";
import { revalidatePath } from "next/cache";
import { getPrisma, dbHandle } from "@/lib/db/client";
import { authorize } from "@/lib/auth/authorize";
import { getCurrentUser } from "@/lib/auth/current-user";
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { Unauthenticated, ValidationFailed, RuleViolation } from "@/lib/auth/errors";
import { toFieldErrors } from "@/lib/auth/zod-errors";
import { checkLeverbarePeriode } from "@/lib/domain/periode";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { sqlDb } from "@/lib/db/sql";
import { makeLevering } from "@/lib/export/make-levering";
import { finalizeLevering } from "@/lib/export/leveringen";
import { ZLeveringId, ZMaakLevering } from "./schema";
import { setJob } from "./jobs";

async function requireActor(permission: "levering:create" | "levering:finalize") {
  const user = await getCurrentUser();
  if (!user) throw new Unauthenticated();
  await authorize(user, permission, { type: "levering" });
  return user;
}

/** Reserves the volgnummer, then builds the file in the background; the page shows its progress. */
export async function maakLeveringAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requireActor("levering:create");
    const parsed = ZMaakLevering.safeParse(input);
    if (!parsed.success) throw new ValidationFailed(toFieldErrors(parsed.error));
    const p = checkLeverbarePeriode(parsed.data.periode, todayInAmsterdam());
    if (!p.ok) throw new ValidationFailed({ periode: p.message });
    getPrisma(); // opens the app's database connection, shared with the plain SQL of the delivery
    let jobId: number | undefined;
    const started = new Promise<number>((resolve, reject) => {
      makeLevering(sqlDb(dbHandle()!), {
        jaar: p.periode.jaar, halfjaar: p.periode.halfjaar, soort: parsed.data.soort, actor: user, via: "web",
        onStart: (id) => { jobId = id; setJob(id, {}); resolve(id); },
        onProgress: (records) => { if (jobId) setJob(jobId, { records }); },
      }).then(
        ({ leveringId }) => setJob(leveringId, { done: true }),
        (e) => {
          if (jobId === undefined) return reject(e);
          console.error("[levering] build failed", e);
          setJob(jobId, { done: true, error: "Het aanmaken is mislukt; de levering blijft onvolledig. Maak een nieuwe levering." });
        },
      );
    });
    const id = await started;
    revalidatePath("/leveringen");
    return { ok: true, data: { id } };
  } catch (e) {
    return toActionError(e);
  }
}

export async function definitiefMakenAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requireActor("levering:finalize");
    const parsed = ZLeveringId.safeParse(input);
    if (!parsed.success) throw new RuleViolation("Ongeldige levering.");
    const sha = async (f: string) => crypto.createHash("sha256").update(await fs.promises.readFile(f)).digest("hex");
    await finalizeLevering(getPrisma(), parsed.data.id, user, sha);
    revalidatePath(`/leveringen/${parsed.data.id}`);
    return { ok: true, data: { id: parsed.data.id } };
  } catch (e) {
    return toActionError(e);
  }
}
