// How a betrokkene is named on the achterdeur pages (no I/O).
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";

export const BETROKKENE_ROL_LABELS: Record<string, string> = {
  PLEGER: "Vermoedelijke pleger",
  SLACHTOFFER: "Slachtoffer",
  KIND: "Kind",
  ANDERS: "Andere betrokkene",
};

type Naamdelen = {
  persoonsvolgnummer: number;
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string | null;
  rol: string;
  geboortedatum: string | null;
};

export function betrokkeneNaam(b: Naamdelen): string {
  const naam = [b.voornamen, b.tussenvoegsel, b.achternaam].filter((s) => s && s.trim() !== "").join(" ");
  return naam || `Betrokkene ${b.persoonsvolgnummer}`;
}

/** "Lieke Hendriks (Kind, geboren september 2015)". */
export function betrokkeneLabel(b: Naamdelen): string {
  const g = b.geboortedatum ? describeGeboortedatum(b.geboortedatum) : "onbekend";
  const geboren = g === "onbekend" ? "" : g === "ongeboren" ? ", ongeboren" : `, geboren ${g}`;
  return `${betrokkeneNaam(b)} (${BETROKKENE_ROL_LABELS[b.rol] ?? b.rol}${geboren})`;
}
