"use server";
import { runAction } from "@/lib/auth/door";
import { recordInformering, recordTerugkoppeling } from "./commands";
import { correctInformering, correctTerugkoppeling, verlengInformeren } from "./correcties";
import type {
  TInformerenVerlengenInput,
  TInformeringCorrectieInput,
  TInformeringInput,
  TTerugkoppelingCorrectieInput,
  TTerugkoppelingInput,
} from "./schema";

const PADEN = ["/werkvoorraad", "/termijnen"];

export async function recordTerugkoppelingAction(input: TTerugkoppelingInput) {
  return runAction(recordTerugkoppeling, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}

export async function recordInformeringAction(input: TInformeringInput) {
  return runAction(recordInformering, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}

export async function correctTerugkoppelingAction(input: TTerugkoppelingCorrectieInput) {
  return runAction(correctTerugkoppeling, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}

export async function correctInformeringAction(input: TInformeringCorrectieInput) {
  return runAction(correctInformering, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}

export async function verlengInformerenAction(input: TInformerenVerlengenInput) {
  return runAction(verlengInformeren, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}
