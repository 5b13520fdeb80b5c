// The deadline of the veiligheidsbeoordeling as the work lists and pages show it (text, not only colour).
import { compareDates, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { beoordelingDeadline, countWerkdagenBetween, isBeoordelingOnTime } from "@/lib/domain/werkdagen";

export type TermijnStatus = "verstreken" | "vandaag" | "lopend" | "op-tijd-beoordeeld" | "te-laat-beoordeeld";
export type Termijn = { deadline: string; status: TermijnStatus; tekst: string };

/**
 * The termijn of a melding. With a final beoordeling (datumBeoordeling given) it says whether that was on time;
 * otherwise how it stands today.
 */
export function beoordelingTermijn(datumMelding: Date, datumBeoordeling: Date | null = null, today: Date = todayInAmsterdam()): Termijn {
  const deadline = beoordelingDeadline(datumMelding);
  const iso = toIsoDate(deadline);
  if (datumBeoordeling) {
    return isBeoordelingOnTime(datumMelding, datumBeoordeling)
      ? { deadline: iso, status: "op-tijd-beoordeeld", tekst: "Binnen de termijn beoordeeld" }
      : { deadline: iso, status: "te-laat-beoordeeld", tekst: "Na de termijn beoordeeld" };
  }
  const cmp = compareDates(today, deadline);
  if (cmp > 0) return { deadline: iso, status: "verstreken", tekst: "Termijn verstreken" };
  if (cmp === 0) return { deadline: iso, status: "vandaag", tekst: "Termijn verloopt vandaag" };
  const n = countWerkdagenBetween(today, deadline);
  return { deadline: iso, status: "lopend", tekst: n === 1 ? "Nog 1 werkdag" : `Nog ${n} werkdagen` };
}
