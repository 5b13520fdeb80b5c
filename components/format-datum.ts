// Dates on screen, for every page: "10 maart 2026" for calendar dates, "13 maart 2026 om 16:00" for moments (Europe/Amsterdam).
import { formatDatumNl, parseIsoDate } from "@/lib/domain/dates";

export function datumNl(iso: string | null | undefined): string {
  const d = iso ? parseIsoDate(iso.slice(0, 10)) : null;
  return d ? formatDatumNl(d) : "—";
}

const tijd = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" });
const dag = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function momentNl(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return "—";
  const d = new Date(isoDateTime);
  return `${datumNl(dag.format(d))} om ${tijd.format(d)}`;
}
