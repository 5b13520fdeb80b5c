// How a betrokkene is named on screen: "Sanne de Vries", or "Betrokkene 3" when no name was recorded.
import { ADRES_AFGESCHERMD } from "@/lib/betrokkene/adres";
export type NaamParts = {
  voornamen?: string | null;
  tussenvoegsel?: string | null;
  achternaam?: string | null;
  persoonsvolgnummer: number;
};

export function formatNaam(p: NaamParts): string {
  const naam = [p.voornamen, p.tussenvoegsel, p.achternaam]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(" ");
  return naam || `Betrokkene ${p.persoonsvolgnummer}`;
}

export function formatAdres(p: {
  straat?: string | null;
  huisnummer?: string | null;
  postcode?: string | null;
  woonplaats?: string | null;
  /** A geheim adres this user may not see (lib/betrokkene/adres.ts maskeerAdres). */
  afgeschermd?: boolean;
}): string | null {
  if (p.afgeschermd) return ADRES_AFGESCHERMD;
  const regel1 = [p.straat, p.huisnummer].filter(Boolean).join(" ");
  const regel2 = [p.postcode, p.woonplaats].filter(Boolean).join(" ");
  return [regel1, regel2].filter(Boolean).join(", ") || null;
}

/** The family name a work list shows beside the numbers: the achternaam (with tussenvoegsel) of betrokkene 1. */
export const FAMILIE_SELECT = {
  betrokkenen: {
    orderBy: { persoonsvolgnummer: "asc" as const },
    take: 1,
    select: { tussenvoegsel: true, achternaam: true },
  },
};

export function familienaam(c: {
  betrokkenen: { tussenvoegsel: string | null; achternaam: string | null }[];
}): string | null {
  const b = c.betrokkenen[0];
  return b ? [b.tussenvoegsel, b.achternaam].filter((s) => s?.trim()).join(" ") || null : null;
}
