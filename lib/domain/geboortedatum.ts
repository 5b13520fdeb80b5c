// Geboortedatum in the delivery form: 8 characters
//   JJJJMMDD full · JJJJMM00 year + month known · JJJJ0000 year known · 00000000 onbekend · 99999999 ongeboren.
import { BSN_ONGEBOREN } from "./bsn";
import { MAANDEN_NL, isValidYmd } from "./dates";

export const GEBOORTEDATUM_ONBEKEND = "00000000";
export const GEBOORTEDATUM_ONGEBOREN = "99999999";
/** Earliest year of birth accepted by checkGeboortedatum (older is surely a typing error). */
export const MIN_GEBOORTEJAAR = 1890;

export type GeboortedatumParts =
  | { kind: "volledig"; year: number; month: number; day: number }
  | { kind: "maand"; year: number; month: number }
  | { kind: "jaar"; year: number }
  | { kind: "onbekend" }
  | { kind: "ongeboren" };

export const GEBOORTEDATUM_MESSAGES = {
  format: "Geboortedatum moet uit 8 cijfers bestaan (JJJJMMDD)",
  ongeldig: "Geboortedatum is geen geldige datum",
  toekomst: "Geboortedatum ligt in de toekomst",
  teOud: `Geboortedatum ligt vóór ${MIN_GEBOORTEJAAR}`,
  ongeborenBsn: "Een ongeboren kind heeft BSN 999999999 en geboortedatum 99999999 (beide of geen van beide)",
} as const;

/** Parses the 8-character form; null when malformed or not a possible (partial) date. */
export function parseGeboortedatum(s: string): GeboortedatumParts | null {
  if (s === GEBOORTEDATUM_ONBEKEND) return { kind: "onbekend" };
  if (s === GEBOORTEDATUM_ONGEBOREN) return { kind: "ongeboren" };
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year === 0 || month > 12) return null;
  if (month === 0) return day === 0 ? { kind: "jaar", year } : null;
  if (day === 0) return { kind: "maand", year, month };
  return isValidYmd(year, month, day) ? { kind: "volledig", year, month, day } : null;
}

const pad = (n: number, len: number) => String(n).padStart(len, "0");

/** Writes parts in the 8-character form. Throws a RangeError on parts that parseGeboortedatum would reject. */
export function formatGeboortedatum(parts: GeboortedatumParts): string {
  let s: string;
  switch (parts.kind) {
    case "onbekend":
      return GEBOORTEDATUM_ONBEKEND;
    case "ongeboren":
      return GEBOORTEDATUM_ONGEBOREN;
    case "jaar":
      s = `${pad(parts.year, 4)}0000`;
      break;
    case "maand":
      s = `${pad(parts.year, 4)}${pad(parts.month, 2)}00`;
      break;
    case "volledig":
      s = `${pad(parts.year, 4)}${pad(parts.month, 2)}${pad(parts.day, 2)}`;
      break;
  }
  const back = parseGeboortedatum(s);
  if (!back || back.kind !== parts.kind) throw new RangeError(`Ongeldige geboortedatum: ${JSON.stringify(parts)}`);
  return s;
}

/**
 * True when the known part of the date lies after today (by the UTC calendar date of `today`): a year-only date
 * is in the future only from next year on, a year+month only from next month on. Invalid, onbekend and
 * ongeboren are never "in the future".
 */
export function isGeboortedatumInFuture(s: string, today: Date): boolean {
  const p = parseGeboortedatum(s);
  if (!p || p.kind === "onbekend" || p.kind === "ongeboren") return false;
  const [ty, tm, td] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  if (p.year !== ty || p.kind === "jaar") return p.year > ty;
  if (p.month !== tm || p.kind === "maand") return p.month > tm;
  return p.day > td;
}

/** Dutch text: "12 maart 2019", "maart 2019", "2019", "onbekend", "ongeboren"; "ongeldige datum" when invalid. */
export function describeGeboortedatum(s: string): string {
  const p = parseGeboortedatum(s);
  if (!p) return "ongeldige datum";
  switch (p.kind) {
    case "onbekend":
      return "onbekend";
    case "ongeboren":
      return "ongeboren";
    case "jaar":
      return String(p.year);
    case "maand":
      return `${MAANDEN_NL[p.month - 1]} ${p.year}`;
    case "volledig":
      return `${p.day} ${MAANDEN_NL[p.month - 1]} ${p.year}`;
  }
}

export type GeboortedatumCheck = { ok: true; parts: GeboortedatumParts } | { ok: false; message: string };

/** Validates a geboortedatum for registration: form, existing date, not in the future, not before 1890. */
export function checkGeboortedatum(s: string, today: Date): GeboortedatumCheck {
  if (!/^\d{8}$/.test(s)) return { ok: false, message: GEBOORTEDATUM_MESSAGES.format };
  const parts = parseGeboortedatum(s);
  if (!parts) return { ok: false, message: GEBOORTEDATUM_MESSAGES.ongeldig };
  if (isGeboortedatumInFuture(s, today)) return { ok: false, message: GEBOORTEDATUM_MESSAGES.toekomst };
  if ("year" in parts && parts.year < MIN_GEBOORTEJAAR) return { ok: false, message: GEBOORTEDATUM_MESSAGES.teOud };
  return { ok: true, parts };
}

/** Rule K06: BSN 999999999 if and only if geboortedatum 99999999. */
export function checkOngeborenConsistent(
  bsn: string,
  geboortedatum: string,
): { ok: true } | { ok: false; message: string } {
  const consistent = (bsn === BSN_ONGEBOREN) === (geboortedatum === GEBOORTEDATUM_ONGEBOREN);
  return consistent ? { ok: true } : { ok: false, message: GEBOORTEDATUM_MESSAGES.ongeborenBsn };
}
