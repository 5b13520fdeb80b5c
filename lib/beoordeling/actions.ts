"use server";
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { confirmBeoordeling, recordBeoordeling, updateBeoordeling } from "./commands";
import type { TBeoordelingNieuwInput, TBeoordelingVaststellenInput, TBeoordelingWijzigingInput } from "./schema";

const LISTS: RevalidateTarget[] = ["/werkvoorraad", "/te-bevestigen", "/af-te-sluiten"];

export async function recordBeoordelingAction(input: TBeoordelingNieuwInput) {
  return runAction(recordBeoordeling, input, LISTS);
}

export async function updateBeoordelingAction(input: TBeoordelingWijzigingInput) {
  return runAction(updateBeoordeling, input, LISTS);
}

export async function confirmBeoordelingAction(input: TBeoordelingVaststellenInput) {
  return runAction(confirmBeoordeling, input, LISTS);
}
