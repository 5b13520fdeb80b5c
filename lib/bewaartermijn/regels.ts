// Bewaartermijnen (docs/decisions/019): when a closed dossier may be destroyed. By default the day after 20 years
// from closing (the Wmo 2015 maximum for Veilig Thuis); the organisation may choose fewer years. A granted request
// for destruction sets an earlier day, an extension by the privacy officer a later one (casus.vernietigenVanaf).
import { addDays, addMonths, compareDates } from "@/lib/domain/dates";

export const BEWAARTERMIJN_MAX_JAREN = 20;
export const BEWAARTERMIJN_GRONDSLAG =
  "Wet maatschappelijke ondersteuning 2015: Veilig Thuis bewaart de gegevens van een dossier ten hoogste twintig " +
  "jaar na de afsluiting, of korter als dat voor de taak niet meer nodig is; daarna worden ze vernietigd.";
export const LEVERING_GRONDSLAG =
  "De aanlevering aan het CBS (Wmo 2015 en het Besluit beleidsinformatie Veilig Thuis) wordt na acceptatie door het " +
  "CBS alleen bewaard zolang het CBS om correcties van die periode kan vragen.";

/** The first day the dossier may be destroyed, or null while it is open. */
export function vernietigenVanaf(
  c: { einddatum: Date | null; vernietigenVanaf: Date | null },
  jaren: number,
): Date | null {
  if (c.vernietigenVanaf) return c.vernietigenVanaf;
  if (!c.einddatum) return null;
  return addDays(addMonths(c.einddatum, 12 * jaren), 1);
}

export function isTeVernietigen(
  c: { einddatum: Date | null; vernietigenVanaf: Date | null; vernietigdOp: Date | null },
  jaren: number,
  vandaag: Date,
): boolean {
  const vanaf = vernietigenVanaf(c, jaren);
  return c.vernietigdOp === null && c.einddatum !== null && vanaf !== null && compareDates(vanaf, vandaag) <= 0;
}
