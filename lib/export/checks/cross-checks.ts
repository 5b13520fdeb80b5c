// The checks between records of one file: K04 (references, uniqueness), K05 (dates across records), K08,
// K09 (closed casus with open dienst), K13, K14. Built for ~1 million records: only compact indexes are kept
// (identifier sets, casus/melding/dienst dates), never the records. A reference that cannot be resolved yet
// (a file out of order) is retried once in finish(). The indexes and the resolving are in cross-index.ts.
//
// K13 Onderzoek: the file does not link a dienst to its beoordeling, so "10 weken from its
// veiligheidsbeoordeling" is taken from the latest datum_beoordeling with inhoud 01 (vervolgstappen bij
// Veilig Thuis) in the same casus on or before the dienst's startdatum, until its einddatum or, when open,
// the last day of the period. More than 70 days is a warning; no such beoordeling means no finding.
import { diffDays, parseJjjjmmdd, toJjjjmmdd } from "@/lib/domain/dates";
import { addWerkdagen, BEOORDELING_TERMIJN_WERKDAGEN, ONDERZOEK_TERMIJN_DAGEN } from "@/lib/domain/werkdagen";
import {
  CrossIndex,
  keepRef,
  trimmed,
  type CasusEntry,
  type DienstEntry,
  type MeldingEntry,
  type OnMelding,
  type OnderzoekEntry,
} from "./cross-index";
import { DATE_EMPTY, isFullDate } from "./field-rules";
import type { ParsedRecord } from "../read/reader";
import { createViolation, type Violation } from "./violation";

const INHOUD_VERVOLGSTAPPEN = "01";
const INHOUD_OVERDRACHT = "02";

export class CrossChecker extends CrossIndex {
  private readonly termijnen = new Map<string, string>();

  add(record: ParsedRecord): void {
    const values = record.values;
    const casus = trimmed(values.casusnummer);
    switch (record.type) {
      case "10":
        this.claim(record, this.advies, trimmed(values.adviesnummer), "adviesnummer");
        break;
      case "20":
        if (this.casus.has(casus))
          this.report(record, "K04", `casusnummer ${casus} komt meer dan eens voor`, "casusnummer");
        else this.casus.set(casus, { begin: trimmed(values.begindatum), eind: trimmed(values.einddatum) });
        break;
      case "21":
        this.requireCasus(record, casus, null);
        this.claimPair(record, this.personen, casus, trimmed(values.persoonsvolgnummer));
        break;
      case "30": {
        const nr = trimmed(values.meldingnummer);
        this.requireCasus(record, casus, null);
        if (this.meldingen.has(nr))
          this.report(record, "K04", `meldingnummer ${nr} komt meer dan eens voor`, "meldingnummer");
        else
          this.meldingen.set(nr, { casus, datum: trimmed(values.datum_melding), ref: keepRef(record), met31: false });
        break;
      }
      case "31": {
        const nr = trimmed(values.meldingnummer);
        const pvn = trimmed(values.persoonsvolgnummer);
        const melding = this.meldingen.get(nr);
        if (melding !== undefined) melding.met31 = true;
        else this.met31.add(nr);
        this.requireMelding(record, nr, casus, "meldingnummer", "niets");
        this.requirePersoon(record, casus, pvn);
        this.claimPair(record, this.betrokkeneBijMelding, nr, pvn);
        break;
      }
      case "32":
        this.addBeoordeling(record, casus);
        break;
      case "40":
        this.addDienst(record, casus);
        break;
      case "50":
        this.addOverdracht(record, casus);
        break;
      case "60":
        this.requireCasus(record, casus, null);
        this.claim(record, this.monitoring, trimmed(values.monitoringnummer), "monitoringnummer");
        break;
    }
  }

  /** Runs the deferred lookups and the whole-file rules (K08, K13 onderzoek). */
  finish(periodEnd: string | null): Violation[] {
    for (const retry of this.deferred) retry();
    this.deferred.length = 0;
    for (const [nr, m] of this.meldingen) {
      if (!m.met31 && !this.met31.has(nr))
        this.out.push(createViolation("K08", m.ref, `melding ${nr} heeft geen betrokkene (record 31)`));
    }
    for (const o of this.onderzoeken) this.checkOnderzoekTermijn(o, periodEnd);
    return this.out;
  }

  protected onMelding(
    record: ParsedRecord,
    m: MeldingEntry,
    nr: string,
    casus: string,
    field: string,
    then: OnMelding,
  ): void {
    if (m.casus !== casus) {
      this.report(record, "K04", `melding ${nr} hoort bij casus ${m.casus}, niet bij ${casus}`, field);
    } else if (then === "beoordeling") {
      const datum = trimmed(record.values.datum_beoordeling);
      if (!isFullDate(datum) || !isFullDate(m.datum)) return;
      if (datum < m.datum)
        this.report(record, "K05", `datum_beoordeling ligt voor datum_melding (${m.datum})`, "datum_beoordeling");
      const termijn = this.getBeoordelingTermijn(m.datum);
      if (datum > termijn)
        this.report(
          record,
          "K13",
          `veiligheidsbeoordeling later dan ${BEOORDELING_TERMIJN_WERKDAGEN} werkdagen na de melding (uiterlijk ${termijn})`,
          "datum_beoordeling",
        );
    } else if (then === "overdracht") {
      const inhoud = this.beoordelingen.get(nr);
      if (inhoud === undefined)
        this.report(
          record,
          "K14",
          `overdracht na veiligheidsbeoordeling, maar melding ${nr} heeft geen veiligheidsbeoordeling`,
          "bronnummer",
        );
      else if (inhoud !== INHOUD_OVERDRACHT)
        this.report(
          record,
          "K14",
          `overdracht na veiligheidsbeoordeling, maar de inhoud van de beoordeling is ${inhoud}, niet ${INHOUD_OVERDRACHT} (Overdracht)`,
          "moment",
        );
    }
  }

  private addBeoordeling(record: ParsedRecord, casus: string): void {
    const nr = trimmed(record.values.meldingnummer);
    const datum = trimmed(record.values.datum_beoordeling);
    const inhoud = trimmed(record.values.inhoud);
    if (this.beoordelingen.has(nr))
      this.report(record, "K04", `melding ${nr} heeft meer dan een veiligheidsbeoordeling`, "meldingnummer");
    else this.beoordelingen.set(nr, inhoud);
    if (inhoud === INHOUD_VERVOLGSTAPPEN && isFullDate(datum)) {
      const list = this.vervolgDatums.get(casus);
      if (list) list.push(datum);
      else this.vervolgDatums.set(casus, [datum]);
    }
    this.requireMelding(record, nr, casus, "meldingnummer", "beoordeling");
  }

  private addDienst(record: ParsedRecord, casus: string): void {
    const values = record.values;
    const nr = trimmed(values.dienstnummer);
    const entry: DienstEntry = {
      casus,
      soort: trimmed(values.soort),
      start: trimmed(values.startdatum),
      eind: trimmed(values.einddatum),
    };
    if (this.diensten.has(nr)) this.report(record, "K04", `dienstnummer ${nr} komt meer dan eens voor`, "dienstnummer");
    else this.diensten.set(nr, entry);
    if (entry.soort === "O")
      this.onderzoeken.push({ ref: keepRef(record), casus, start: entry.start, eind: entry.eind });
    this.requireCasus(record, casus, entry);
  }

  protected onDienstCasus(record: ParsedRecord, dienst: DienstEntry, c: CasusEntry): void {
    if (isFullDate(dienst.start) && isFullDate(c.begin) && dienst.start < c.begin) {
      this.report(
        record,
        "K05",
        `startdatum van de dienst ligt voor de begindatum van de casus (${c.begin})`,
        "startdatum",
      );
    }
    if (isFullDate(c.eind) && dienst.eind === DATE_EMPTY) {
      this.report(record, "K09", `casus ${dienst.casus} is gesloten maar deze dienst is nog open`, "einddatum");
    }
  }

  private addOverdracht(record: ParsedRecord, casus: string): void {
    const values = record.values;
    const nr = trimmed(values.overdrachtnummer);
    const pvn = trimmed(values.persoonsvolgnummer);
    const known = this.overdrachten.get(nr);
    if (known === undefined) this.overdrachten.set(nr, casus);
    else if (known !== casus)
      this.report(record, "K04", `overdracht ${nr} komt voor in casus ${known} en ${casus}`, "casusnummer");
    this.claimPair(record, this.overdrachtPersonen, nr, pvn);
    this.requireCasus(record, casus, null);
    this.requirePersoon(record, casus, pvn);
    const bron = trimmed(values.bronnummer);
    const moment = trimmed(values.moment);
    if (moment === "1") this.requireMelding(record, bron, casus, "bronnummer", "overdracht");
    else if (moment === "2" || moment === "3") this.requireDienst(record, bron, casus, moment);
  }

  /** Overdracht moment 2 / 3: the bron is a dienst V / O of the same casus. */
  protected onBronDienst(record: ParsedRecord, d: DienstEntry, bron: string, casus: string, moment: string): void {
    const soort = moment === "2" ? "V" : "O";
    if (d.casus !== casus)
      this.report(record, "K04", `dienst ${bron} hoort bij casus ${d.casus}, niet bij ${casus}`, "bronnummer");
    else if ((d.soort === "V" || d.soort === "O") && d.soort !== soort)
      this.report(
        record,
        "K04",
        `moment ${moment} verwijst naar een dienst van soort ${soort}, dienst ${bron} is soort ${d.soort}`,
        "bronnummer",
      );
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
    let beoordeling = ""; // the latest on or before the start
    for (const d of this.vervolgDatums.get(o.casus) ?? []) if (d <= o.start && d > beoordeling) beoordeling = d;
    if (!beoordeling) return;
    const dagen = diffDays(parseJjjjmmdd(beoordeling)!, parseJjjjmmdd(eind)!);
    if (dagen > ONDERZOEK_TERMIJN_DAGEN) {
      this.out.push(
        createViolation(
          "K13",
          o.ref,
          `onderzoek duurt ${dagen} dagen sinds de veiligheidsbeoordeling van ${beoordeling}, langer dan 10 weken`,
          o.eind === DATE_EMPTY ? "startdatum" : "einddatum",
          o.eind === DATE_EMPTY ? o.start : o.eind,
        ),
      );
    }
  }
}
