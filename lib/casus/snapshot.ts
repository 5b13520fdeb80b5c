// Loads one casus as the plain snapshot the pure protocol rules (lib/domain/casus-state.ts) judge, inside the
// transaction of the change, with a row lock so two steps on one casus cannot interleave.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { CasusSnapshot, RuleResult } from "@/lib/domain/casus-state";
import { RuleViolation } from "@/lib/auth/errors";

export async function lockCasus(tx: Tx, casusId: number) {
  await tx.$queryRaw`SELECT id FROM casus WHERE id = ${casusId} FOR UPDATE`;
}

export async function loadCasusSnapshot(tx: Tx, casusId: number): Promise<CasusSnapshot> {
  const c = await tx.casus.findUniqueOrThrow({
    where: { id: casusId },
    select: {
      einddatum: true,
      meldingen: { select: { id: true, datumMelding: true, beoordeling: { select: { inhoud: true, vastgesteldOp: true, datum: true } } } },
      diensten: { select: { id: true, soort: true, status: true, startdatum: true, einddatum: true, beoordeling: { select: { meldingId: true } } } },
      overdrachten: { select: { moment: true, bronMeldingId: true, bronDienstId: true } },
    },
  });
  return {
    gesloten: c.einddatum !== null,
    meldingen: c.meldingen.map((m) => ({
      id: String(m.id), datumMelding: m.datumMelding,
      beoordeling: m.beoordeling ? { inhoud: m.beoordeling.inhoud, definitief: m.beoordeling.vastgesteldOp !== null, datum: m.beoordeling.datum } : null,
    })),
    diensten: c.diensten.map((d) => ({
      id: String(d.id), soort: d.soort as "V" | "O", status: d.status, startdatum: d.startdatum, einddatum: d.einddatum, meldingId: String(d.beoordeling.meldingId),
    })),
    overdrachten: c.overdrachten.map((o) => ({
      moment: o.moment as 1 | 2 | 3, bronMeldingId: o.bronMeldingId ? String(o.bronMeldingId) : null, bronDienstId: o.bronDienstId ? String(o.bronDienstId) : null,
    })),
  };
}

export function assertRule(r: RuleResult) {
  if (!r.ok) throw new RuleViolation(r.reden);
}
