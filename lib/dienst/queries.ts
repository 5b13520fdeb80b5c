// Lists and small reads around diensten, scoped in the query and audited.
import "server-only";
import { auditedRead } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { DIENST_SOORT_LABELS, type DienstSoort, type DienstStatus } from "@/lib/domain/casus-state";
import { toIsoDate } from "@/lib/domain/dates";
import { auditedListRead } from "./audited-list";
import { describeCodes, DIENST_STATUS_LABELS } from "./labels";

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
  const rows = await auditedListRead(user, "dienst:confirm", "dienst", async (tx) => {
    const diensten = await tx.dienst.findMany({
      where: { status: "AFSLUITING_VOORGESTELD", casus: casusScope(user) },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: { id: true, nummer: true, soort: true, einddatum: true, updatedAt: true, afsluitingVoorgesteldDoorId: true, casusId: true, casus: { select: { nummer: true } } },
    });
    const ids = [...new Set(diensten.map((r) => r.afsluitingVoorgesteldDoorId).filter((x): x is number => x !== null))];
    const users = ids.length > 0 ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, username: true } }) : [];
    return diensten.map((r) => ({ ...r, door: users.find((u) => u.id === r.afsluitingVoorgesteldDoorId) }));
  }, (r) => ({ entityType: "dienst", entityId: r.id, casusId: r.casusId }));
  return rows.map((r) => ({
    dienstId: r.id, dienstnummer: r.nummer, casusnummer: r.casus.nummer,
    soort: r.soort as DienstSoort, soortLabel: DIENST_SOORT_LABELS[r.soort as DienstSoort],
    einddatum: r.einddatum ? toIsoDate(r.einddatum) : null,
    voorgesteldDoor: r.door?.displayName ?? "onbekend", voorgesteldDoorUsername: r.door?.username ?? null,
    voorgesteldOp: r.updatedAt.toISOString(), eigenVoorstel: r.afsluitingVoorgesteldDoorId === user.id,
    href: `/casussen/${r.casus.nummer}/diensten/${r.nummer}/bevestigen`,
  }));
}

/** The current state of a dienst's closing, shown beside the user's own input after a conflict. */
export async function getDienstStand(user: Actor, casusnummer: string, dienstId: number) {
  return auditedRead(user, "casus:read", async (tx) => {
    const d = await tx.dienst.findFirst({
      where: { id: dienstId, casus: { nummer: casusnummer, ...casusScope(user) } },
      select: { id: true, casusId: true, status: true, version: true, einddatum: true, aardConclusie: true, toelichting: true, updatedAt: true },
    });
    if (!d) return null;
    const last = await tx.auditEvent.findFirst({
      where: { entityType: "dienst", entityId: String(d.id), action: { in: ["CREATE", "UPDATE"] }, outcome: "SUCCESS" },
      orderBy: { id: "desc" }, select: { username: true },
    });
    return {
      id: d.id, casusId: d.casusId, version: d.version, status: d.status as DienstStatus, statusLabel: DIENST_STATUS_LABELS[d.status],
      einddatum: d.einddatum ? toIsoDate(d.einddatum) : null, aard: describeCodes("A", d.aardConclusie),
      toelichting: d.toelichting ?? "", gewijzigdDoor: last?.username ?? null, gewijzigdOp: d.updatedAt.toISOString(),
    };
  }, (r) => (r ? { entityType: "dienst", entityId: r.id, casusId: r.casusId } : { entityType: "dienst", entityId: dienstId, outcome: "FAILURE", detail: "not found or out of scope" }));
}
export type DienstStand = NonNullable<Awaited<ReturnType<typeof getDienstStand>>>;
