// One correction of a registered record: compare the stored values with the corrected ones field by field,
// keep who, when, why and per field the old and the new value (table correctie, append-only), and write its
// audit event. A correction that changes nothing is refused. docs/decisions/013.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import type { AuditInput } from "@/lib/auth/audit";
import { RuleViolation } from "@/lib/auth/errors";
import { now } from "@/lib/domain/clock";
import { labelOf } from "@/lib/domain/codes";
import { formatDatumNl } from "@/lib/domain/dates";

/** How a field is named and shown in the history; `gevoelig`: the melder's identity (lib/melding/dto.ts). */
export type VeldDef = { label: string; toon?: (v: unknown) => string; gevoelig?: boolean };
export type Wijziging = { veld: string; label: string; oud: string; nieuw: string; gevoelig?: boolean };

export const NIETS_GEWIJZIGD = "Er is niets gewijzigd. Pas een waarde aan, of ga terug zonder op te slaan.";

export const toonWaarde = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "(leeg)";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.length ? v.map(toonWaarde).join(", ") : "(geen)";
  if (typeof v === "boolean") return v ? "ja" : "nee";
  return String(v);
};

/** A date as "23 november 2026" in the history. */
export const toonDatum = (v: unknown) => (v instanceof Date ? formatDatumNl(v) : toonWaarde(v));
/** Codes of list A or B as their labels. */
export const toonCodes = (lijst: "A" | "B") => (v: unknown) =>
  Array.isArray(v) && v.length ? v.map((c) => labelOf(lijst, String(c))).join(", ") : "(geen)";

export function diff(velden: Record<string, VeldDef>, voor: Record<string, unknown>, na: Record<string, unknown>) {
  const out: Wijziging[] = [];
  for (const [veld, def] of Object.entries(velden)) {
    if (!(veld in na)) continue;
    const toon = def.toon ?? toonWaarde;
    const oud = toon(voor[veld]);
    const nieuw = toon(na[veld]);
    if (oud !== nieuw) out.push({ veld, label: def.label, oud, nieuw, ...(def.gevoelig ? { gevoelig: true } : {}) });
  }
  return out;
}

type Audit = (e: Omit<AuditInput, "actor">) => Promise<void>;

/** Keeps the correction and writes its audit event (the command's `audit`, in the command's transaction). */
export async function recordCorrectie(
  tx: Tx,
  user: Actor,
  audit: Audit,
  c: {
    entityType: string;
    entityId: number;
    casusId: number | null;
    reden: string;
    wijzigingen: Wijziging[];
    betrokkeneIds?: number[];
    action?: "CREATE" | "UPDATE";
  },
) {
  if (c.wijzigingen.length === 0) throw new RuleViolation(NIETS_GEWIJZIGD);
  const row = await tx.correctie.create({
    data: {
      casusId: c.casusId,
      entityType: c.entityType,
      entityId: c.entityId,
      reden: c.reden,
      wijzigingen: c.wijzigingen as unknown as Prisma.InputJsonValue,
      doorId: user.id,
      at: now(),
    },
    select: { id: true },
  });
  await audit({
    action: c.action ?? "UPDATE",
    entityType: c.entityType,
    entityId: c.entityId,
    casusId: c.casusId,
    betrokkeneIds: c.betrokkeneIds ?? [],
    detail: `correctie ${row.id}: ${c.wijzigingen.map((w) => w.veld).join(",")}`,
  });
  return row.id;
}
