// The checks that need one record only: K01/K02 per field, and K05 (own dates), K06, K07, K09 (own fields),
// K10, K11, K12. Field positions and types come from the layout; the rules name fields by their spec name.
//
// Hot path (~1 million records): everything that depends on the record type only (compiled field rules,
// the indexes of the fields the rules name, the date and K12 fields) is built once per type, a record is
// checked without closures, maps or filters, and a reference for the report is built only for a finding.
import { isValidBsn } from "@/lib/domain/bsn";
import { isNietBeroepsmatig, ORGANISATIE_NIET_BEROEPSMATIG } from "@/lib/domain/codes";
import { HEADER_TYPE, RECORDS } from "../layout/layout";
import { acceptField, compileFieldRule, type FieldRule } from "./field-accept";
import { checkField, DATE_EMPTY, DATE_ONGEBOREN } from "./field-rules";
import type { ParsedRecord } from "../read/reader";
import { createViolation, makeRecordRef, type Rule, type Violation } from "./violation";

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
const K12_FIELDS: ReadonlySet<string> = new Set([
  "duur",
  "taxatie",
  "functie_rol",
  "organisatie",
  "geslacht",
  "bsn",
  "aard",
]);
/** The fields the content rules below read; per record type their index, -1 when the type has no such field. */
const NAMED = [
  "gemeentecode",
  "functie_rol",
  "organisatie",
  "bsn",
  "geboortedatum",
  "soort",
  "einddatum",
  "aard_conclusie",
  "uitkomst_onderzoek",
  "reden_voortijdig",
  "veiligheidsscore",
] as const;
type Named = Readonly<Record<(typeof NAMED)[number], number>>;

interface RecordRules {
  readonly type: string;
  readonly fields: readonly FieldRule[];
  readonly recordtypeIndex: number;
  /** K05 start and end field, or null. */
  readonly pair: readonly [number, number] | null;
  readonly dates: readonly number[];
  readonly k12: readonly number[];
  readonly at: Named;
}

const RULES: ReadonlyMap<string, RecordRules> = new Map(
  RECORDS.map((def) => {
    const indexOf = (name: string) => def.fields.findIndex((f) => f.name === name);
    const pair = DATE_PAIRS[def.type];
    const rules: RecordRules = {
      type: def.type,
      fields: def.fields.map(compileFieldRule),
      recordtypeIndex: indexOf("recordtype"),
      pair: pair ? [indexOf(pair[0]), indexOf(pair[1])] : null,
      dates: def.fields.flatMap((f, i) => (f.type === "D" ? [i] : [])),
      k12: def.fields.flatMap((f, i) => (K12_FIELDS.has(f.name) && f.unknown !== undefined ? [i] : [])),
      at: Object.fromEntries(NAMED.map((name) => [name, indexOf(name)])) as Named,
    };
    return [def.type, rules];
  }),
);

/** Runs the single-record checks record after record; `ctx` is read at each record (periodEnd may be set later). */
export class RecordChecker {
  /** By field index: the value when it passed K01/K02, else undefined. Reused from record to record. */
  private readonly valid: (string | undefined)[] = [];
  private record: ParsedRecord | null = null;
  private rules: RecordRules | null = null;
  private out: Violation[] = [];
  private readonly ctx: RecordCheckContext;

  constructor(ctx: RecordCheckContext) {
    this.ctx = ctx;
  }

  check(record: ParsedRecord, out: Violation[]): void {
    const rules = RULES.get(record.type);
    if (!rules) return;
    this.record = record;
    this.rules = rules;
    this.out = out;
    const values = record.values;
    const valid = this.valid;
    for (let i = 0; i < rules.fields.length; i++) {
      const rule = rules.fields[i];
      const value = values[rule.name] ?? "";
      valid[i] = value;
      if (i === rules.recordtypeIndex || acceptField(rule, value)) continue;
      const finding = checkField(rule.field, value);
      if (!finding) continue;
      out.push(
        createViolation(
          finding.rule,
          makeRecordRef(record.type, values, record.lineNumber),
          `${rule.name}: ${finding.message}`,
          rule.name,
          value,
        ),
      );
      // Only fields that passed K01/K02 take part in the other rules, so one bad value gives one finding.
      valid[i] = undefined;
    }
    this.checkDates(rules);
    this.checkContent(rules);
    for (const i of rules.k12) {
      if (valid[i] === rules.fields[i].field.unknown) this.report("K12", `${rules.fields[i].name} is onbekend`, i);
    }
  }

  /** The value of field `i` when it passed K01/K02; undefined for a failed field or i = -1 (no such field). */
  private get(i: number): string | undefined {
    return i < 0 ? undefined : this.valid[i];
  }

  private report(rule: Rule, message: string, i: number): void {
    const record = this.record!;
    const name = this.rules!.fields[i].name;
    this.out.push(
      createViolation(rule, makeRecordRef(record.type, record.values, record.lineNumber), message, name, this.get(i)),
    );
  }

  private checkDates(rules: RecordRules): void {
    if (rules.pair) {
      const [s, e] = rules.pair;
      const start = this.get(s),
        end = this.get(e);
      if (start && end && start !== DATE_EMPTY && end !== DATE_EMPTY && end < start) {
        this.report("K05", `${rules.fields[e].name} ligt voor ${rules.fields[s].name} (${start})`, e);
      }
    }
    // aanmaakdatum (record 01) is the only date that lies after the period by nature.
    const periodEnd = this.ctx.periodEnd;
    if (periodEnd === null || rules.type === HEADER_TYPE) return;
    for (const i of rules.dates) {
      const value = this.get(i);
      if (value && value !== DATE_EMPTY && value !== DATE_ONGEBOREN && value > periodEnd) {
        this.report("K05", `${rules.fields[i].name} ligt na het einde van de periode (${periodEnd})`, i);
      }
    }
  }

  private checkContent(rules: RecordRules): void {
    const { type, at } = rules;
    if (type === "21") this.checkBetrokkene(at);
    if (type === "10" || type === "30") {
      const rol = this.get(at.functie_rol),
        org = this.get(at.organisatie);
      if (rol && org && isNietBeroepsmatig(rol) !== (org === ORGANISATIE_NIET_BEROEPSMATIG)) {
        this.report(
          "K07",
          isNietBeroepsmatig(rol)
            ? `functie_rol ${rol} is niet-beroepsmatig: organisatie moet ${ORGANISATIE_NIET_BEROEPSMATIG} zijn`
            : `organisatie ${ORGANISATIE_NIET_BEROEPSMATIG} mag alleen bij een niet-beroepsmatige rol (01-07), niet bij ${rol}`,
          at.organisatie,
        );
      }
    }
    if (type === "40") this.checkDienst(at);
    if (type === "60") {
      const score = this.get(at.veiligheidsscore);
      if (score && Number(score) > 10)
        this.report("K10", "veiligheidsscore moet tussen 0 en 10 liggen", at.veiligheidsscore);
    }
    const gemeente = this.get(at.gemeentecode);
    if (gemeente === "0000") this.report("K11", "gemeentecode is onbekend (0000)", at.gemeentecode);
    else if (gemeente && this.ctx.gemeenten && !this.ctx.gemeenten.has(gemeente)) {
      this.report(
        "K11",
        `gemeentecode ${gemeente} komt niet voor in de gemeentelijst van het verslagjaar`,
        at.gemeentecode,
      );
    }
  }

  private checkBetrokkene(at: Named): void {
    const bsn = this.get(at.bsn),
      geboortedatum = this.get(at.geboortedatum);
    if (bsn && !isValidBsn(bsn)) this.report("K06", "BSN voldoet niet aan de elfproef", at.bsn);
    if (bsn && geboortedatum && (bsn === "999999999") !== (geboortedatum === DATE_ONGEBOREN)) {
      this.report("K06", "BSN 999999999 (ongeboren) hoort bij geboortedatum 99999999 en omgekeerd", at.bsn);
    }
  }

  /** K09 within the record: soort V has no uitkomst; an open dienst has no conclusion, uitkomst or reden. */
  private checkDienst(at: Named): void {
    const uitkomst = this.get(at.uitkomst_onderzoek);
    if (this.get(at.soort) === "V" && uitkomst && hasNonZero(uitkomst)) {
      this.report(
        "K09",
        "een dienst Voorwaarden en Vervolg heeft geen uitkomst onderzoek (00000)",
        at.uitkomst_onderzoek,
      );
    }
    if (this.get(at.einddatum) !== DATE_EMPTY) return;
    const conclusie = this.get(at.aard_conclusie);
    if (conclusie && hasNonZero(conclusie))
      this.report("K09", "een open dienst heeft nog geen aard_conclusie", at.aard_conclusie);
    if (this.get(at.soort) === "O" && uitkomst && hasNonZero(uitkomst)) {
      this.report("K09", "een open onderzoek heeft nog geen uitkomst", at.uitkomst_onderzoek);
    }
    const reden = this.get(at.reden_voortijdig);
    if (reden && reden !== "00") this.report("K09", "een open dienst heeft geen reden_voortijdig", at.reden_voortijdig);
  }
}

/** As /[^0]/.test(s). */
function hasNonZero(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 48) return true;
  return false;
}
