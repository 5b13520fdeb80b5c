import type { ZoekSoort } from "./schema";

export const SOORT_LABELS: Record<ZoekSoort, string> = {
  casusnummer: "casusnummer",
  meldingnummer: "meldingnummer",
  adviesnummer: "adviesnummer",
  bsn: "BSN",
  naam: "naam",
};

export const MAX_CASUSSEN_TEKST =
  "Alleen de 50 meest recente casussen staan hier; maak de zoekopdracht preciezer, bijvoorbeeld met een geboortedatum.";
