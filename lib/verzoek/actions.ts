"use server";
import { runAction } from "@/lib/auth/door";
import { besluitVerzoek, registreerVerzoek, verlengVerzoek } from "./commands";
import type { TVerzoekBesluitInput, TVerzoekNieuwInput, TVerzoekVerlengenInput } from "./schema";

export async function registreerVerzoekAction(input: TVerzoekNieuwInput) {
  return runAction(registreerVerzoek, input, ["/privacy/verzoeken"]);
}
export async function verlengVerzoekAction(input: TVerzoekVerlengenInput) {
  return runAction(verlengVerzoek, input, [{ layout: "/privacy/verzoeken" }]);
}
export async function besluitVerzoekAction(input: TVerzoekBesluitInput) {
  return runAction(besluitVerzoek, input, [{ layout: "/privacy/verzoeken" }]);
}
