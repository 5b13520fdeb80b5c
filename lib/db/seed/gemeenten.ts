// Loads the municipalities of a year (CBS code, name, Veilig Thuis region) from the CSV in prisma/data.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";

export type GemeenteRow = { jaar: number; code: string; naam: string; vtRegioCode: string; vtRegioNaam: string };

/** Minimal RFC 4180 line parser: quoted fields may contain commas and doubled quotes. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "",
    quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function readGemeentenCsv(file = path.resolve("prisma/data/gemeenten_vt_regio_2025.csv")): GemeenteRow[] {
  const [header, ...lines] = fs.readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  const cols = parseCsvLine(header);
  const idx = (n: string) => cols.indexOf(n);
  return lines.map(parseCsvLine).map((f) => ({
    jaar: Number(f[idx("jaar")]),
    code: f[idx("gemeentecode")],
    naam: f[idx("gemeentenaam")],
    vtRegioCode: f[idx("vt_regio_code")],
    vtRegioNaam: f[idx("vt_regio_naam")],
  }));
}

/**
 * Loads the list for its own year and, until the lists of later years are supplied, also as the list of
 * each later year up to `untilYear` (herindelingen then need a new CSV; see docs/decisions).
 */
export async function loadGemeenten(prisma: PrismaClient, untilYear: number) {
  const rows = readGemeentenCsv();
  const baseYear = rows[0].jaar;
  for (let jaar = baseYear; jaar <= untilYear; jaar++) {
    if ((await prisma.gemeente.count({ where: { jaar } })) > 0) continue;
    await prisma.gemeente.createMany({ data: rows.map((r) => ({ ...r, jaar })) });
  }
  return rows.length;
}
