// The one casus snapshot: the plain data the pure protocol rules (lib/domain/casus-state.ts) judge. Select
// SNAPSHOT_SELECT under a casus (alone, or together with what a page or list needs) and call toCasusSnapshot;
// a change loads it with loadCasusSnapshot inside its transaction, after lockCasus, so two steps on one casus
// cannot interleave.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { CasusSnapshot, DienstSoort, OverdrachtMoment, RuleResult } from "@/lib/domain/casus-state";
import { RuleViolation } from "@/lib/auth/errors";

export const SNAPSHOT_SELECT = {
  einddatum: true,
  // A withdrawn melding (registered by mistake or twice) no longer counts for the protocol's rules.
  meldingen: {
    where: { ingetrokkenOp: null },
    select: {
      id: true,
      datumMelding: true,
      beoordeling: { select: { inhoud: true, vastgesteldOp: true, datum: true } },
    },
  },
  diensten: {
    select: {
      id: true,
      soort: true,
      status: true,
      startdatum: true,
      einddatum: true,
      beoordeling: { select: { meldingId: true } },
    },
  },
  overdrachten: { select: { moment: true, bronMeldingId: true, bronDienstId: true } },
} satisfies Prisma.CasusSelect;

export type SnapshotRow = Prisma.CasusGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

export function toCasusSnapshot(c: SnapshotRow): CasusSnapshot {
  return {
    gesloten: c.einddatum !== null,
    meldingen: c.meldingen.map((m) => ({
      id: String(m.id),
      datumMelding: m.datumMelding,
      beoordeling: m.beoordeling
        ? { inhoud: m.beoordeling.inhoud, definitief: m.beoordeling.vastgesteldOp !== null, datum: m.beoordeling.datum }
        : null,
    })),
    diensten: c.diensten.map((d) => ({
      id: String(d.id),
      soort: d.soort as DienstSoort,
      status: d.status,
      startdatum: d.startdatum,
      einddatum: d.einddatum,
      meldingId: String(d.beoordeling.meldingId),
    })),
    overdrachten: c.overdrachten.map((o) => ({
      moment: o.moment as OverdrachtMoment,
      bronMeldingId: o.bronMeldingId ? String(o.bronMeldingId) : null,
      bronDienstId: o.bronDienstId ? String(o.bronDienstId) : null,
    })),
  };
}

export async function lockCasus(tx: Tx, casusId: number) {
  await tx.$queryRaw`SELECT id FROM casus WHERE id = ${casusId} FOR UPDATE`;
}

export async function loadCasusSnapshot(tx: Tx, casusId: number): Promise<CasusSnapshot> {
  return toCasusSnapshot(await tx.casus.findUniqueOrThrow({ where: { id: casusId }, select: SNAPSHOT_SELECT }));
}

export function assertRule(r: RuleResult) {
  if (!r.ok) throw new RuleViolation(r.reden);
}
