"use server";
import { runAction } from "@/lib/auth/door";
import { markeerSignalenGelezen, type TSignalenGelezenInput } from "./commands";

export async function markeerSignalenGelezenAction(input: TSignalenGelezenInput) {
  return runAction(markeerSignalenGelezen, input, [{ layout: "/" }]);
}
