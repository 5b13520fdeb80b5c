// Dutch wording of dienst states and of the uitkomst onderzoek, shared by pages and forms (no I/O).
import { codelijsten, labelOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import type { DienstStatus } from "@/lib/domain/casus-state";

export const DIENST_STATUS_LABELS: Record<DienstStatus, string> = {
  LOPEND: "Lopend",
  AFSLUITING_VOORGESTELD: "Afsluiting voorgesteld, wacht op bevestiging",
  AFGESLOTEN: "Afgesloten",
};

/** The five vormen of the uitkomst onderzoek (list A 01..05) with their short label. */
export const UITKOMST_VORM_LABELS = UITKOMST_VORMEN.map((code) => ({ code, label: labelOf("A", code) }));
/** List H: the digit per vorm. */
export const UITKOMST_WAARDEN = codelijsten.H.codes.map((c) => ({ value: c.code, label: c.label }));

/** "Kindermishandeling: Bevestigd; (Ex-)partnergeweld: Weerlegd", leaving out vormen not investigated. */
export function describeUitkomst(uitkomst: string): string {
  const parts = UITKOMST_VORM_LABELS.map((v, i) => ({ ...v, digit: uitkomst[i] ?? "0" }))
    .filter((v) => v.digit !== "0")
    .map((v) => `${v.label}: ${labelOf("H", v.digit)}`);
  return parts.length > 0 ? parts.join("; ") : "Geen vorm onderzocht";
}

export function describeCodes(lijst: "A" | "B", codes: string[]): string {
  return codes.length > 0 ? codes.map((c) => labelOf(lijst, c)).join(", ") : "—";
}
