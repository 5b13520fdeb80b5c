"use server";
import { runAction } from "@/lib/auth/door";
import { searchBetrokkenen } from "./queries";
import type { TBetrokkeneZoekInput } from "./schema";

/** The radar search from the melding form. */
export async function searchBetrokkenenAction(input: TBetrokkeneZoekInput) {
  return runAction(searchBetrokkenen, input);
}
