// "Mijn casussen": the open casussen assigned to a case manager with their stage, next deadline (an open
// Onderzoek's 10-week deadline or the next monitoring date) and last veiligheidsscore. One Prisma query for the
// list (its relations are fetched per relation, not per casus), one for gemeente names, one for the interval.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { deriveStage, getStageLabel, INHOUD_VERVOLGSTAPPEN_VT, type CasusSnapshot, type CasusStage, type DienstSoort, type DienstStatus } from "@/lib/domain/casus-state";
import { formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { onderzoekDeadline } from "@/lib/domain/werkdagen";
import { auditedListRead } from "@/lib/dienst/audited-list";
import { describeTermijn, type TermijnStand } from "@/lib/dienst/termijn";
import { loadMonitoringInterval } from "./interval";
import { nextMonitoringDate } from "./next-date";

export type MijnCasus = {
  casusnummer: string;
  gemeente: string;
  stage: CasusStage;
  fase: string;
  /** What needs the case manager's attention beside the deadline, in words (e.g. a dienst still to start). */
  aandacht: string | null;
  termijn: (TermijnStand & { soort: "onderzoek" | "monitoring"; href: string; label: string }) | null;
  laatsteScore: { score: number; datum: string } | null;
};

type Row = {
  id: number; nummer: string; einddatum: Date | null; gemeentecode: string | null;
  meldingen: { id: number; datumMelding: Date; beoordeling: { inhoud: string; vastgesteldOp: Date | null; datum: Date } | null }[];
  diensten: { id: number; nummer: string; soort: string; status: DienstStatus; startdatum: Date; einddatum: Date | null; beoordeling: { meldingId: number; datum: Date } }[];
  overdrachten: { moment: number; bronMeldingId: number | null; bronDienstId: number | null; datum: Date }[];
  monitoringsmomenten: { datum: Date; veiligheidsscore: number }[];
};

/** The same snapshot loadCasusSnapshot gives, from rows fetched for a whole list at once. */
function toSnapshot(c: Row): CasusSnapshot {
  return {
    gesloten: c.einddatum !== null,
    meldingen: c.meldingen.map((m) => ({
      id: String(m.id), datumMelding: m.datumMelding,
      beoordeling: m.beoordeling ? { inhoud: m.beoordeling.inhoud, definitief: m.beoordeling.vastgesteldOp !== null, datum: m.beoordeling.datum } : null,
    })),
    diensten: c.diensten.map((d) => ({ id: String(d.id), soort: d.soort as DienstSoort, status: d.status, startdatum: d.startdatum, einddatum: d.einddatum, meldingId: String(d.beoordeling.meldingId) })),
    overdrachten: c.overdrachten.map((o) => ({ moment: o.moment as 1 | 2 | 3, bronMeldingId: o.bronMeldingId ? String(o.bronMeldingId) : null, bronDienstId: o.bronDienstId ? String(o.bronDienstId) : null })),
  };
}

function describeAandacht(c: Row): string | null {
  if (c.diensten.some((d) => d.status === "AFSLUITING_VOORGESTELD")) return "Afsluiting dienst wacht op bevestiging";
  const zonderDienst = c.meldingen.some((m) => m.beoordeling?.vastgesteldOp && m.beoordeling.inhoud === INHOUD_VERVOLGSTAPPEN_VT
    && !c.diensten.some((d) => d.beoordeling.meldingId === m.id));
  return zonderDienst ? "Nog geen dienst gestart na de veiligheidsbeoordeling" : null;
}

function nextTermijn(c: Row, interval: number, today: Date): MijnCasus["termijn"] {
  const kandidaten: NonNullable<MijnCasus["termijn"]>[] = [];
  for (const d of c.diensten) {
    if (d.soort !== "O" || d.status !== "LOPEND") continue;
    kandidaten.push({ ...describeTermijn(onderzoekDeadline(d.beoordeling.datum), today), soort: "onderzoek", label: `Onderzoek ${d.nummer}`, href: `/casussen/${c.nummer}/diensten/${d.nummer}` });
  }
  const volgende = nextMonitoringDate({ monitoringData: c.monitoringsmomenten.map((m) => m.datum), overdrachtData: c.overdrachten.map((o) => o.datum), intervalDagen: interval, gesloten: c.einddatum !== null });
  if (volgende) kandidaten.push({ ...describeTermijn(volgende, today), soort: "monitoring", label: "Monitoring", href: `/casussen/${c.nummer}/monitoring` });
  return kandidaten.sort((a, b) => a.dagen - b.dagen)[0] ?? null;
}

export async function listMijnCasussen(user: Actor): Promise<MijnCasus[]> {
  const today = todayInAmsterdam();
  const rows = await auditedListRead(user, "mijn-casussen:view", "casus", async (tx) => {
    const casussen: Row[] = await tx.casus.findMany({
      where: { ...casusScope(user), casemanagerId: user.id, einddatum: null },
      orderBy: { begindatum: "asc" },
      select: {
        id: true, nummer: true, einddatum: true, gemeentecode: true,
        meldingen: { select: { id: true, datumMelding: true, beoordeling: { select: { inhoud: true, vastgesteldOp: true, datum: true } } } },
        diensten: { select: { id: true, nummer: true, soort: true, status: true, startdatum: true, einddatum: true, beoordeling: { select: { meldingId: true, datum: true } } } },
        overdrachten: { select: { moment: true, bronMeldingId: true, bronDienstId: true, datum: true } },
        monitoringsmomenten: { orderBy: [{ datum: "desc" }, { id: "desc" }], take: 1, select: { datum: true, veiligheidsscore: true } },
      },
    });
    const codes = [...new Set(casussen.map((c) => c.gemeentecode).filter((x): x is string => x !== null))];
    const gemeenten = codes.length > 0 ? await tx.gemeente.findMany({ where: { code: { in: codes } }, orderBy: { jaar: "desc" }, select: { code: true, naam: true } }) : [];
    const interval = await loadMonitoringInterval(tx);
    return casussen.map((c) => ({ c, gemeente: gemeenten.find((g) => g.code === c.gemeentecode)?.naam ?? (c.gemeentecode ? `Gemeente ${c.gemeentecode}` : "Onbekend"), interval }));
  }, ({ c }) => ({ entityType: "casus", entityId: c.id, casusId: c.id }));

  const list = rows.map(({ c, gemeente, interval }): MijnCasus => {
    const stage = deriveStage(toSnapshot(c));
    const laatste = c.monitoringsmomenten[0];
    return {
      casusnummer: c.nummer, gemeente, stage, fase: getStageLabel(stage),
      aandacht: describeAandacht(c),
      termijn: nextTermijn(c, interval, today),
      laatsteScore: laatste ? { score: laatste.veiligheidsscore, datum: formatDatumNl(laatste.datum) } : null,
    };
  });
  // Most urgent first; casussen without a deadline last, by casusnummer.
  return list.sort((a, b) => (a.termijn?.dagen ?? Infinity) - (b.termijn?.dagen ?? Infinity) || a.casusnummer.localeCompare(b.casusnummer));
}
