"use server";
// Server actions of the dienst forms (./commands.ts).
import { runAction } from "@/lib/auth/door";
import { decideDienstAfsluiting, proposeDienstAfsluiting, startDienst } from "./commands";
import type { TDienstAfsluitingBesluitInput, TDienstAfsluitingInput, TDienstStartInput } from "./schema";

const casus = (r: { casusnummer: string }) => [{ layout: `/casussen/${r.casusnummer}` }];

export async function startDienstAction(input: TDienstStartInput) {
  return runAction(startDienst, input, casus);
}

export async function proposeDienstAfsluitingAction(input: TDienstAfsluitingInput) {
  return runAction(proposeDienstAfsluiting, input, casus);
}

export async function decideDienstAfsluitingAction(input: TDienstAfsluitingBesluitInput) {
  return runAction(decideDienstAfsluiting, input, casus);
}
