"use server";
import { runAction } from "@/lib/auth/door";
import { addOverdracht } from "./commands";
import type { TOverdrachtInput } from "./schema";

export async function addOverdrachtAction(input: TOverdrachtInput) {
  return runAction(addOverdracht, input, (r) => [{ layout: `/casussen/${r.casusnummer}` }]);
}
