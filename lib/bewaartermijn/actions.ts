"use server";
import { runAction } from "@/lib/auth/door";
import { verlengBewaren, vernietigDossier } from "./commands";
import type { TBewarenVerlengenInput, TVernietigenInput } from "./schema";

export async function vernietigDossierAction(input: TVernietigenInput) {
  return runAction(vernietigDossier, input, ["/privacy/bewaartermijnen"]);
}
export async function verlengBewarenAction(input: TBewarenVerlengenInput) {
  return runAction(verlengBewaren, input, ["/privacy/bewaartermijnen"]);
}
