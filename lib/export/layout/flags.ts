// Flag fields (type F): one position per code of list A or B, in list order ('1' = applies), and the
// uitkomst onderzoek: one digit (code of list H) per vorm, in the order of UITKOMST_VORMEN.
import { codesOf, UITKOMST_VORMEN } from "@/lib/domain/codes";

export type FlagList = "A" | "B";

/**
 * Codes → flag string, e.g. toFlags(['01','03'], 'A') = '1010000'. Throws on a code outside the list: a
 * programming error in the selection, never something to drop silently.
 */
export function toFlags(codes: readonly string[], lijst: FlagList): string {
  const all = codesOf(lijst);
  for (const c of codes) {
    if (!all.includes(c)) throw new Error(`Code '${c}' is not in list ${lijst}`);
  }
  return all.map((c) => (codes.includes(c) ? "1" : "0")).join("");
}

/** Flag string → codes that are set, in list order. Positions beyond the list are ignored; use the checks for validation. */
export function fromFlags(flags: string, lijst: FlagList): string[] {
  return codesOf(lijst).filter((_, i) => flags[i] === "1");
}

/**
 * Map vorm (list A code 01..05) → uitkomst (list H digit 0..3) → the 5-digit field, e.g.
 * toUitkomst({'01':'1','03':'3'}) = '10300'. Vormen not in the map are '0' (niet onderzocht).
 */
export function toUitkomst(map: Readonly<Record<string, string>>): string {
  const digits = codesOf("H");
  for (const [vorm, digit] of Object.entries(map)) {
    if (!UITKOMST_VORMEN.includes(vorm)) throw new Error(`'${vorm}' is not a vorm of the uitkomst onderzoek`);
    if (!digits.includes(digit)) throw new Error(`Uitkomst '${digit}' is not in list H`);
  }
  return UITKOMST_VORMEN.map((vorm) => map[vorm] ?? "0").join("");
}

/** The 5-digit field → map vorm → digit, leaving out '0' (niet onderzocht). */
export function fromUitkomst(uitkomst: string): Record<string, string> {
  const map: Record<string, string> = {};
  UITKOMST_VORMEN.forEach((vorm, i) => {
    const d = uitkomst[i];
    if (d !== undefined && d !== "0") map[vorm] = d;
  });
  return map;
}
