"use server";
import { runAction } from "@/lib/auth/door";
import { listGemeenten } from "./commands";
import type { TGemeenteLijstInput } from "./schema";

export async function listGemeentenAction(input: TGemeenteLijstInput) {
  return runAction(listGemeenten, input);
}
