"use server";
// Server actions of the team lead's assignment forms: the same functions as lib/casus/assign.ts, with errors
// turned into a Dutch message for the form (a stale version names the colleague who changed the record).
import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { assignBehandelaar, assignCasemanager, type AssignResult } from "./assign";
import type { TAssignBehandelaarInput, TAssignCasemanagerInput } from "./schema";

export async function assignCasemanagerAction(input: TAssignCasemanagerInput): Promise<ActionResult<AssignResult>> {
  try {
    const data = await assignCasemanager(input);
    revalidatePath("/team");
    revalidatePath(`/casussen/${encodeURIComponent(data.nummer)}`);
    return { ok: true, data };
  } catch (e) {
    return toActionError(e);
  }
}

export async function assignBehandelaarAction(input: TAssignBehandelaarInput): Promise<ActionResult<AssignResult>> {
  try {
    const data = await assignBehandelaar(input);
    revalidatePath("/team");
    return { ok: true, data };
  } catch (e) {
    return toActionError(e);
  }
}
