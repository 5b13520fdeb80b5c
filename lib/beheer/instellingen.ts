"use server";
import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { saveInstellingen } from "./instellingen-commands";

export async function saveInstellingenAction(input: unknown): Promise<ActionResult<{ ok: boolean }>> {
  try {
    const data = await saveInstellingen(input);
    revalidatePath("/beheer/instellingen");
    return { ok: true, data };
  } catch (e) {
    return toActionError(e);
  }
}
