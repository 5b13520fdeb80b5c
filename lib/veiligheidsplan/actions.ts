"use server";
// Server actions of the veiligheidsplan (lib/veiligheidsplan/commands.ts).
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { addVoorwaarde, beeindigVoorwaarde, wijzigVoorwaarde } from "./commands";
import type { TVoorwaardeBeeindigenInput, TVoorwaardeInput, TVoorwaardeWijzigenInput } from "./schema";

const casusPages = (r: { casusnummer: string }): RevalidateTarget[] => [{ layout: `/casussen/${r.casusnummer}` }];

export async function addVoorwaardeAction(input: TVoorwaardeInput) {
  return runAction(addVoorwaarde, input, casusPages);
}

export async function wijzigVoorwaardeAction(input: TVoorwaardeWijzigenInput) {
  return runAction(wijzigVoorwaarde, input, casusPages);
}

export async function beeindigVoorwaardeAction(input: TVoorwaardeBeeindigenInput) {
  return runAction(beeindigVoorwaarde, input, casusPages);
}
