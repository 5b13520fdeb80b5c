// After a stale save: the current values of the fields the user was changing, as labelled Dutch text, so the
// form can show them beside the user's own input (lib/db/versioned.ts).
import "server-only";
import type { Tx } from "./client";
import type { ConflictInfo } from "@/lib/auth/action-result";
import { labelOf, type LijstNaam } from "@/lib/domain/codes";
import { formatDatumNl } from "@/lib/domain/dates";
import { DIENST_STATUS_LABELS } from "@/lib/dienst/labels";

type Format =
  | "datum"
  | "tekst"
  | "gebruiker"
  | "jaNee"
  | { labels: Record<string, string> }
  | { lijst: LijstNaam }
  | { lijsten: LijstNaam };

const FIELDS: Record<string, { label: string; format: Format }> = {
  einddatum: { label: "Einddatum", format: "datum" },
  datum: { label: "Datum", format: "datum" },
  inhoud: { label: "Inhoud van de beoordeling", format: { lijst: "F" } },
  taxatie: { label: "Veiligheidstaxatie", format: { lijst: "G" } },
  toelichting: { label: "Toelichting", format: "tekst" },
  besluitMetId: { label: "Besloten met", format: "gebruiker" },
  vastgesteldDoorId: { label: "Vastgesteld door", format: "gebruiker" },
  casemanagerId: { label: "Casemanager", format: "gebruiker" },
  behandelaarId: { label: "Behandelaar", format: "gebruiker" },
  aardConclusie: { label: "Aard (conclusie)", format: { lijsten: "A" } },
  aanvullendeInformatie: { label: "Aanvullende informatie", format: { lijsten: "B" } },
  duur: { label: "Duur", format: { lijst: "C" } },
  status: { label: "Status", format: { labels: DIENST_STATUS_LABELS } },
  active: { label: "Account actief", format: "jaNee" },
};

export async function describeCurrent(
  tx: Tx,
  row: Record<string, unknown>,
  fields: string[],
): Promise<ConflictInfo["current"]> {
  const out: ConflictInfo["current"] = [];
  for (const field of fields) {
    const def = FIELDS[field];
    if (!def || !(field in row)) continue;
    const value = await formatValue(tx, row[field], def.format);
    out.push({
      field,
      label: def.label,
      value,
      ...(def.format === "tekst" && row[field] ? { text: String(row[field]) } : {}),
    });
  }
  return out;
}

async function formatValue(tx: Tx, v: unknown, format: Format): Promise<string> {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return "—";
  if (format === "datum") return v instanceof Date ? formatDatumNl(v) : String(v);
  if (format === "jaNee") return v ? "Ja" : "Nee";
  if (format === "gebruiker") {
    const u = await tx.user.findUnique({ where: { id: Number(v) }, select: { displayName: true } });
    return u?.displayName ?? "onbekend";
  }
  if (format === "tekst") return String(v);
  if ("labels" in format) return format.labels[String(v)] ?? String(v);
  if ("lijst" in format) return labelOf(format.lijst, String(v));
  return (v as string[]).map((c) => labelOf(format.lijsten, c)).join(", ");
}
