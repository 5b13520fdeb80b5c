"use server";
// Server actions of the journaal.
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { addAanvulling, deleteJournaalConcept, saveJournaalRegel, vastleggenJournaalRegel } from "./commands";
import type {
  TAanvullingInput,
  TJournaalConceptVerwijderenInput,
  TJournaalRegelInput,
  TJournaalVastleggenInput,
} from "./schema";

const casus = (r: { casusnummer: string }): RevalidateTarget[] => [{ layout: `/casussen/${r.casusnummer}` }];

export async function saveJournaalRegelAction(input: TJournaalRegelInput) {
  return runAction(saveJournaalRegel, input, casus);
}
export async function vastleggenJournaalRegelAction(input: TJournaalVastleggenInput) {
  return runAction(vastleggenJournaalRegel, input, casus);
}
export async function deleteJournaalConceptAction(input: TJournaalConceptVerwijderenInput) {
  return runAction(deleteJournaalConcept, input, casus);
}
export async function addAanvullingAction(input: TAanvullingInput) {
  return runAction(addAanvulling, input, casus);
}
