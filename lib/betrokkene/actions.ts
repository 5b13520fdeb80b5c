"use server";
import { toActionResult } from "@/lib/melding/action-result";
import { searchBetrokkenen } from "./queries";
import type { TBetrokkeneZoekInvoer } from "./schema";

/** The radar search from the melding form. */
export async function searchBetrokkenenAction(input: TBetrokkeneZoekInvoer) {
  return toActionResult(() => searchBetrokkenen(input));
}
