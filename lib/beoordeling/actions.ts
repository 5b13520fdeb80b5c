"use server";
import { revalidatePath } from "next/cache";
import { toActionResult } from "@/lib/melding/action-result";
import { confirmBeoordeling, recordBeoordeling, updateBeoordeling } from "./commands";
import type { TBeoordelingNieuwInvoer, TBeoordelingVaststellenInvoer, TBeoordelingWijzigingInvoer } from "./schema";

function refresh() {
  revalidatePath("/werkvoorraad");
  revalidatePath("/te-bevestigen");
}

export async function recordBeoordelingAction(input: TBeoordelingNieuwInvoer) {
  const r = await toActionResult(() => recordBeoordeling(input));
  if (r.ok) refresh();
  return r;
}

export async function updateBeoordelingAction(input: TBeoordelingWijzigingInvoer) {
  const r = await toActionResult(() => updateBeoordeling(input));
  if (r.ok) refresh();
  return r;
}

export async function confirmBeoordelingAction(input: TBeoordelingVaststellenInvoer) {
  const r = await toActionResult(() => confirmBeoordeling(input));
  if (r.ok) refresh();
  return r;
}
