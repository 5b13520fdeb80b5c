// Dutch labels for values that are not in the CBS code lists.
import type { BetrokkeneRol, DienstStatus } from "@/generated/prisma/enums";

export const ROL_LABELS: Record<BetrokkeneRol, string> = {
  PLEGER: "(Vermoedelijk) pleger",
  SLACHTOFFER: "(Vermoedelijk) slachtoffer",
  KIND: "Kind",
  ANDERS: "Anders (afhankelijkheidsrelatie)",
};

export const DIENST_STATUS_LABELS: Record<DienstStatus, string> = {
  LOPEND: "Loopt",
  AFSLUITING_VOORGESTELD: "Afsluiting voorgesteld, wacht op bevestiging (vier ogen)",
  AFGESLOTEN: "Afgesloten",
};

export const OVERDRACHT_MOMENT_LABELS: Record<number, string> = {
  1: "Na de veiligheidsbeoordeling",
  2: "Na Voorwaarden en Vervolg",
  3: "Na Onderzoek",
};

/** BSN as shown to staff: the two special values in words. */
export function bsnLabel(bsn: string | null): string {
  if (!bsn || bsn === "000000000") return "onbekend";
  if (bsn === "999999999") return "ongeboren (999999999)";
  return bsn;
}
