"use server";
// Server action of the overdracht form: the audited unit of work with the session's user.
import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { addOverdracht } from "./commands";
import type { TOverdrachtInput } from "./schema";

export async function addOverdrachtAction(input: TOverdrachtInput): Promise<ActionResult<{ casusnummer: string; overdrachtnummer: string; moment: number }>> {
  try {
    const data = await addOverdracht(input);
    revalidatePath(`/casussen/${data.casusnummer}`, "layout");
    return { ok: true, data };
  } catch (e) {
    return toActionError(e);
  }
}
