"use server";
import { runAction } from "@/lib/auth/door";
import { createMelding } from "./commands";
import type { TMeldingInvoer } from "./schema";

export async function createMeldingAction(input: TMeldingInvoer) {
  return runAction(createMelding, input, ["/werkvoorraad"]);
}
