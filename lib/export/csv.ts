// CSV for people who open it in a spreadsheet: csv-stringify with ";" (Dutch Excel), a BOM for UTF-8, and every
// cell neutralised against formula injection — a cell starting with = + - @, a tab or a carriage return gets a
// leading apostrophe, so a name like "=HYPERLINK(...)" stays text (OWASP "CSV injection").
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(v: unknown): string {
  const s = v == null ? "" : String(v);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return (
    "\uFEFF" +
    stringify([header.map(neutraliseCell), ...rows.map((r) => r.map(neutraliseCell))], {
      delimiter: ";",
      record_delimiter: "\r\n",
      quoted_match: /[;"\r\n]/,
    })
  );
}
