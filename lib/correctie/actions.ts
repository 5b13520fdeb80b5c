"use server";
// Server actions of corrections.
import { runAction, type RevalidateTarget } from "@/lib/auth/door";
import { addBetrokkeneLater, correctBetrokkene } from "./betrokkene";
import { reopenCasus, withdrawMelding } from "./intrekken";
import { correctMelding } from "./melding";
import type { TMeldingCorrectieInput } from "@/lib/melding/schema";
import { correctCasusGemeente, correctMonitoring, correctOverdracht } from "./stappen";
import { correctBeoordeling, correctDienst } from "./vier-ogen";
import { correctAdvies } from "./advies";
import type { TAdviesCorrectieInput } from "@/lib/advies/schema";
import type { TDienstCorrectieInput } from "@/lib/dienst/schema";
import type {
  TBeoordelingCorrectieInput,
  TCasusGemeenteCorrectieInput,
  TMonitoringCorrectieInput,
  TOverdrachtCorrectieInput,
  TBetrokkeneCorrectieInput,
  TBetrokkeneToevoegenInput,
  TCasusHeropenenInput,
  TMeldingIntrekkenInput,
} from "./schema";

const casus = (r: { casusnummer: string }): RevalidateTarget[] => [{ layout: `/casussen/${r.casusnummer}` }];

export async function correctBetrokkeneAction(input: TBetrokkeneCorrectieInput) {
  return runAction(correctBetrokkene, input, casus);
}
export async function addBetrokkeneLaterAction(input: TBetrokkeneToevoegenInput) {
  return runAction(addBetrokkeneLater, input, casus);
}
export async function withdrawMeldingAction(input: TMeldingIntrekkenInput) {
  return runAction(withdrawMelding, input, (r) => [...casus(r), "/werkvoorraad", "/termijnen", "/team", "/leveringen"]);
}
export async function reopenCasusAction(input: TCasusHeropenenInput) {
  return runAction(reopenCasus, input, (r) => [...casus(r), "/mijn-casussen", "/termijnen", "/team"]);
}

export async function correctMeldingAction(input: TMeldingCorrectieInput) {
  return runAction(correctMelding, input, (r) => [...casus(r), `/meldingen/${r.meldingnummer}`, "/leveringen"]);
}

export async function correctOverdrachtAction(input: TOverdrachtCorrectieInput) {
  return runAction(correctOverdracht, input, casus);
}
export async function correctMonitoringAction(input: TMonitoringCorrectieInput) {
  return runAction(correctMonitoring, input, casus);
}
export async function correctCasusGemeenteAction(input: TCasusGemeenteCorrectieInput) {
  return runAction(correctCasusGemeente, input, casus);
}

export async function correctBeoordelingAction(input: TBeoordelingCorrectieInput) {
  return runAction(correctBeoordeling, input, (r) => [...casus(r), "/te-bevestigen"]);
}
export async function correctDienstAction(input: TDienstCorrectieInput) {
  return runAction(correctDienst, input, (r) => [...casus(r), "/te-bevestigen"]);
}

export async function correctAdviesAction(input: TAdviesCorrectieInput) {
  return runAction(correctAdvies, input, (r) => [`/adviezen/${r.adviesnummer}`, "/werkvoorraad"]);
}
