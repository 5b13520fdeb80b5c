// Lists and small reads around diensten, scoped in the query and audited.
import "server-only";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { DIENST_SOORT_LABELS, type DienstSoort } from "@/lib/domain/casus-state";
import { toIsoDate } from "@/lib/domain/dates";

export type DienstAfsluitingTeBevestigen = {
  dienstId: number;
  dienstnummer: string;
  casusnummer: string;
  soort: DienstSoort;
  soortLabel: string;
  einddatum: string | null;
  voorgesteldDoor: string;
  voorgesteldDoorUsername: string | null;
  /** When the proposal was last saved (ISO timestamp). */
  voorgesteldOp: string;
  /** True when the user proposed it: they cannot confirm it themselves (four eyes). */
  eigenVoorstel: boolean;
  /** The confirm page. */
  href: string;
};

/** The diensten whose closing awaits a second user's confirmation (for the "te bevestigen" page). */
export async function listDienstAfsluitingenTeBevestigen(user: Actor): Promise<DienstAfsluitingTeBevestigen[]> {
  const rows = await auditedRead(user, { permission: "beoordelingen:view" }, async (tx) => {
    const diensten = await tx.dienst.findMany({
      where: { status: "AFSLUITING_VOORGESTELD", casus: casusScope(user) },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: { id: true, nummer: true, soort: true, einddatum: true, updatedAt: true, afsluitingVoorgesteldDoorId: true, casusId: true, casus: { select: { nummer: true } } },
    });
    const ids = [...new Set(diensten.map((r) => r.afsluitingVoorgesteldDoorId).filter((x): x is number => x !== null))];
    const users = ids.length > 0 ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, username: true } }) : [];
    return diensten.map((r) => ({ ...r, door: users.find((u) => u.id === r.afsluitingVoorgesteldDoorId) }));
  }, (rows) => listEvents("dienst", rows, (r) => ({ entityId: r.id, casusId: r.casusId })));
  return rows.map((r) => ({
    dienstId: r.id, dienstnummer: r.nummer, casusnummer: r.casus.nummer,
    soort: r.soort as DienstSoort, soortLabel: DIENST_SOORT_LABELS[r.soort as DienstSoort],
    einddatum: r.einddatum ? toIsoDate(r.einddatum) : null,
    voorgesteldDoor: r.door?.displayName ?? "onbekend", voorgesteldDoorUsername: r.door?.username ?? null,
    voorgesteldOp: r.updatedAt.toISOString(), eigenVoorstel: r.afsluitingVoorgesteldDoorId === user.id,
    href: `/casussen/${r.casus.nummer}/diensten/${r.nummer}/bevestigen`,
  }));
}
