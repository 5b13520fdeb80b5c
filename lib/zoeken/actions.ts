"use server";
// The search form posts here (not a GET with the BSN or name in the address bar, browser history or server logs).
import { toActionError, type ActionResult } from "@/lib/auth/guard";
import { zoekCasussen } from "./queries";
import type { TZoekopdrachtInput } from "./schema";
import type { ZoekResultaat } from "./types";

export async function zoekAction(input: TZoekopdrachtInput): Promise<ActionResult<ZoekResultaat>> {
  try {
    return { ok: true, data: await zoekCasussen(input) };
  } catch (e) {
    return toActionError(e);
  }
}
