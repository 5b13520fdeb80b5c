"use server";
import { runAction } from "@/lib/auth/door";
import { addAdviesContact, closeAdvies, createAdvies } from "./commands";
import type { TAdviesAfsluitenInput, TAdviesContactInput, TAdviesNieuwInput } from "./schema";

export async function createAdviesAction(input: TAdviesNieuwInput) {
  return runAction(createAdvies, input, ["/werkvoorraad"]);
}

export async function addAdviesContactAction(input: TAdviesContactInput) {
  return runAction(addAdviesContact, input, [`/adviezen/${input.adviesNummer}`]);
}

export async function closeAdviesAction(input: TAdviesAfsluitenInput) {
  return runAction(closeAdvies, input, [`/adviezen/${input.adviesNummer}`, "/werkvoorraad"]);
}
