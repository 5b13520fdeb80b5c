"use server";
// Server actions of the last stage: a monitoringsmoment, and closing the casus (lib/casus/close.ts).
import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { closeCasus } from "@/lib/casus/close";
import { addMonitoringsmoment } from "./commands";
import type { TCasusAfsluitenInput, TMonitoringsmomentInput } from "./schema";

async function run<R extends { casusnummer: string }>(work: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    const data = await work();
    revalidatePath(`/casussen/${data.casusnummer}`, "layout");
    revalidatePath("/mijn-casussen");
    return { ok: true, data };
  } catch (e) {
    return toActionError(e);
  }
}

export async function addMonitoringsmomentAction(input: TMonitoringsmomentInput): Promise<ActionResult<{ casusnummer: string; monitoringnummer: string }>> {
  return run(() => addMonitoringsmoment(input));
}

export async function closeCasusAction(input: TCasusAfsluitenInput): Promise<ActionResult<{ casusnummer: string; einddatum: string }>> {
  return run(() => closeCasus(input));
}
