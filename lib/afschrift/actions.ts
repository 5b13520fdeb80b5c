"use server";
import { runAction } from "@/lib/auth/door";
import { kiesDeelbareRegels } from "./commands";
import type { TDeelbareRegelsInput } from "./schema";

export async function kiesDeelbareRegelsAction(input: TDeelbareRegelsInput) {
  return runAction(kiesDeelbareRegels, input, [{ layout: "/privacy/verzoeken" }]);
}
