// The half-year of a delivery as JJJJMMDD bounds (private to the export until lib/domain/periode.ts settles).
export interface Periode {
  jaar: number;
  halfjaar: 1 | 2;
}

export interface PeriodBounds {
  /** First day, JJJJMMDD. */
  start: string;
  /** Last day, JJJJMMDD. */
  end: string;
}

export function getPeriodBounds({ jaar, halfjaar }: Periode): PeriodBounds {
  const y = String(jaar).padStart(4, "0");
  return halfjaar === 1 ? { start: `${y}0101`, end: `${y}0630` } : { start: `${y}0701`, end: `${y}1231` };
}

/** The period named by record 01 (verslagjaar, halfjaar), or null when those fields are not valid. */
export function readPeriode(values: Readonly<Record<string, string>>): Periode | null {
  const jaar = /^[0-9]{4}$/.test(values.verslagjaar ?? "") ? Number(values.verslagjaar) : 0;
  const halfjaar = values.halfjaar === "1" ? 1 : values.halfjaar === "2" ? 2 : null;
  return jaar > 0 && halfjaar ? { jaar, halfjaar } : null;
}
