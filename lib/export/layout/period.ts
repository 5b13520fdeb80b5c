// The half-year of a delivery as JJJJMMDD bounds, the form in which the checks compare file dates.
import { toJjjjmmdd } from "@/lib/domain/dates";
import { makePeriode, type Halfjaar } from "@/lib/domain/periode";

/** Year and half-year; a lib/domain/periode Periode fits too. */
export interface Periode {
  jaar: number;
  halfjaar: Halfjaar;
}

export interface PeriodBounds {
  /** First day, JJJJMMDD. */
  start: string;
  /** Last day, JJJJMMDD. */
  end: string;
}

export function getPeriodBounds({ jaar, halfjaar }: Periode): PeriodBounds {
  const p = makePeriode(jaar, halfjaar);
  return { start: toJjjjmmdd(p.start), end: toJjjjmmdd(p.end) };
}

/** The period named by record 01 (verslagjaar, halfjaar), or null when those fields are not valid. */
export function readPeriode(values: Readonly<Record<string, string>>): Periode | null {
  const jaar = /^[0-9]{4}$/.test(values.verslagjaar ?? "") ? Number(values.verslagjaar) : 0;
  const halfjaar = values.halfjaar === "1" ? 1 : values.halfjaar === "2" ? 2 : null;
  return jaar > 0 && halfjaar ? { jaar, halfjaar } : null;
}
