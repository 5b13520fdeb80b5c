// The casus snapshot (lib/domain/casus-state.ts) built from rows that were loaded together with other data, so
// a list or overview page can judge the stage and the allowed steps without an extra query per casus.
import type { Prisma } from "@/generated/prisma/client";
import type { CasusSnapshot } from "@/lib/domain/casus-state";

/** Select this under a casus to be able to call toCasusSnapshot() on the result. */
export const SNAPSHOT_SELECT = {
  einddatum: true,
  meldingen: { select: { id: true, datumMelding: true, beoordeling: { select: { inhoud: true, vastgesteldOp: true, datum: true } } } },
  diensten: { select: { id: true, soort: true, status: true, startdatum: true, einddatum: true, beoordeling: { select: { meldingId: true } } } },
  overdrachten: { select: { moment: true, bronMeldingId: true, bronDienstId: true } },
} satisfies Prisma.CasusSelect;

export type SnapshotRow = Prisma.CasusGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

export function toCasusSnapshot(c: SnapshotRow): CasusSnapshot {
  return {
    gesloten: c.einddatum !== null,
    meldingen: c.meldingen.map((m) => ({
      id: String(m.id), datumMelding: m.datumMelding,
      beoordeling: m.beoordeling ? { inhoud: m.beoordeling.inhoud, definitief: m.beoordeling.vastgesteldOp !== null, datum: m.beoordeling.datum } : null,
    })),
    diensten: c.diensten.map((d) => ({
      id: String(d.id), soort: d.soort as "V" | "O", status: d.status, startdatum: d.startdatum, einddatum: d.einddatum,
      meldingId: String(d.beoordeling.meldingId),
    })),
    overdrachten: c.overdrachten.map((o) => ({
      moment: o.moment as 1 | 2 | 3,
      bronMeldingId: o.bronMeldingId ? String(o.bronMeldingId) : null,
      bronDienstId: o.bronDienstId ? String(o.bronDienstId) : null,
    })),
  };
}
