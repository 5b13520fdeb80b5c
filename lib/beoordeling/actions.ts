"use server";
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { confirmBeoordeling, recordBeoordeling, terugsturenBeoordeling, updateBeoordeling } from "./commands";
import type {
  TBeoordelingNieuwInput,
  TBeoordelingTerugsturenInput,
  TBeoordelingVaststellenInput,
  TBeoordelingWijzigingInput,
} from "./schema";

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

export async function terugsturenBeoordelingAction(input: TBeoordelingTerugsturenInput) {
  return runAction(terugsturenBeoordeling, input, LISTS);
}
