// The checks that need one record only: K01/K02 per field, and K05 (own dates), K06, K07, K09 (own fields),
// K10, K11, K12. Field positions and types come from the layout; the rules name fields by their spec name.
import { isValidBsn } from "@/lib/domain/bsn";
import { isNietBeroepsmatig, ORGANISATIE_NIET_BEROEPSMATIG } from "@/lib/domain/codes";
import { findRecordDef, HEADER_TYPE } from "./layout";
import { checkField, DATE_EMPTY, DATE_ONGEBOREN } from "./field-rules";
import type { ParsedRecord } from "./reader";
import { createViolation, makeRecordRef, type RecordRef, type Rule, type Violation } from "./violation";

export interface RecordCheckContext {
  /** Last day of the period (JJJJMMDD), or null when unknown (no valid record 01 and no periode given). */
  periodEnd: string | null;
  /** Gemeentecodes of the verslagjaar; without it K11 only flags 0000. */
  gemeenten?: ReadonlySet<string>;
}

/** K05: end date ≥ start date within one record. */
const DATE_PAIRS: Readonly<Record<string, readonly [string, string]>> = {
  "10": ["startdatum", "einddatum"],
  "20": ["begindatum", "einddatum"],
  "40": ["startdatum", "einddatum"],
};
/** K12: fields whose onbekend value (layout `unknown`) gives a warning. */
const K12_FIELDS: ReadonlySet<string> = new Set(["duur", "taxatie", "functie_rol", "organisatie", "geslacht", "bsn", "aard"]);

type Report = (rule: Rule, message: string, field?: string) => void;
type Get = (name: string) => string | undefined;

export function checkRecord(record: ParsedRecord, ctx: RecordCheckContext): Violation[] {
  const def = findRecordDef(record.type);
  if (!def) return [];
  const ref: RecordRef = makeRecordRef(record.type, record.values, record.lineNumber);
  const out: Violation[] = [];
  const valid = new Map<string, string>();
  for (const field of def.fields) {
    const value = record.values[field.name] ?? "";
    const finding = field.name === "recordtype" ? null : checkField(field, value);
    if (finding) out.push(createViolation(finding.rule, ref, `${field.name}: ${finding.message}`, field.name, value));
    else valid.set(field.name, value);
  }
  // Only fields that passed K01/K02 take part in the other rules, so one bad value gives one finding.
  const get: Get = (name) => valid.get(name);
  const report: Report = (rule, message, field) => out.push(createViolation(rule, ref, message, field, field ? get(field) : undefined));
  checkDates(record.type, get, ctx, report, def.fields.filter((f) => f.type === "D").map((f) => f.name));
  checkContent(record.type, get, ctx, report);
  for (const field of def.fields) {
    if (K12_FIELDS.has(field.name) && field.unknown !== undefined && get(field.name) === field.unknown) {
      report("K12", `${field.name} is onbekend`, field.name);
    }
  }
  return out;
}

function checkDates(type: string, get: Get, ctx: RecordCheckContext, report: Report, dateFields: string[]): void {
  const pair = DATE_PAIRS[type];
  if (pair) {
    const [start, end] = [get(pair[0]), get(pair[1])];
    if (start && end && start !== DATE_EMPTY && end !== DATE_EMPTY && end < start) {
      report("K05", `${pair[1]} ligt voor ${pair[0]} (${start})`, pair[1]);
    }
  }
  // aanmaakdatum (record 01) is the only date that lies after the period by nature.
  if (ctx.periodEnd === null || type === HEADER_TYPE) return;
  for (const name of dateFields) {
    const value = get(name);
    if (value && value !== DATE_EMPTY && value !== DATE_ONGEBOREN && value > ctx.periodEnd) {
      report("K05", `${name} ligt na het einde van de periode (${ctx.periodEnd})`, name);
    }
  }
}

function checkContent(type: string, get: Get, ctx: RecordCheckContext, report: Report): void {
  if (type === "21") checkBetrokkene(get, report);
  if (type === "10" || type === "30") {
    const [rol, org] = [get("functie_rol"), get("organisatie")];
    if (rol && org && isNietBeroepsmatig(rol) !== (org === ORGANISATIE_NIET_BEROEPSMATIG)) {
      report("K07", isNietBeroepsmatig(rol)
        ? `functie_rol ${rol} is niet-beroepsmatig: organisatie moet ${ORGANISATIE_NIET_BEROEPSMATIG} zijn`
        : `organisatie ${ORGANISATIE_NIET_BEROEPSMATIG} mag alleen bij een niet-beroepsmatige rol (01-07), niet bij ${rol}`, "organisatie");
    }
  }
  if (type === "40") checkDienst(get, report);
  if (type === "60") {
    const score = get("veiligheidsscore");
    if (score && Number(score) > 10) report("K10", "veiligheidsscore moet tussen 0 en 10 liggen", "veiligheidsscore");
  }
  const gemeente = get("gemeentecode");
  if (gemeente === "0000") report("K11", "gemeentecode is onbekend (0000)", "gemeentecode");
  else if (gemeente && ctx.gemeenten && !ctx.gemeenten.has(gemeente)) {
    report("K11", `gemeentecode ${gemeente} komt niet voor in de gemeentelijst van het verslagjaar`, "gemeentecode");
  }
}

function checkBetrokkene(get: Get, report: Report): void {
  const [bsn, geboortedatum] = [get("bsn"), get("geboortedatum")];
  if (bsn && !isValidBsn(bsn)) report("K06", "BSN voldoet niet aan de elfproef", "bsn");
  if (bsn && geboortedatum && (bsn === "999999999") !== (geboortedatum === DATE_ONGEBOREN)) {
    report("K06", "BSN 999999999 (ongeboren) hoort bij geboortedatum 99999999 en omgekeerd", "bsn");
  }
}

/** K09 within the record: soort V has no uitkomst; an open dienst has no conclusion, uitkomst or reden. */
function checkDienst(get: Get, report: Report): void {
  const uitkomst = get("uitkomst_onderzoek");
  if (get("soort") === "V" && uitkomst && /[^0]/.test(uitkomst)) {
    report("K09", "een dienst Voorwaarden en Vervolg heeft geen uitkomst onderzoek (00000)", "uitkomst_onderzoek");
  }
  if (get("einddatum") !== DATE_EMPTY) return;
  const conclusie = get("aard_conclusie");
  if (conclusie && /[^0]/.test(conclusie)) report("K09", "een open dienst heeft nog geen aard_conclusie", "aard_conclusie");
  if (get("soort") === "O" && uitkomst && /[^0]/.test(uitkomst)) {
    report("K09", "een open onderzoek heeft nog geen uitkomst", "uitkomst_onderzoek");
  }
  const reden = get("reden_voortijdig");
  if (reden && reden !== "00") report("K09", "een open dienst heeft geen reden_voortijdig", "reden_voortijdig");
}
