// A small, clean delivery for 2025H2 (zero violations), and helpers to break it, for the unit tests.
import type { RecordValues } from "../write/format";
import { toFlags, toUitkomst } from "../layout/flags";
import { DeliveryWriter } from "../write/writer";
import { createChecker, type CheckerOptions } from "./checks";
import { readRecordsFromText } from "../read/reader";
import type { Violation } from "./violation";

export interface TestRecord {
  type: string;
  values: Record<string, string | number>;
}

export const TEST_PERIODE = { jaar: 2025, halfjaar: 2 } as const;
export const TEST_GEMEENTEN: ReadonlySet<string> = new Set(["0014", "0363"]);

export function buildCleanRecords(): TestRecord[] {
  const none = { aanvullende_informatie: toFlags([], "B") };
  return [
    {
      type: "01",
      values: {
        vt_regiocode: "VT18",
        kvk_nummer: "12345678",
        verslagjaar: "2025",
        halfjaar: "2",
        soort_levering: "R",
        aanmaakdatum: "20260105",
        aanmaaktijd: "093000",
        versie_bestandsdefinitie: "VTP-1.0",
        software: "VT-registratie 0.1.0",
      },
    },
    {
      type: "10",
      values: {
        adviesnummer: "A2025-000001",
        startdatum: "20250710",
        einddatum: "20250712",
        gemeentecode: "0363",
        aard: toFlags(["01"], "A"),
        ...none,
        duur: "03",
        functie_rol: "21",
        organisatie: "04",
      },
    },
    {
      type: "20",
      values: { casusnummer: "C2025-000001", begindatum: "20250704", einddatum: "00000000", gemeentecode: "0363" },
    },
    {
      type: "20",
      values: { casusnummer: "C2025-000002", begindatum: "20250801", einddatum: "20251120", gemeentecode: "0014" },
    },
    {
      type: "21",
      values: {
        casusnummer: "C2025-000001",
        persoonsvolgnummer: "0001",
        bsn: "111222333",
        geboortedatum: "20150315",
        geslacht: "2",
      },
    },
    {
      type: "21",
      values: {
        casusnummer: "C2025-000001",
        persoonsvolgnummer: "0002",
        bsn: "123456782",
        geboortedatum: "19850101",
        geslacht: "1",
      },
    },
    {
      type: "21",
      values: {
        casusnummer: "C2025-000002",
        persoonsvolgnummer: "0001",
        bsn: "999999999",
        geboortedatum: "99999999",
        geslacht: "2",
      },
    },
    {
      type: "30",
      values: {
        meldingnummer: "M2025-000001",
        casusnummer: "C2025-000001",
        datum_melding: "20250704",
        functie_rol: "33",
        organisatie: "15",
        anoniem: "N",
        aard: toFlags(["01", "03"], "A"),
        aanvullende_informatie: toFlags(["08"], "B"),
        duur: "04",
      },
    },
    {
      type: "30",
      values: {
        meldingnummer: "M2025-000002",
        casusnummer: "C2025-000002",
        datum_melding: "20250801",
        functie_rol: "03",
        organisatie: "98",
        anoniem: "J",
        aard: toFlags(["03"], "A"),
        aanvullende_informatie: toFlags(["01"], "B"),
        duur: "02",
      },
    },
    { type: "31", values: { meldingnummer: "M2025-000001", casusnummer: "C2025-000001", persoonsvolgnummer: "0001" } },
    { type: "31", values: { meldingnummer: "M2025-000001", casusnummer: "C2025-000001", persoonsvolgnummer: "0002" } },
    { type: "31", values: { meldingnummer: "M2025-000002", casusnummer: "C2025-000002", persoonsvolgnummer: "0001" } },
    {
      type: "32",
      values: {
        meldingnummer: "M2025-000001",
        casusnummer: "C2025-000001",
        datum_beoordeling: "20250707",
        inhoud: "01",
        taxatie: "02",
      },
    },
    {
      type: "32",
      values: {
        meldingnummer: "M2025-000002",
        casusnummer: "C2025-000002",
        datum_beoordeling: "20250804",
        inhoud: "02",
        taxatie: "03",
      },
    },
    {
      type: "40",
      values: {
        dienstnummer: "D2025-000001",
        casusnummer: "C2025-000001",
        soort: "O",
        startdatum: "20250710",
        einddatum: "20250905",
        aard_conclusie: toFlags(["01"], "A"),
        ...none,
        duur: "04",
        uitkomst_onderzoek: toUitkomst({ "01": "1" }),
        reden_voortijdig: "00",
      },
    },
    {
      type: "40",
      values: {
        dienstnummer: "D2025-000002",
        casusnummer: "C2025-000001",
        soort: "V",
        startdatum: "20250906",
        einddatum: "00000000",
        aard_conclusie: toFlags([], "A"),
        ...none,
        duur: "04",
        uitkomst_onderzoek: "00000",
        reden_voortijdig: "00",
      },
    },
    {
      type: "50",
      values: {
        overdrachtnummer: "O2025-000001",
        casusnummer: "C2025-000001",
        persoonsvolgnummer: "0001",
        moment: "3",
        bronnummer: "D2025-000001",
        datum_overdracht: "20250910",
        partij: "08",
        hulp: "2",
      },
    },
    {
      type: "50",
      values: {
        overdrachtnummer: "O2025-000002",
        casusnummer: "C2025-000002",
        persoonsvolgnummer: "0001",
        moment: "1",
        bronnummer: "M2025-000002",
        datum_overdracht: "20250805",
        partij: "02",
        hulp: "1",
      },
    },
    {
      type: "60",
      values: {
        monitoringnummer: "MO2025-000001",
        casusnummer: "C2025-000001",
        datum_monitoring: "20251101",
        veiligheidsscore: "07",
      },
    },
  ];
}

/** The clean records with the values of the records matching `where` changed. */
export function changeRecords(
  where: (r: TestRecord) => boolean,
  changes: Record<string, string | number>,
  records: TestRecord[] = buildCleanRecords(),
): TestRecord[] {
  return records.map((r) => (where(r) ? { type: r.type, values: { ...r.values, ...changes } } : r));
}

export const isRecord = (type: string, field?: string, value?: string) => (r: TestRecord) =>
  r.type === type && (field === undefined || r.values[field] === value);

/** Writes records (01 first, no 99) with DeliveryWriter into a string. */
export async function writeToText(records: readonly TestRecord[]): Promise<string> {
  const chunks: Buffer[] = [];
  const writer = new DeliveryWriter((chunk) => {
    chunks.push(chunk);
  });
  for (const r of records) await writer.write(r.type, r.values as RecordValues);
  await writer.finish();
  return Buffer.concat(chunks).toString("latin1");
}

/** Replaces characters of line `lineNumber` (1-based) starting at 1-based position `start`. */
export function patchLine(text: string, lineNumber: number, start: number, replacement: string): string {
  const lines = text.split("\r\n");
  const line = lines[lineNumber - 1];
  lines[lineNumber - 1] = line.slice(0, start - 1) + replacement + line.slice(start - 1 + replacement.length);
  return lines.join("\r\n");
}

export const TEST_OPTIONS: CheckerOptions = { periode: TEST_PERIODE, gemeenten: TEST_GEMEENTEN };

/** Runs every check over a file's text. */
export async function checkText(text: string, options: CheckerOptions = TEST_OPTIONS): Promise<Violation[]> {
  const checker = createChecker(options);
  for (const r of await readRecordsFromText(text)) checker.add(r);
  return checker.finish();
}

/** Writes the records (optionally patching the text) and checks the result. */
export async function checkRecords(
  records: TestRecord[],
  patch: (text: string) => string = (t) => t,
): Promise<Violation[]> {
  return checkText(patch(await writeToText(records)));
}

export const rulesOf = (vs: Violation[]) => vs.map((v) => v.rule);
