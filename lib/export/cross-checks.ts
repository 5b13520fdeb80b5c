// The checks between records of one file: K04 (references, uniqueness), K05 (dates across records), K08,
// K09 (closed casus with open dienst), K13, K14. Built for ~700 000 records: only compact indexes are kept
// (identifier sets, casus/melding/dienst dates), never the records. A reference that cannot be resolved yet
// (a file out of order) is retried once in finish().
//
// K13 Onderzoek: the file does not link a dienst to its beoordeling, so "10 weken from its
// veiligheidsbeoordeling" is taken from the latest datum_beoordeling with inhoud 01 (vervolgstappen bij
// Veilig Thuis) in the same casus on or before the dienst's startdatum, until its einddatum or, when open,
// the last day of the period. More than 70 days is a warning; no such beoordeling means no finding.
import { diffDays, parseJjjjmmdd, toJjjjmmdd } from "@/lib/domain/dates";
import { addWerkdagen, BEOORDELING_TERMIJN_WERKDAGEN, ONDERZOEK_TERMIJN_DAGEN } from "@/lib/domain/werkdagen";
import { DATE_EMPTY, isFullDate } from "./field-rules";
import type { ParsedRecord } from "./reader";
import { buildKey, createViolation, makeRecordRef, type RecordRef, type Rule, type Violation } from "./violation";

interface CasusEntry { begin: string; eind: string }
interface MeldingEntry { casus: string; datum: string; ref: RecordRef }
interface DienstEntry { casus: string; soort: string; start: string; eind: string }
interface OnderzoekEntry { ref: RecordRef; casus: string; start: string; eind: string }

type Report = (rule: Rule, message: string, field?: string) => void;

const SEP = "\u0000";
const INHOUD_VERVOLGSTAPPEN = "01";
const INHOUD_OVERDRACHT = "02";

export class CrossChecker {
  private readonly out: Violation[] = [];
  private readonly deferred: Array<() => void> = [];
  private readonly advies = new Set<string>();
  private readonly casus = new Map<string, CasusEntry>();
  private readonly personen = new Set<string>();
  private readonly meldingen = new Map<string, MeldingEntry>();
  private readonly met31 = new Set<string>();
  private readonly betrokkeneBijMelding = new Set<string>();
  private readonly beoordelingen = new Map<string, string>(); // meldingnummer → inhoud
  private readonly vervolgDatums = new Map<string, string[]>(); // casus → datum_beoordeling with inhoud 01
  private readonly diensten = new Map<string, DienstEntry>();
  private readonly onderzoeken: OnderzoekEntry[] = [];
  private readonly overdrachten = new Map<string, string>(); // overdrachtnummer → casus
  private readonly overdrachtPersonen = new Set<string>();
  private readonly monitoring = new Set<string>();
  private readonly termijnen = new Map<string, string>();

  add(record: ParsedRecord): void {
    const v = (name: string) => (record.values[name] ?? "").trim();
    const ref = makeRecordRef(record.type, record.values, record.lineNumber);
    // What is kept beyond this call holds the key only, not the record's values.
    const keep = (): RecordRef => ({ recordtype: record.type, lineNumber: record.lineNumber, key: buildKey(record.type, record.values) });
    const report: Report = (rule, message, field) => this.out.push(createViolation(rule, ref, message, field, field ? v(field) : undefined));
    const casus = v("casusnummer");
    switch (record.type) {
      case "10":
        this.claim(this.advies, v("adviesnummer"), report, "adviesnummer");
        break;
      case "20":
        if (this.casus.has(casus)) report("K04", `casusnummer ${casus} komt meer dan eens voor`, "casusnummer");
        else this.casus.set(casus, { begin: v("begindatum"), eind: v("einddatum") });
        break;
      case "21":
        this.requireCasus(casus, report);
        this.claim(this.personen, casus + SEP + v("persoonsvolgnummer"), report, "persoonsvolgnummer");
        break;
      case "30": {
        const nr = v("meldingnummer");
        this.requireCasus(casus, report);
        if (this.meldingen.has(nr)) report("K04", `meldingnummer ${nr} komt meer dan eens voor`, "meldingnummer");
        else this.meldingen.set(nr, { casus, datum: v("datum_melding"), ref: keep() });
        break;
      }
      case "31":
        this.met31.add(v("meldingnummer"));
        this.requireMelding(v("meldingnummer"), casus, report, () => {});
        this.requirePersoon(casus, v("persoonsvolgnummer"), report);
        this.claim(this.betrokkeneBijMelding, v("meldingnummer") + SEP + v("persoonsvolgnummer"), report, "persoonsvolgnummer");
        break;
      case "32":
        this.addBeoordeling(casus, v, report);
        break;
      case "40":
        this.addDienst(keep, casus, v, report);
        break;
      case "50":
        this.addOverdracht(casus, v, report);
        break;
      case "60":
        this.requireCasus(casus, report);
        this.claim(this.monitoring, v("monitoringnummer"), report, "monitoringnummer");
        break;
    }
  }

  /** Runs the deferred lookups and the whole-file rules (K08, K13 onderzoek). */
  finish(periodEnd: string | null): Violation[] {
    for (const retry of this.deferred) retry();
    this.deferred.length = 0;
    for (const [nr, m] of this.meldingen) {
      if (!this.met31.has(nr)) this.out.push(createViolation("K08", m.ref, `melding ${nr} heeft geen betrokkene (record 31)`));
    }
    for (const o of this.onderzoeken) this.checkOnderzoekTermijn(o, periodEnd);
    return this.out;
  }

  private claim(set: Set<string>, id: string, report: Report, field: string): void {
    if (id.split(SEP).includes("")) return; // an empty identifier is a K01 finding already
    if (set.has(id)) report("K04", `${field} ${id.split(SEP).pop()} komt meer dan eens voor`, field);
    else set.add(id);
  }

  /** Runs onFound now when `lookup` finds it, else once more in finish(); reports K04 when still missing. */
  private resolve<T>(id: string, lookup: () => T | undefined, onFound: (t: T) => void, onMissing: () => void): void {
    if (id === "") return; // an empty identifier is a K01 finding already
    const found = lookup();
    if (found !== undefined) { onFound(found); return; }
    this.deferred.push(() => {
      const later = lookup();
      if (later !== undefined) onFound(later);
      else onMissing();
    });
  }

  private requireCasus(casus: string, report: Report, onFound: (c: CasusEntry) => void = () => {}): void {
    this.resolve(casus, () => this.casus.get(casus), onFound, () => report("K04", `casusnummer ${casus} komt niet voor in record 20`, "casusnummer"));
  }

  private requirePersoon(casus: string, pvn: string, report: Report): void {
    this.resolve(casus && pvn, () => (this.personen.has(casus + SEP + pvn) ? true : undefined), () => {},
      () => report("K04", `persoonsvolgnummer ${pvn} komt niet voor in record 21 van casus ${casus}`, "persoonsvolgnummer"));
  }

  private requireMelding(nr: string, casus: string, report: Report, onFound: (m: MeldingEntry) => void, field = "meldingnummer"): void {
    this.resolve(nr, () => this.meldingen.get(nr), (m) => {
      if (m.casus !== casus) report("K04", `melding ${nr} hoort bij casus ${m.casus}, niet bij ${casus}`, field);
      else onFound(m);
    }, () => report("K04", `meldingnummer ${nr} komt niet voor in record 30`, field));
  }

  private addBeoordeling(casus: string, v: (n: string) => string, report: Report): void {
    const nr = v("meldingnummer");
    const datum = v("datum_beoordeling");
    if (this.beoordelingen.has(nr)) report("K04", `melding ${nr} heeft meer dan een veiligheidsbeoordeling`, "meldingnummer");
    else this.beoordelingen.set(nr, v("inhoud"));
    if (v("inhoud") === INHOUD_VERVOLGSTAPPEN && isFullDate(datum)) {
      const list = this.vervolgDatums.get(casus) ?? [];
      list.push(datum);
      this.vervolgDatums.set(casus, list);
    }
    this.requireMelding(nr, casus, report, (m) => {
      if (!isFullDate(datum) || !isFullDate(m.datum)) return;
      if (datum < m.datum) report("K05", `datum_beoordeling ligt voor datum_melding (${m.datum})`, "datum_beoordeling");
      const termijn = this.getBeoordelingTermijn(m.datum);
      if (datum > termijn) report("K13", `veiligheidsbeoordeling later dan ${BEOORDELING_TERMIJN_WERKDAGEN} werkdagen na de melding (uiterlijk ${termijn})`, "datum_beoordeling");
    });
  }

  private addDienst(keep: () => RecordRef, casus: string, v: (n: string) => string, report: Report): void {
    const nr = v("dienstnummer");
    const entry: DienstEntry = { casus, soort: v("soort"), start: v("startdatum"), eind: v("einddatum") };
    if (this.diensten.has(nr)) report("K04", `dienstnummer ${nr} komt meer dan eens voor`, "dienstnummer");
    else this.diensten.set(nr, entry);
    if (entry.soort === "O") this.onderzoeken.push({ ref: keep(), casus, start: entry.start, eind: entry.eind });
    this.requireCasus(casus, report, (c) => {
      if (isFullDate(entry.start) && isFullDate(c.begin) && entry.start < c.begin) {
        report("K05", `startdatum van de dienst ligt voor de begindatum van de casus (${c.begin})`, "startdatum");
      }
      if (isFullDate(c.eind) && entry.eind === DATE_EMPTY) {
        report("K09", `casus ${casus} is gesloten maar deze dienst is nog open`, "einddatum");
      }
    });
  }

  private addOverdracht(casus: string, v: (n: string) => string, report: Report): void {
    const nr = v("overdrachtnummer");
    const known = this.overdrachten.get(nr);
    if (known === undefined) this.overdrachten.set(nr, casus);
    else if (known !== casus) report("K04", `overdracht ${nr} komt voor in casus ${known} en ${casus}`, "casusnummer");
    this.claim(this.overdrachtPersonen, nr + SEP + v("persoonsvolgnummer"), report, "persoonsvolgnummer");
    this.requireCasus(casus, report);
    this.requirePersoon(casus, v("persoonsvolgnummer"), report);
    const bron = v("bronnummer");
    const moment = v("moment");
    if (moment === "1") {
      this.requireMelding(bron, casus, report, () => {
        const inhoud = this.beoordelingen.get(bron);
        if (inhoud === undefined) report("K14", `overdracht na veiligheidsbeoordeling, maar melding ${bron} heeft geen veiligheidsbeoordeling`, "bronnummer");
        else if (inhoud !== INHOUD_OVERDRACHT) report("K14", `overdracht na veiligheidsbeoordeling, maar de inhoud van de beoordeling is ${inhoud}, niet ${INHOUD_OVERDRACHT} (Overdracht)`, "moment");
      }, "bronnummer");
    } else if (moment === "2" || moment === "3") {
      const soort = moment === "2" ? "V" : "O";
      this.resolve(bron, () => this.diensten.get(bron), (d) => {
        if (d.casus !== casus) report("K04", `dienst ${bron} hoort bij casus ${d.casus}, niet bij ${casus}`, "bronnummer");
        else if ((d.soort === "V" || d.soort === "O") && d.soort !== soort) report("K04", `moment ${moment} verwijst naar een dienst van soort ${soort}, dienst ${bron} is soort ${d.soort}`, "bronnummer");
      }, () => report("K04", `dienstnummer ${bron} komt niet voor in record 40`, "bronnummer"));
    }
  }

  /** Last day (JJJJMMDD) for the beoordeling of a melding on `datum`; cached, as many meldingen share a date. */
  private getBeoordelingTermijn(datum: string): string {
    let termijn = this.termijnen.get(datum);
    if (termijn === undefined) {
      termijn = toJjjjmmdd(addWerkdagen(parseJjjjmmdd(datum)!, BEOORDELING_TERMIJN_WERKDAGEN));
      this.termijnen.set(datum, termijn);
    }
    return termijn;
  }

  private checkOnderzoekTermijn(o: OnderzoekEntry, periodEnd: string | null): void {
    if (!isFullDate(o.start)) return;
    const eind = o.eind === DATE_EMPTY ? periodEnd : o.eind;
    if (!eind || !isFullDate(eind)) return;
    const beoordeling = (this.vervolgDatums.get(o.casus) ?? []).filter((d) => d <= o.start).sort().pop();
    if (!beoordeling) return;
    const dagen = diffDays(parseJjjjmmdd(beoordeling)!, parseJjjjmmdd(eind)!);
    if (dagen > ONDERZOEK_TERMIJN_DAGEN) {
      this.out.push(createViolation("K13", o.ref, `onderzoek duurt ${dagen} dagen sinds de veiligheidsbeoordeling van ${beoordeling}, langer dan 10 weken`, o.eind === DATE_EMPTY ? "startdatum" : "einddatum", o.eind === DATE_EMPTY ? o.start : o.eind));
    }
  }
}
