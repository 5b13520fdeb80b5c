// When the next monitoringsmoment is due: the last monitoringsmoment (or, before the first one, the last
// overdracht) plus the organisation's interval (organisatie.monitoringIntervalDagen). Pure; no I/O.
import { addDays, compareDates } from "@/lib/domain/dates";

export const DEFAULT_MONITORING_INTERVAL_DAGEN = 42;

export function latestDate(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (max === null || compareDates(d, max) > 0 ? d : max), null);
}

/** Null when there is nothing to monitor yet (no overdracht) or the casus is closed. */
export function nextMonitoringDate(p: {
  monitoringData: Date[];
  overdrachtData: Date[];
  intervalDagen: number;
  gesloten?: boolean;
}): Date | null {
  if (p.gesloten) return null;
  const basis = latestDate(p.monitoringData) ?? latestDate(p.overdrachtData);
  return basis ? addDays(basis, p.intervalDagen) : null;
}
