"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roleHas } from "@/lib/auth/permissions";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { toActionResult } from "./action-result";
import { createMelding } from "./commands";
import { getGemeenteLijst, type GemeenteLijst } from "./gemeenten";
import type { TMeldingInvoer } from "./schema";

export async function createMeldingAction(input: TMeldingInvoer) {
  const r = await toActionResult(() => createMelding(input));
  if (r.ok) revalidatePath("/werkvoorraad");
  return r;
}

/** The gemeente list for the year of the date typed in a form (advies or melding). */
export async function getGemeenteLijstAction(jaar: number): Promise<GemeenteLijst> {
  const user = await getCurrentUser();
  if (!user || !(roleHas(user.role, "melding:write") || roleHas(user.role, "advies:write"))) return { jaar, gemeenten: [] };
  const j = Number.isInteger(jaar) && jaar >= 1900 && jaar <= 2100 ? jaar : todayInAmsterdam().getUTCFullYear();
  return getGemeenteLijst(j);
}
