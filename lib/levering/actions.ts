"use server";
import { runAction } from "@/lib/auth/door";
import { getCurrentUser } from "@/lib/auth/current-user";
import { finalizeLevering, reserveerLevering } from "./commands";
import { startBuild } from "./build-job";
import type { TMaakLevering } from "./schema";

/** Reserves the volgnummer, then builds the file in the background; the page shows its progress. */
export async function maakLeveringAction(input: TMaakLevering) {
  const r = await runAction(reserveerLevering, input, ["/leveringen"]);
  if (!r.ok) return r;
  await startBuild(r.data, (await getCurrentUser())!);
  return { ok: true as const, data: { id: r.data.levering.id } };
}

export async function definitiefMakenAction(input: { id: number }) {
  return runAction(finalizeLevering, input, (r) => [`/leveringen/${r.id}`, "/leveringen"]);
}
