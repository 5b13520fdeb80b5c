// The code lists of the delivery file (VTP-1.0), held once. They feed select options, zod enums, the CHECK
// constraints of the database (see scripts/gen-check-constraints.ts) and the export alike.
import lijsten from "./codelijsten.json";

export type LijstNaam = keyof typeof lijsten;
export type CodeItem = { code: string; label: string };

export const codelijsten: Record<LijstNaam, { omschrijving: string; codes: CodeItem[] }> = lijsten;

export function codesOf(lijst: LijstNaam): string[] {
  return codelijsten[lijst].codes.map((c) => c.code);
}

export function labelOf(lijst: LijstNaam, code: string): string {
  return codelijsten[lijst].codes.find((c) => c.code === code)?.label ?? code;
}

/** Aard codes allowed on an advies or melding: 01..06 (07 is only a conclusion after a dienst). */
export const AARD_MELDING_CODES = codesOf("A").filter((c) => c !== "07");
/** Uitkomst onderzoek: the five vormen of list A (01..05) in order, one digit each from list H. */
export const UITKOMST_VORMEN = codesOf("A").slice(0, 5);
/** List D codes 01..09 are niet-beroepsmatige rollen; 21..49 beroepsmatige functies; 99 onbekend. */
export function isNietBeroepsmatig(functieRol: string): boolean {
  return /^0[1-9]$/.test(functieRol);
}
export const ORGANISATIE_NIET_BEROEPSMATIG = "98";
