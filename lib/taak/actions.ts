"use server";
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { completeTaak, createTaak } from "./commands";
import type { TTaakAfrondenInput, TTaakNieuwInput } from "./schema";

const PADEN: RevalidateTarget[] = [{ layout: "/" }];

export async function createTaakAction(input: TTaakNieuwInput) {
  return runAction(createTaak, input, PADEN);
}

export async function completeTaakAction(input: TTaakAfrondenInput) {
  return runAction(completeTaak, input, PADEN);
}
