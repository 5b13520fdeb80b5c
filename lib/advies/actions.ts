"use server";
import { revalidatePath } from "next/cache";
import { toActionResult } from "@/lib/melding/action-result";
import { addAdviesContact, closeAdvies, createAdvies } from "./commands";
import type { TAdviesAfsluitenInvoer, TAdviesContactInvoer, TAdviesNieuwInvoer } from "./schema";

export async function createAdviesAction(input: TAdviesNieuwInvoer) {
  const r = await toActionResult(() => createAdvies(input));
  if (r.ok) revalidatePath("/werkvoorraad");
  return r;
}

export async function addAdviesContactAction(input: TAdviesContactInvoer) {
  const r = await toActionResult(() => addAdviesContact(input));
  if (r.ok) revalidatePath(`/adviezen/${input.adviesNummer}`);
  return r;
}

export async function closeAdviesAction(input: TAdviesAfsluitenInvoer) {
  const r = await toActionResult(() => closeAdvies(input));
  if (r.ok) { revalidatePath(`/adviezen/${input.adviesNummer}`); revalidatePath("/werkvoorraad"); }
  return r;
}
