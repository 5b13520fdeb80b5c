"use server";
import { runAction } from "@/lib/auth/door";
import { setAfscherming } from "./commands";
import type { TAfschermingInput } from "./schema";

export async function setAfschermingAction(input: TAfschermingInput) {
  return runAction(setAfscherming, input, (r) => [{ layout: `/casussen/${r.casusnummer}` }]);
}
