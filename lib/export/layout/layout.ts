// The delivery file layout VTP-1.0 (see ../shared/spec/AANLEVERBESTAND.md), held as DATA. The writer, the
// reader, the checks and the mirror report take every position, length, type and code list from this table
// and nowhere else: when CBS's official "Bestandsdefinitie" arrives, this file (and the code lists in
// lib/domain) is all that changes. layout.test.ts compares it with the shared aanleverbestand.json.
import type { FieldDef, RecordDef } from "./layout-types";

export type { FieldDef, FieldType, FlagKind, RecordDef } from "./layout-types";

export const LAYOUT_VERSION = "VTP-1.0";
export const RECORD_LENGTH = 120;
export const LINE_END = "\r\n";

const ID = "^[A-Z0-9-]+$";
const PVN = "^(?!0+$)[0-9]+$"; // 1..9999
/** The patterns of identifiers and persoonsvolgnummers; the checks test these two without a regex. */
export const IDENTIFIER_PATTERN = ID;
export const PERSOONSVOLGNUMMER_PATTERN = PVN;
const id = (name: string, start: number): FieldDef => ({ name, start, length: 20, type: "AN", pattern: ID });
const recordtype = (type: string): FieldDef => ({
  name: "recordtype",
  start: 1,
  length: 2,
  type: "AN",
  values: [type],
});

export const RECORDS: readonly RecordDef[] = [
  {
    type: "01",
    naam: "Voorlooprecord",
    reserveStart: 85,
    keyFields: [],
    sortFields: [],
    fields: [
      recordtype("01"),
      { name: "vt_regiocode", start: 3, length: 4, type: "AN", pattern: "^VT[0-9]{2}$" },
      { name: "kvk_nummer", start: 7, length: 8, type: "N" },
      { name: "verslagjaar", start: 15, length: 4, type: "N" },
      { name: "halfjaar", start: 19, length: 1, type: "N", values: ["1", "2"] },
      { name: "soort_levering", start: 20, length: 1, type: "AN", values: ["R", "C"] },
      { name: "aanmaakdatum", start: 21, length: 8, type: "D" },
      { name: "aanmaaktijd", start: 29, length: 6, type: "N", pattern: "^([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]$" },
      { name: "versie_bestandsdefinitie", start: 35, length: 10, type: "AN", values: [LAYOUT_VERSION] },
      { name: "software", start: 45, length: 40, type: "AN" },
    ],
  },
  {
    type: "10",
    naam: "Advies",
    reserveStart: 64,
    keyFields: ["adviesnummer"],
    sortFields: ["adviesnummer"],
    fields: [
      recordtype("10"),
      id("adviesnummer", 3),
      { name: "startdatum", start: 23, length: 8, type: "D" },
      { name: "einddatum", start: 31, length: 8, type: "D" },
      { name: "gemeentecode", start: 39, length: 4, type: "N", unknown: "0000" },
      { name: "aard", start: 43, length: 7, type: "F", list: "A", flags: "A", excluded: ["07"], unknown: "0000000" },
      { name: "aanvullende_informatie", start: 50, length: 8, type: "F", list: "B", flags: "B" },
      { name: "duur", start: 58, length: 2, type: "N", list: "C", unknown: "99" },
      { name: "functie_rol", start: 60, length: 2, type: "N", list: "D", unknown: "99" },
      { name: "organisatie", start: 62, length: 2, type: "N", list: "E", unknown: "99" },
    ],
  },
  {
    type: "20",
    naam: "Casus",
    reserveStart: 43,
    keyFields: ["casusnummer"],
    sortFields: ["casusnummer"],
    fields: [
      recordtype("20"),
      id("casusnummer", 3),
      { name: "begindatum", start: 23, length: 8, type: "D" },
      { name: "einddatum", start: 31, length: 8, type: "D" },
      { name: "gemeentecode", start: 39, length: 4, type: "N", unknown: "0000" },
    ],
  },
  {
    type: "21",
    naam: "Betrokkene",
    reserveStart: 45,
    keyFields: ["casusnummer", "persoonsvolgnummer"],
    sortFields: ["casusnummer", "persoonsvolgnummer"],
    fields: [
      recordtype("21"),
      id("casusnummer", 3),
      { name: "persoonsvolgnummer", start: 23, length: 4, type: "N", pattern: PVN },
      { name: "bsn", start: 27, length: 9, type: "N", unknown: "000000000" },
      { name: "geboortedatum", start: 36, length: 8, type: "D", partialDate: true, unknown: "00000000" },
      { name: "geslacht", start: 44, length: 1, type: "N", list: "K", unknown: "9" },
    ],
  },
  {
    type: "30",
    naam: "Melding",
    reserveStart: 73,
    keyFields: ["meldingnummer", "casusnummer"],
    sortFields: ["casusnummer", "datum_melding", "meldingnummer"],
    fields: [
      recordtype("30"),
      id("meldingnummer", 3),
      id("casusnummer", 23),
      { name: "datum_melding", start: 43, length: 8, type: "D" },
      { name: "functie_rol", start: 51, length: 2, type: "N", list: "D", unknown: "99" },
      { name: "organisatie", start: 53, length: 2, type: "N", list: "E", unknown: "99" },
      { name: "anoniem", start: 55, length: 1, type: "AN", values: ["J", "N"] },
      { name: "aard", start: 56, length: 7, type: "F", list: "A", flags: "A", excluded: ["07"], unknown: "0000000" },
      { name: "aanvullende_informatie", start: 63, length: 8, type: "F", list: "B", flags: "B" },
      { name: "duur", start: 71, length: 2, type: "N", list: "C", unknown: "99" },
    ],
  },
  {
    type: "31",
    naam: "Betrokkene bij melding",
    reserveStart: 47,
    keyFields: ["meldingnummer", "casusnummer", "persoonsvolgnummer"],
    sortFields: ["meldingnummer", "persoonsvolgnummer"],
    fields: [
      recordtype("31"),
      id("meldingnummer", 3),
      id("casusnummer", 23),
      { name: "persoonsvolgnummer", start: 43, length: 4, type: "N", pattern: PVN },
    ],
  },
  {
    type: "32",
    naam: "Veiligheidsbeoordeling",
    reserveStart: 55,
    keyFields: ["meldingnummer", "casusnummer"],
    sortFields: ["meldingnummer"],
    fields: [
      recordtype("32"),
      id("meldingnummer", 3),
      id("casusnummer", 23),
      { name: "datum_beoordeling", start: 43, length: 8, type: "D" },
      { name: "inhoud", start: 51, length: 2, type: "N", list: "F" },
      { name: "taxatie", start: 53, length: 2, type: "N", list: "G", unknown: "99" },
    ],
  },
  {
    type: "40",
    naam: "Dienst",
    reserveStart: 84,
    keyFields: ["dienstnummer", "casusnummer"],
    sortFields: ["casusnummer", "startdatum", "dienstnummer"],
    fields: [
      recordtype("40"),
      id("dienstnummer", 3),
      id("casusnummer", 23),
      { name: "soort", start: 43, length: 1, type: "AN", values: ["V", "O"] },
      { name: "startdatum", start: 44, length: 8, type: "D" },
      { name: "einddatum", start: 52, length: 8, type: "D" },
      { name: "aard_conclusie", start: 60, length: 7, type: "F", list: "A", flags: "A" },
      { name: "aanvullende_informatie", start: 67, length: 8, type: "F", list: "B", flags: "B" },
      { name: "duur", start: 75, length: 2, type: "N", list: "C", unknown: "99" },
      { name: "uitkomst_onderzoek", start: 77, length: 5, type: "F", list: "H", flags: "uitkomst" },
      { name: "reden_voortijdig", start: 82, length: 2, type: "N", list: "H2" },
    ],
  },
  {
    type: "50",
    naam: "Overdracht",
    reserveStart: 79,
    keyFields: ["overdrachtnummer", "casusnummer", "persoonsvolgnummer"],
    sortFields: ["overdrachtnummer", "persoonsvolgnummer"],
    fields: [
      recordtype("50"),
      id("overdrachtnummer", 3),
      id("casusnummer", 23),
      { name: "persoonsvolgnummer", start: 43, length: 4, type: "N", pattern: PVN },
      { name: "moment", start: 47, length: 1, type: "N", values: ["1", "2", "3"] },
      id("bronnummer", 48),
      { name: "datum_overdracht", start: 68, length: 8, type: "D" },
      { name: "partij", start: 76, length: 2, type: "N", list: "I" },
      { name: "hulp", start: 78, length: 1, type: "N", list: "J", unknown: "9" },
    ],
  },
  {
    type: "60",
    naam: "Monitoringsmoment",
    reserveStart: 53,
    keyFields: ["monitoringnummer", "casusnummer"],
    sortFields: ["casusnummer", "datum_monitoring", "monitoringnummer"],
    fields: [
      recordtype("60"),
      id("monitoringnummer", 3),
      id("casusnummer", 23),
      { name: "datum_monitoring", start: 43, length: 8, type: "D" },
      { name: "veiligheidsscore", start: 51, length: 2, type: "N" },
    ],
  },
  {
    type: "99",
    naam: "Sluitrecord",
    reserveStart: 74,
    keyFields: [],
    sortFields: [],
    fields: [
      recordtype("99"),
      ...["10", "20", "21", "30", "31", "32", "40", "50", "60"].map((t, i): FieldDef => ({
        name: `aantal_${t}`,
        start: 3 + 7 * i,
        length: 7,
        type: "N",
      })),
      { name: "aantal_totaal", start: 66, length: 8, type: "N" },
    ],
  },
];

/** Record types in the order they must appear in the file (01 first, 99 last). */
export const RECORD_ORDER: readonly string[] = RECORDS.map((r) => r.type);
export const HEADER_TYPE = "01";
export const TRAILER_TYPE = "99";
/** The types counted in the trailer as aantal_<type>. */
export const COUNTED_TYPES: readonly string[] = RECORD_ORDER.filter((t) => t !== HEADER_TYPE && t !== TRAILER_TYPE);

const byType = new Map(RECORDS.map((r) => [r.type, r]));

export function findRecordDef(type: string): RecordDef | undefined {
  return byType.get(type);
}

export function getRecordDef(type: string): RecordDef {
  const def = byType.get(type);
  if (!def) throw new Error(`Unknown record type '${type}' in layout ${LAYOUT_VERSION}`);
  return def;
}

/** The field holding the record type (positions 1-2 in VTP-1.0). */
export const RECORDTYPE_FIELD: FieldDef = RECORDS[0].fields[0];
