"use server";
import { runAction } from "@/lib/auth/door";
import { setGeheimAdres } from "./geheim-adres";
import type { TGeheimAdresInput } from "./geheim-adres-schema";

export async function setGeheimAdresAction(input: TGeheimAdresInput) {
  return runAction(setGeheimAdres, input, (r) => [{ layout: `/casussen/${r.casusnummer}` }]);
}
