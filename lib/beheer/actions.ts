"use server";
import { revalidatePath } from "next/cache";
import { runSecure } from "@/lib/auth/guard";
import { Conflict } from "@/lib/auth/errors";
import { ZSetUserActive } from "./schema";

/** Disabling an account ends its sessions at once (the session check refuses inactive users too). */
export async function setUserActiveAction(form: FormData) {
  await runSecure({ permission: "user:manage", schema: ZSetUserActive, input: Object.fromEntries(form) }, async ({ tx, data, audit }) => {
    const { count } = await tx.user.updateMany({ where: { id: data.userId, version: data.version }, data: { active: data.active, version: { increment: 1 } } });
    if (count === 0) throw new Conflict("Deze gebruiker is intussen door iemand anders gewijzigd.");
    if (!data.active) await tx.session.updateMany({ where: { userId: data.userId, endedAt: null }, data: { endedAt: new Date(), endReason: "account_disabled" } });
    await audit({ action: "UPDATE", entityType: "user", entityId: data.userId, detail: data.active ? "enabled" : "disabled" });
  });
  revalidatePath("/beheer/gebruikers");
}
