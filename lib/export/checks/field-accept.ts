// The fast "yes" of the field rules, for the ~9 million field values of a national file.
//
// acceptField(rule, value) is true only for a value that checkField (field-rules.ts) accepts, i.e. gives no
// K01/K02 finding. False means "not sure": the caller then asks checkField, which stays the one place that
// decides and words findings. The fast path may therefore leave rare cases to the slow one (partial dates,
// unusual patterns) but must never accept more than checkField does. It works on tables built once per
// field from the layout (code tables, allowed flag characters) and char-code loops instead of regexes.
import { codesOf } from "@/lib/domain/codes";
import { IDENTIFIER_PATTERN, PERSOONSVOLGNUMMER_PATTERN, type FieldDef, type FieldType } from "../layout/layout";
import { allowedFlagChars, DATE_EMPTY, isFullDate } from "./field-rules";
import { UNREPRESENTABLE_CHAR } from "../write/format";
import { isDigits, isPrintableAscii } from "../layout/layout-tables";

export interface FieldRule {
  readonly field: FieldDef;
  readonly name: string;
  readonly type: FieldType;
  readonly length: number;
  /** 'id' and 'pvn' are the layout's identifier and persoonsvolgnummer patterns, tested by char code. */
  readonly pattern: "id" | "pvn" | RegExp | null;
  readonly values: readonly string[] | null;
  /** N with a code list: codeTable[numeric value] = 1 for the codes of the list that are not excluded. */
  readonly codeTable: Uint8Array | null;
  /** N with a code list too long for a table: always left to checkField. */
  readonly codesUnchecked: boolean;
  /** F: flagChars[char code] = 1 for the characters allowed in every position. */
  readonly flagChars: Uint8Array | null;
  /** F over list A/B: positions whose code is excluded in this field (a '1' there is K02). */
  readonly excludedFlags: readonly number[];
}

const MARKER = UNREPRESENTABLE_CHAR.charCodeAt(0);
const MAX_TABLE_DIGITS = 4;

export function compileFieldRule(field: FieldDef): FieldRule {
  const codeList = field.type === "N" && field.list ? codesOf(field.list) : null;
  const tableFits = field.length <= MAX_TABLE_DIGITS;
  return {
    field,
    name: field.name,
    type: field.type,
    length: field.length,
    pattern:
      field.pattern === IDENTIFIER_PATTERN
        ? "id"
        : field.pattern === PERSOONSVOLGNUMMER_PATTERN
          ? "pvn"
          : field.pattern
            ? new RegExp(field.pattern)
            : null,
    values: field.values ?? null,
    codeTable: codeList && tableFits ? buildCodeTable(field, codeList) : null,
    codesUnchecked: codeList !== null && !tableFits,
    flagChars: field.type === "F" ? buildFlagChars(field) : null,
    excludedFlags:
      field.type === "F" && field.list && (field.flags === "A" || field.flags === "B")
        ? codesOf(field.list).flatMap((c, i) => (field.excluded?.includes(c) ? [i] : []))
        : [],
  };
}

function buildCodeTable(field: FieldDef, codes: readonly string[]): Uint8Array {
  const table = new Uint8Array(10 ** field.length);
  for (const c of codes) {
    // A code that is not `length` digits can never equal a value that passed the N form check.
    if (c.length === field.length && isDigits(c) && !field.excluded?.includes(c)) table[Number(c)] = 1;
  }
  return table;
}

function buildFlagChars(field: FieldDef): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of allowedFlagChars(field)) {
    const code = c.charCodeAt(0);
    if (c.length === 1 && code >= 0x20 && code <= 0x7e && code !== MARKER) table[code] = 1;
  }
  return table;
}

/** True only when checkField(rule.field, value) is null; false means "ask checkField". */
export function acceptField(rule: FieldRule, value: string): boolean {
  const length = value.length;
  switch (rule.type) {
    case "AN":
      // A value starting with '?' over the whole field may be the writer's marker: left to checkField.
      if (length > 0 && (value.charCodeAt(0) === 32 || (length === rule.length && value.charCodeAt(0) === MARKER)))
        return false;
      if (rule.pattern !== "id" && !isPrintableAscii(value)) return false; // an identifier is printable by its pattern
      break;
    case "N":
      if (length !== rule.length || !isDigits(value)) return false;
      break;
    case "D":
      if (value !== DATE_EMPTY && !isFullDate(value)) return false; // partial dates go the slow way
      break;
    case "F":
      if (length !== rule.length || !isFlagText(rule, value)) return false;
      break;
  }
  const pattern = rule.pattern;
  if (pattern === "id") {
    if (!isIdentifier(value)) return false;
  } else if (pattern === "pvn") {
    if (!isDigits(value) || isAllZeros(value)) return false;
  } else if (pattern !== null && !pattern.test(value)) {
    return false;
  }
  if (rule.values !== null && !rule.values.includes(value)) return false;
  if (rule.codeTable !== null) return rule.codeTable[Number(value)] === 1; // N: `length` digits here
  return !rule.codesUnchecked;
}

function isFlagText(rule: FieldRule, value: string): boolean {
  const allowed = rule.flagChars!;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 127 || allowed[c] !== 1) return false;
  }
  for (const i of rule.excludedFlags) if (value.charCodeAt(i) === 49) return false;
  return true;
}

/** As /^[A-Z0-9-]+$/. */
function isIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

function isAllZeros(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 48) return false;
  return true;
}
