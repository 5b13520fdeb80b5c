// Arguments of `npm run export`, checked before anything is written.
import { checkLeverbarePeriode } from "@/lib/domain/periode";
import { todayInAmsterdam } from "@/lib/domain/dates";

export type ExportArgs = {
  jaar: number;
  halfjaar: 1 | 2;
  soort: "R" | "C";
  out: string;
  kerncijfers?: string;
  rapport?: string;
};

export function parseExportArgs(
  argv: string[],
  today = todayInAmsterdam(),
): { ok: true; args: ExportArgs } | { ok: false; message: string } {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) return { ok: false, message: `Onbekend argument: ${a}` };
    const [name, inline] = a.slice(2).split("=", 2);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--"))
      return { ok: false, message: `--${name} heeft een waarde nodig.` };
    opts[name] = value;
  }
  const unknown = Object.keys(opts).filter((k) => !["periode", "soort", "out", "kerncijfers", "rapport"].includes(k));
  if (unknown.length) return { ok: false, message: `Onbekende optie: --${unknown[0]}` };
  if (!opts.periode) return { ok: false, message: "Geef de periode op, bijvoorbeeld --periode 2025H2." };
  const p = checkLeverbarePeriode(opts.periode, today);
  if (!p.ok) return { ok: false, message: p.message };
  const soort = opts.soort ?? "R";
  if (soort !== "R" && soort !== "C")
    return { ok: false, message: "Soort levering moet R (regulier) of C (correctie) zijn." };
  if (!opts.out) return { ok: false, message: "Geef het uitvoerbestand op met --out <bestand>." };
  return {
    ok: true,
    args: {
      jaar: p.periode.jaar,
      halfjaar: p.periode.halfjaar,
      soort,
      out: opts.out,
      kerncijfers: opts.kerncijfers,
      rapport: opts.rapport,
    },
  };
}
