"use server";
// Server actions of the team lead's assignment forms (lib/casus/assign.ts).
import { runAction } from "@/lib/auth/door";
import { assignBehandelaar, assignCasemanager } from "./assign";
import type { TAssignBehandelaarInput, TAssignCasemanagerInput } from "./schema";

export async function assignCasemanagerAction(input: TAssignCasemanagerInput) {
  return runAction(assignCasemanager, input, (r) => ["/team", `/casussen/${encodeURIComponent(r.nummer)}`]);
}

export async function assignBehandelaarAction(input: TAssignBehandelaarInput) {
  return runAction(assignBehandelaar, input, ["/team"]);
}
