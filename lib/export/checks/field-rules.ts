// The rules for one field value on its own (reader form, see reader.ts): K01 (form) and K02 (code list).
import { codesOf, type LijstNaam } from "@/lib/domain/codes";
import { isValidYmd } from "@/lib/domain/dates";
import type { FieldDef } from "../layout/layout";
import { UNREPRESENTABLE_CHAR } from "../write/format";

export interface FieldFinding {
  rule: "K01" | "K02";
  message: string;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
export const DATE_EMPTY = "00000000";
export const DATE_ONGEBOREN = "99999999";

/** True for a complete, existing calendar date JJJJMMDD. */
export function isFullDate(value: string): boolean {
  // Runs several times per record: digits read by char code instead of a regex and three Number() calls.
  if (value.length !== 8) return false;
  let n = 0;
  for (let i = 0; i < 8; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    n = n * 10 + c;
  }
  const year = Math.floor(n / 10000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  // Days 1-28 exist in every month: only the rest needs the calendar.
  if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  return isValidYmd(year, month, day);
}

/** D field: a full date or 00000000; geboortedatum also JJJJMM00, JJJJ0000 and 99999999. */
export function isAllowedDate(value: string, partial: boolean): boolean {
  if (value === DATE_EMPTY || isFullDate(value)) return true;
  if (!partial) return false;
  if (value === DATE_ONGEBOREN) return true;
  const m = /^([0-9]{4})([0-9]{2})00$/.exec(value);
  if (!m || Number(m[1]) < 1) return false;
  return m[2] === "00" || (Number(m[2]) >= 1 && Number(m[2]) <= 12);
}

// Caches: the checks run these for every field of ~700 000 records.
const regexCache = new Map<string, RegExp>();
const codesCache = new Map<LijstNaam, string[]>();

function getRegex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) regexCache.set(pattern, (re = new RegExp(pattern)));
  return re;
}

function getCodes(lijst: LijstNaam): string[] {
  let codes = codesCache.get(lijst);
  if (!codes) codesCache.set(lijst, (codes = codesOf(lijst)));
  return codes;
}

/** The list codes behind each position of a flag field, or the digit values of the uitkomst. */
export function allowedFlagChars(field: FieldDef): string[] {
  return field.flags === "uitkomst" ? getCodes(field.list ?? "H") : ["0", "1"];
}

/** K01: is the text well-formed for its type? Returns a Dutch message or null. */
export function checkFieldForm(field: FieldDef, value: string): string | null {
  if (value.length === field.length && value === UNREPRESENTABLE_CHAR.repeat(field.length)) {
    return "waarde kon bij het aanmaken niet worden weergegeven";
  }
  if (!PRINTABLE_ASCII.test(value)) return "teken buiten ASCII 0x20-0x7E";
  switch (field.type) {
    case "N":
      if (!/^[0-9]+$/.test(value) || value.length !== field.length) return "alleen cijfers toegestaan";
      break;
    case "D":
      if (!isAllowedDate(value, field.partialDate === true)) return "geen geldige datum JJJJMMDD";
      break;
    case "F": {
      const allowed = allowedFlagChars(field);
      if (value.length !== field.length || [...value].some((c) => !allowed.includes(c))) {
        return `alleen ${allowed.join("/")} toegestaan, ${field.length} posities`;
      }
      break;
    }
    case "AN":
      if (value.startsWith(" ")) return "waarde moet links uitgelijnd zijn";
      break;
  }
  if (field.pattern && !getRegex(field.pattern).test(value)) {
    return value === "" ? "verplicht veld is leeg" : "waarde heeft niet de voorgeschreven vorm";
  }
  return null;
}

/** K02: is every code in its list (and not excluded for this record)? Only meaningful after K01 passed. */
export function checkFieldCodes(field: FieldDef, value: string): string | null {
  if (field.values && !field.values.includes(value))
    return `waarde '${value}' niet toegestaan (${field.values.join(", ")})`;
  if (!field.list) return null;
  const codes = getCodes(field.list);
  if (field.type === "N") {
    if (!codes.includes(value)) return `code '${value}' komt niet voor in lijst ${field.list}`;
    if (field.excluded?.includes(value)) return `code '${value}' is hier niet toegestaan`;
    return null;
  }
  if (field.flags === "A" || field.flags === "B") {
    const excluded = codes.filter((c, i) => value[i] === "1" && field.excluded?.includes(c));
    if (excluded.length > 0)
      return `code ${excluded.join(", ")} van lijst ${field.list} is in dit record niet toegestaan`;
  }
  return null;
}

/** K01 then K02 for one field; at most one finding. */
export function checkField(field: FieldDef, value: string): FieldFinding | null {
  const form = checkFieldForm(field, value);
  if (form) return { rule: "K01", message: form };
  const codes = checkFieldCodes(field, value);
  return codes ? { rule: "K02", message: codes } : null;
}
