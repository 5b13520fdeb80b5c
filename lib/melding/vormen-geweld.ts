// Vorm van geweld of a melding: an internal list (the delivery layout does not carry it), for the work and the
// reports. The migration's CHECK constraint "melding_vormen_geweld" names the same values.
export const VORMEN_GEWELD = [
  { waarde: "lichamelijk", label: "Lichamelijk geweld" },
  { waarde: "psychisch", label: "Psychisch geweld" },
  { waarde: "seksueel", label: "Seksueel geweld" },
  { waarde: "verwaarlozing", label: "Verwaarlozing" },
  { waarde: "getuige-partnergeweld", label: "Getuige van partnergeweld" },
  { waarde: "eergerelateerd", label: "Eergerelateerd geweld" },
  { waarde: "financieel", label: "Financiële uitbuiting" },
  { waarde: "anders", label: "Anders" },
] as const;

export type VormGeweld = (typeof VORMEN_GEWELD)[number]["waarde"];
export const VORM_WAARDEN: string[] = VORMEN_GEWELD.map((v) => v.waarde);

export const vormLabel = (w: string) => VORMEN_GEWELD.find((v) => v.waarde === w)?.label ?? w;
