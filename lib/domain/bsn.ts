// Burgerservicenummer (BSN): 9 digits that pass the elfproef 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
// Two special values are allowed in the registration and the delivery file:
//   000000000 = onbekend  (passes the arithmetic, but is not a real BSN)
//   999999999 = ongeboren (fails the arithmetic; whitelisted; goes with geboortedatum 99999999)

export const BSN_ONBEKEND = "000000000";
export const BSN_ONGEBOREN = "999999999";

export type BsnKind = "echt" | "onbekend" | "ongeboren";
export type BsnCheck = { ok: true; kind: BsnKind } | { ok: false; message: string };

export const BSN_MESSAGES = {
  format: "BSN moet uit 9 cijfers bestaan",
  elfproef: "Dit BSN voldoet niet aan de elfproef",
  nul: "Dit is geen geldig BSN",
} as const;

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** True when s is exactly 9 ASCII digits. */
export function hasBsnFormat(s: string): boolean {
  return /^\d{9}$/.test(s);
}

/** The weighted elfproef sum of 9 digits (no format check). */
export function computeElfproefSum(digits: string): number {
  return WEIGHTS.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

/** Pure arithmetic: 9 digits and the weighted sum ≡ 0 (mod 11). Note 000000000 passes, 999999999 does not. */
export function passesElfproef(s: string): boolean {
  return hasBsnFormat(s) && computeElfproefSum(s) % 11 === 0;
}

/** A BSN that can belong to a person: elfproef-valid with a non-zero sum (excludes 000000000, 000000012, …). */
export function isRealBsn(s: string): boolean {
  return passesElfproef(s) && computeElfproefSum(s) !== 0;
}

export function isSpecialBsn(s: string): boolean {
  return s === BSN_ONBEKEND || s === BSN_ONGEBOREN;
}

/** Allowed in the registration and the delivery: a real BSN, or one of the two special values. */
export function isValidBsn(s: string): boolean {
  return isRealBsn(s) || isSpecialBsn(s);
}

/** Checks a BSN and says which kind it is, or gives a Dutch message. */
export function checkBsn(s: string): BsnCheck {
  if (s === BSN_ONBEKEND) return { ok: true, kind: "onbekend" };
  if (s === BSN_ONGEBOREN) return { ok: true, kind: "ongeboren" };
  if (!hasBsnFormat(s)) return { ok: false, message: BSN_MESSAGES.format };
  if (!passesElfproef(s)) return { ok: false, message: BSN_MESSAGES.elfproef };
  if (!isRealBsn(s)) return { ok: false, message: BSN_MESSAGES.nul };
  return { ok: true, kind: "echt" };
}

const pickDigit = (rand: () => number, min: number) => min + Math.min(9 - min, Math.floor(rand() * (10 - min)));

/**
 * A random real BSN for synthetic data (first digit 1-9). Deterministic for a deterministic `rand`
 * (returning numbers in [0, 1)); always consumes exactly 8 values.
 */
export function generateBsn(rand: () => number): string {
  const digits = [pickDigit(rand, 1), ...Array.from({ length: 7 }, () => pickDigit(rand, 0))];
  const weightedSum = () => digits.reduce((sum, d, i) => sum + WEIGHTS[i] * d, 0);
  // d9 must equal the sum mod 11. A remainder of 10 has no digit, and a sum equal to its remainder would make the
  // total 0 (100000009); in both cases nudge d8 (changes the sum by +2 or −18). At most two nudges are needed.
  while (weightedSum() % 11 === 10 || weightedSum() === weightedSum() % 11) digits[7] = (digits[7] + 1) % 10;
  return [...digits, weightedSum() % 11].join("");
}
