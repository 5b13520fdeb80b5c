// The report's default period: the last half year that has ended (the one delivered to CBS).
import { todayInAmsterdam } from "@/lib/domain/dates";
import { getPreviousPeriode, halfjaarOf } from "@/lib/domain/periode";
import { parseRapportPeriode, type PeriodeKeuze } from "./periode";

export function standaardPeriode(vandaag: Date = todayInAmsterdam()): string {
  return getPreviousPeriode(halfjaarOf(vandaag)).code;
}

export function standaardKeuze(vandaag?: Date): PeriodeKeuze {
  const r = parseRapportPeriode(standaardPeriode(vandaag));
  if (!r.ok) throw new Error(r.message);
  return r.periode;
}
