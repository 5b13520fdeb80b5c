"use server";
// Server actions of the dienst forms: each runs its audited unit of work (./commands.ts) with the session's user
// and turns any refusal into a Dutch message; the form keeps what the user typed.
import { revalidatePath } from "next/cache";
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ValidationFailed } from "@/lib/auth/errors";
import { decideDienstAfsluiting, proposeDienstAfsluiting, startDienst } from "./commands";
import { getDienstStand, type DienstStand } from "./queries";
import { ZDienstRef, type TDienstAfsluitingBesluitInput, type TDienstAfsluitingInput, type TDienstStartInput } from "./schema";

type DienstRef = { casusnummer: string; dienstnummer: string };

async function run<R extends { casusnummer: string }>(work: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    const data = await work();
    revalidatePath(`/casussen/${data.casusnummer}`, "layout");
    return { ok: true, data };
  } catch (e) {
    return toActionError(e);
  }
}

export async function startDienstAction(input: TDienstStartInput): Promise<ActionResult<DienstRef>> {
  return run(() => startDienst(input));
}

export async function proposeDienstAfsluitingAction(input: TDienstAfsluitingInput): Promise<ActionResult<DienstRef>> {
  return run(() => proposeDienstAfsluiting(input));
}

export async function decideDienstAfsluitingAction(input: TDienstAfsluitingBesluitInput): Promise<ActionResult<DienstRef & { besluit: string }>> {
  return run(() => decideDienstAfsluiting(input));
}

/** After a conflict: the dienst as it is now, so the user can compare before saving again. */
export async function getDienstStandAction(input: { casusnummer: string; dienstId: number | string }): Promise<ActionResult<DienstStand>> {
  try {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: "Uw sessie is verlopen. Log opnieuw in." };
    const ref = ZDienstRef.safeParse(input);
    if (!ref.success) throw new ValidationFailed({}, "Ongeldige verwijzing.");
    const stand = await getDienstStand(user, ref.data.casusnummer, ref.data.dienstId);
    if (!stand) return { ok: false, message: "Dit dossier bestaat niet of u heeft er geen toegang toe." };
    return { ok: true, data: stand };
  } catch (e) {
    return toActionError(e);
  }
}
