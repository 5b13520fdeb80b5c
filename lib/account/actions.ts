"use server";
import { runAction } from "@/lib/auth/door";
import {
  changePassword,
  confirmTotp,
  endOwnSession,
  keepSessionAlive,
  renewRecoveryCodes,
  setOwnPassword,
} from "./commands";
import type {
  TEigenWachtwoordInput,
  THerstelcodesInput,
  TTotpBevestigenInput,
  TWachtwoordWijzigenInput,
} from "./schema";

export async function setOwnPasswordAction(input: TEigenWachtwoordInput) {
  return runAction(setOwnPassword, input, ["/account/instellen"]);
}

export async function confirmTotpAction(input: TTotpBevestigenInput) {
  return runAction(confirmTotp, input);
}

export async function changePasswordAction(input: TWachtwoordWijzigenInput) {
  return runAction(changePassword, input, ["/account"]);
}

export async function renewRecoveryCodesAction(input: THerstelcodesInput) {
  return runAction(renewRecoveryCodes, input, ["/account"]);
}

export async function endOwnSessionAction(input: { sessionId: string }) {
  return runAction(endOwnSession, input, ["/account"]);
}

export async function keepSessionAliveAction() {
  return runAction(keepSessionAlive, {});
}
