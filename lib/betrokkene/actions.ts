"use server";
import { runAction } from "@/lib/auth/door";
import { searchBetrokkenen } from "./queries";
import type { TBetrokkeneZoekInvoer } from "./schema";

/** The radar search from the melding form. */
export async function searchBetrokkenenAction(input: TBetrokkeneZoekInvoer) {
  return runAction(searchBetrokkenen, input);
}
