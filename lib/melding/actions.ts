"use server";
import { runAction } from "@/lib/auth/door";
import { createMelding } from "./commands";
import type { TMeldingInput } from "./schema";

export async function createMeldingAction(input: TMeldingInput) {
  return runAction(createMelding, input, ["/werkvoorraad"]);
}
