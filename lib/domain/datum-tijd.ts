// Moments typed as local Dutch time (an <input type="datetime-local">: "2026-11-23T09:30") and shown back the
// same way, whatever the server's time zone; summer and winter time follow Europe/Amsterdam.
import { MAANDEN_NL, isValidYmd } from "./dates";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function amsterdamParts(at: Date) {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

/** Minutes Amsterdam is ahead of UTC at a moment (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const p = amsterdamParts(at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/;

/** "2026-11-23T09:30" as Amsterdam time; null when it is not a real date and time. */
export function parseAmsterdamDateTime(s: string): Date | null {
  const m = LOCAL.exec(s.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (!isValidYmd(y, mo, d) || h > 23 || mi > 59) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  let t = naive - offsetMinutes(new Date(naive)) * 60_000;
  t = naive - offsetMinutes(new Date(t)) * 60_000;
  return new Date(t);
}

const two = (n: number) => String(n).padStart(2, "0");

/** The value of a datetime-local input for a moment: "2026-11-23T09:30". */
export function toAmsterdamInput(at: Date): string {
  const p = amsterdamParts(at);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** "23 november 2026, 09:30". */
export function formatDatumTijdNl(at: Date): string {
  const p = amsterdamParts(at);
  return `${p.day} ${MAANDEN_NL[p.month - 1]} ${p.year}, ${two(p.hour)}:${two(p.minute)}`;
}
