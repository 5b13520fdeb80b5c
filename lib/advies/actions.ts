"use server";
import { runAction } from "@/lib/auth/door";
import { addAdviesContact, closeAdvies, createAdvies } from "./commands";
import type { TAdviesAfsluitenInvoer, TAdviesContactInvoer, TAdviesNieuwInvoer } from "./schema";

export async function createAdviesAction(input: TAdviesNieuwInvoer) {
  return runAction(createAdvies, input, ["/werkvoorraad"]);
}

export async function addAdviesContactAction(input: TAdviesContactInvoer) {
  return runAction(addAdviesContact, input, [`/adviezen/${input.adviesNummer}`]);
}

export async function closeAdviesAction(input: TAdviesAfsluitenInvoer) {
  return runAction(closeAdvies, input, [`/adviezen/${input.adviesNummer}`, "/werkvoorraad"]);
}
