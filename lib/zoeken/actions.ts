"use server";
// The search form posts here (not a GET with the BSN or name in the address bar, browser history or server logs).
import { runAction } from "@/lib/auth/door";
import { zoekCasussen } from "./queries";
import type { TZoekopdrachtInput } from "./schema";

export async function zoekAction(input: TZoekopdrachtInput) {
  return runAction(zoekCasussen, input);
}
