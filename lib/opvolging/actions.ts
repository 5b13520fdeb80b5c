"use server";
import { runAction } from "@/lib/auth/door";
import { recordInformering, recordTerugkoppeling } from "./commands";
import type { TInformeringInput, TTerugkoppelingInput } from "./schema";

const PADEN = ["/werkvoorraad", "/termijnen"];

export async function recordTerugkoppelingAction(input: TTerugkoppelingInput) {
  return runAction(recordTerugkoppeling, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}

export async function recordInformeringAction(input: TInformeringInput) {
  return runAction(recordInformering, input, (r) => [...PADEN, `/meldingen/${r.meldingnummer}`]);
}
