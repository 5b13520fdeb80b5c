"use server";
import { runAction } from "@/lib/auth/door";
import { createUser, resetUser, saveInstellingen, setUserActive, setUserRole, unlockUser } from "./commands";
import type {
  TGebruikerRefInput,
  TInstellingen,
  TNieuweGebruikerInput,
  TRolWijzigenInput,
  TSetUserActiveInput,
} from "./schema";

const LIST = ["/beheer/gebruikers"];

export async function saveInstellingenAction(input: TInstellingen) {
  return runAction(saveInstellingen, input, ["/beheer/instellingen"]);
}

export async function createUserAction(input: TNieuweGebruikerInput) {
  return runAction(createUser, input, LIST);
}

export async function setUserRoleAction(input: TRolWijzigenInput) {
  return runAction(setUserRole, input, LIST);
}

export async function setUserActiveAction(input: TSetUserActiveInput) {
  return runAction(setUserActive, input, LIST);
}

export async function resetUserAction(input: TGebruikerRefInput) {
  return runAction(resetUser, input, LIST);
}

export async function unlockUserAction(input: TGebruikerRefInput) {
  return runAction(unlockUser, input, LIST);
}
