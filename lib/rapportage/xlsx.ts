// A report as an XLSX workbook (ExcelJS): one sheet per table. Every text cell is written as text, never as a
// formula, and neutralised like the CSV (a leading = + - @, tab or CR gets an apostrophe).
import ExcelJS from "exceljs";
import { bladen } from "./bestand";
import type { Rapport } from "./rapport";

export async function rapportXlsx(r: Rapport, extern: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Veilig Thuis registratie";
  wb.created = new Date(0);
  const namen = new Set<string>();
  for (const b of bladen(r, extern)) {
    let naam = b.naam.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
    for (let i = 2; namen.has(naam); i++) naam = `${b.naam.slice(0, 28)} ${i}`;
    namen.add(naam);
    const ws = wb.addWorksheet(naam);
    for (const rij of b.rijen) ws.addRow(rij);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 18));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
