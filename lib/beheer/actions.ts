"use server";
import { runAction } from "@/lib/auth/door";
import { saveInstellingen, setUserActive } from "./commands";
import type { TInstellingen, TSetUserActiveInput } from "./schema";

export async function saveInstellingenAction(input: TInstellingen) {
  return runAction(saveInstellingen, input, ["/beheer/instellingen"]);
}

export async function setUserActiveAction(input: TSetUserActiveInput) {
  return runAction(setUserActive, input, ["/beheer/gebruikers"]);
}
