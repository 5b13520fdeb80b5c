"use server";
// Server actions of relations and links between persons (lib/betrokkene/relaties.ts).
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { addRelatie, removeRelatie } from "./relaties";
import { koppelPersoon, ontkoppelPersoon } from "./koppelingen";
import type { TKoppelingInput, TOntkoppelenInput, TRelatieInput, TRelatieVerwijderenInput } from "./relatie-schema";

const casusPages = (r: { casusnummer: string }): RevalidateTarget[] => [{ layout: `/casussen/${r.casusnummer}` }];

export async function addRelatieAction(input: TRelatieInput) {
  return runAction(addRelatie, input, casusPages);
}
export async function removeRelatieAction(input: TRelatieVerwijderenInput) {
  return runAction(removeRelatie, input, casusPages);
}
export async function koppelPersoonAction(input: TKoppelingInput) {
  return runAction(koppelPersoon, input, casusPages);
}
export async function ontkoppelPersoonAction(input: TOntkoppelenInput) {
  return runAction(ontkoppelPersoon, input, casusPages);
}
