"use server";
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { confirmBeoordeling, recordBeoordeling, updateBeoordeling } from "./commands";
import type { TBeoordelingNieuwInvoer, TBeoordelingVaststellenInvoer, TBeoordelingWijzigingInvoer } from "./schema";

const LISTS: RevalidateTarget[] = ["/werkvoorraad", "/te-bevestigen"];

export async function recordBeoordelingAction(input: TBeoordelingNieuwInvoer) {
  return runAction(recordBeoordeling, input, LISTS);
}

export async function updateBeoordelingAction(input: TBeoordelingWijzigingInvoer) {
  return runAction(updateBeoordeling, input, LISTS);
}

export async function confirmBeoordelingAction(input: TBeoordelingVaststellenInvoer) {
  return runAction(confirmBeoordeling, input, LISTS);
}
