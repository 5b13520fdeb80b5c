// Codes and other values shown with their labels.
import { labelOf, type LijstNaam } from "@/lib/domain/codes";

export function joinLabels(values: string[], label: (v: string) => string, leeg = "Onbekend"): string {
  return values.length === 0 ? leeg : values.map(label).join("; ");
}

export function codeLabels(lijst: LijstNaam, codes: string[], leeg = "Onbekend"): string {
  return joinLabels(codes, (c) => labelOf(lijst, c), leeg);
}
