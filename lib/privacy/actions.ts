"use server";
import { runAction } from "@/lib/auth/door";
import { markeerGecontroleerd } from "./controle";
import type { TControleInput } from "./controle-schema";

export async function markeerGecontroleerdAction(input: TControleInput) {
  return runAction(markeerGecontroleerd, input, ["/privacy/te-controleren"]);
}
