"use server";
// Server actions of the last stage: a monitoringsmoment, and closing the casus (lib/casus/close.ts).
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { closeCasus } from "@/lib/casus/close";
import { addMonitoringsmoment } from "./commands";
import type { TCasusAfsluitenInput, TMonitoringsmomentInput } from "./schema";

const casusAndList = (r: { casusnummer: string }): RevalidateTarget[] => [
  { layout: `/casussen/${r.casusnummer}` },
  "/mijn-casussen",
];

export async function addMonitoringsmomentAction(input: TMonitoringsmomentInput) {
  return runAction(addMonitoringsmoment, input, casusAndList);
}

export async function closeCasusAction(input: TCasusAfsluitenInput) {
  return runAction(closeCasus, input, casusAndList);
}
