// The indexes behind the cross-checks (cross-checks.ts) and how a record's references are resolved: at once
// when what it refers to was read before (the normal, ordered file: one lookup, no closure), else once more
// in finish() (a retry closure, made only then). A finding's record reference is built only when reported.
import { hasEmptyPart, lastPart, PairSet, SEP } from "./pair-set";
import type { ParsedRecord } from "../read/reader";
import { buildKey, createViolation, makeRecordRef, type RecordRef, type Rule, type Violation } from "./violation";

export interface CasusEntry {
  begin: string;
  eind: string;
}
/** met31: a record 31 named this melding after it was registered (one named before is in CrossIndex.met31). */
export interface MeldingEntry {
  casus: string;
  datum: string;
  ref: RecordRef;
  met31: boolean;
}
export interface DienstEntry {
  casus: string;
  soort: string;
  start: string;
  eind: string;
}
export interface OnderzoekEntry {
  ref: RecordRef;
  casus: string;
  start: string;
  eind: string;
}

/** What to check once the melding a record refers to is found. */
export type OnMelding = "niets" | "beoordeling" | "overdracht";

export abstract class CrossIndex {
  protected readonly out: Violation[] = [];
  protected readonly deferred: Array<() => void> = [];
  protected readonly advies = new Set<string>();
  protected readonly casus = new Map<string, CasusEntry>();
  protected readonly personen = new PairSet(); // casus, persoonsvolgnummer
  protected readonly meldingen = new Map<string, MeldingEntry>();
  protected readonly met31 = new Set<string>();
  protected readonly betrokkeneBijMelding = new PairSet(); // meldingnummer, persoonsvolgnummer
  protected readonly beoordelingen = new Map<string, string>(); // meldingnummer → inhoud
  protected readonly vervolgDatums = new Map<string, string[]>(); // casus → datum_beoordeling with inhoud 01
  protected readonly diensten = new Map<string, DienstEntry>();
  protected readonly onderzoeken: OnderzoekEntry[] = [];
  protected readonly overdrachten = new Map<string, string>(); // overdrachtnummer → casus
  protected readonly overdrachtPersonen = new PairSet(); // overdrachtnummer, persoonsvolgnummer
  protected readonly monitoring = new Set<string>();

  /** The melding `nr` that `record` refers to was found (now or in finish()). */
  protected abstract onMelding(
    record: ParsedRecord,
    m: MeldingEntry,
    nr: string,
    casus: string,
    field: string,
    then: OnMelding,
  ): void;
  /** The casus of a dienst was found. */
  protected abstract onDienstCasus(record: ParsedRecord, dienst: DienstEntry, c: CasusEntry): void;
  /** The dienst `bron` of an overdracht (moment 2 or 3) was found. */
  protected abstract onBronDienst(
    record: ParsedRecord,
    d: DienstEntry,
    bron: string,
    casus: string,
    moment: string,
  ): void;

  protected report(record: ParsedRecord, rule: Rule, message: string, field: string): void {
    const ref = makeRecordRef(record.type, record.values, record.lineNumber);
    this.out.push(createViolation(rule, ref, message, field, trimmed(record.values[field])));
  }

  /** Adds identifier `id` to `set`; K04 when it is there already. */
  protected claim(record: ParsedRecord, set: Set<string>, id: string, field: string): void {
    if (id === "" || (id.includes(SEP) && id.split(SEP).includes(""))) return; // an empty identifier is a K01 finding already
    const size = set.size;
    set.add(id); // one hash lookup instead of has() + add()
    if (set.size === size) this.report(record, "K04", `${field} ${id.split(SEP).pop()} komt meer dan eens voor`, field);
  }

  /** Adds the pair (identifier, persoonsvolgnummer); K04 when it is there already. */
  protected claimPair(record: ParsedRecord, set: PairSet, id: string, pvn: string): void {
    if (hasEmptyPart(id, pvn)) return; // an empty identifier is a K01 finding already
    if (!set.add(id, pvn))
      this.report(
        record,
        "K04",
        `persoonsvolgnummer ${lastPart(id, pvn)} komt meer dan eens voor`,
        "persoonsvolgnummer",
      );
  }

  /** The casus must exist (now, or in finish()); for a dienst, also checks it against the casus. */
  protected requireCasus(record: ParsedRecord, casus: string, dienst: DienstEntry | null): void {
    if (casus === "") return; // an empty identifier is a K01 finding already
    const found = this.casus.get(casus);
    if (found !== undefined) {
      if (dienst) this.onDienstCasus(record, dienst, found);
      return;
    }
    this.deferred.push(() => {
      const later = this.casus.get(casus);
      if (later === undefined)
        this.report(record, "K04", `casusnummer ${casus} komt niet voor in record 20`, "casusnummer");
      else if (dienst) this.onDienstCasus(record, dienst, later);
    });
  }

  protected requirePersoon(record: ParsedRecord, casus: string, pvn: string): void {
    if (casus === "" || pvn === "") return;
    if (this.personen.has(casus, pvn)) return;
    this.deferred.push(() => {
      if (!this.personen.has(casus, pvn)) {
        this.report(
          record,
          "K04",
          `persoonsvolgnummer ${pvn} komt niet voor in record 21 van casus ${casus}`,
          "persoonsvolgnummer",
        );
      }
    });
  }

  protected requireMelding(record: ParsedRecord, nr: string, casus: string, field: string, then: OnMelding): void {
    if (nr === "") return;
    const found = this.meldingen.get(nr);
    if (found !== undefined) {
      this.onMelding(record, found, nr, casus, field, then);
      return;
    }
    this.deferred.push(() => {
      const later = this.meldingen.get(nr);
      if (later === undefined) this.report(record, "K04", `meldingnummer ${nr} komt niet voor in record 30`, field);
      else this.onMelding(record, later, nr, casus, field, then);
    });
  }

  /** Overdracht moment 2 / 3: the bron must be a dienst (now, or in finish()). */
  protected requireDienst(record: ParsedRecord, bron: string, casus: string, moment: string): void {
    if (bron === "") return;
    const found = this.diensten.get(bron);
    if (found !== undefined) {
      this.onBronDienst(record, found, bron, casus, moment);
      return;
    }
    this.deferred.push(() => {
      const later = this.diensten.get(bron);
      if (later === undefined)
        this.report(record, "K04", `dienstnummer ${bron} komt niet voor in record 40`, "bronnummer");
      else this.onBronDienst(record, later, bron, casus, moment);
    });
  }
}

/** (value ?? "").trim(), without the call when there is nothing to trim (reader values are trimmed already). */
export function trimmed(value: string | undefined): string {
  if (value === undefined || value === null) return "";
  const n = value.length;
  if (n === 0) return value;
  const first = value.charCodeAt(0),
    last = value.charCodeAt(n - 1);
  // Every character .trim() removes is ≤ 0x20 or ≥ 0xA0.
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f ? value : value.trim();
}

/** What is kept beyond add() holds the key only, not the record's values. */
export function keepRef(record: ParsedRecord): RecordRef {
  return { recordtype: record.type, lineNumber: record.lineNumber, key: buildKey(record.type, record.values) };
}
