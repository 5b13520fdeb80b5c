// The team lead's overview: counts per worker, per phase and of the casussen waiting for a case manager, all
// computed by the database over every open casus and melding. Each count opens its own paged list
// (lib/team/lijsten.ts). Audited as one READ.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope, casusScopeSql } from "@/lib/auth/scope";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { getStageLabel } from "@/lib/domain/casus-state";
import { ONDERZOEK_TERMIJN_DAGEN } from "@/lib/domain/werkdagen";
import { beoordelingVerstrekenWhere, openMeldingenWhere } from "@/lib/melding/werkvoorraad";
import { now } from "@/lib/domain/clock";
import type { Tx } from "@/lib/db/client";
import { loadTeamLeden, persoonVan } from "./leden";
import { OPEN_STAGES, type OpenStage } from "./stage-where";
import { casusAantallenSql, OPEN_DIENST, type CasusAantallen } from "./aantallen-sql";
import { vastPlan } from "@/lib/db/vast-plan";
import type { TeamOverzicht } from "./types";

type CmRij = { casemanagerId: number; casussen: number; lopend: number; overTermijn: number };

/** Per case manager: open casussen, running diensten, onderzoeken past their deadline (two grouped queries). The
 * beoordeling's date is read for the onderzoeken only (a third of the running diensten). */
async function perCasemanager(tx: Tx, user: Actor, today: Date): Promise<CmRij[]> {
  const casussen = await tx.casus.groupBy({
    by: ["casemanagerId"],
    where: { AND: [casusScope(user), { einddatum: null, casemanagerId: { not: null } }] },
    _count: true,
  });
  const diensten = await tx.$queryRaw<{ casemanagerId: number; lopend: number; overTermijn: number }[]>(Prisma.sql`
    SELECT c."casemanagerId", count(*)::int AS lopend,
      count(*) FILTER (WHERE d.soort = 'O' AND (SELECT b.datum FROM veiligheidsbeoordeling b WHERE b.id = d."beoordelingId")
        + ${ONDERZOEK_TERMIJN_DAGEN}::int < ${today}::date)::int AS "overTermijn"
    FROM dienst d JOIN casus c ON c.id = d."casusId"
    WHERE d.status IN (${OPEN_DIENST}) AND c.einddatum IS NULL AND c."casemanagerId" IS NOT NULL
      AND ${casusScopeSql(user)}
    GROUP BY c."casemanagerId"`);
  const dienstVan = new Map(diensten.map((d) => [d.casemanagerId, d]));
  return casussen.map((c) => ({
    casemanagerId: c.casemanagerId!,
    casussen: c._count,
    lopend: dienstVan.get(c.casemanagerId!)?.lopend ?? 0,
    overTermijn: dienstVan.get(c.casemanagerId!)?.overTermijn ?? 0,
  }));
}

export async function getTeamOverzicht(user: Actor, at = now()): Promise<TeamOverzicht> {
  const today = todayInAmsterdam(at);
  return auditedRead(
    user,
    { permission: "team:view", resource: { type: "teamoverzicht" } },
    async (tx) => {
      const leden = await loadTeamLeden(tx);
      const openMeldingen = openMeldingenWhere(user);
      const verstrekenWhere = { AND: [openMeldingen, beoordelingVerstrekenWhere(today)] };
      const perBehandelaar = await tx.melding.groupBy({ by: ["behandelaarId"], where: openMeldingen, _count: true });
      const verstrekenPer = await tx.melding.groupBy({ by: ["behandelaarId"], where: verstrekenWhere, _count: true });
      const cms = await perCasemanager(tx, user, today);
      const [n] = await tx.$queryRaw<CasusAantallen[]>(vastPlan(casusAantallenSql(casusScopeSql(user))));
      // The phases divide the open casussen (lijsten-synth.int.test.ts): the last one is what the others leave.
      const perFase: Record<OpenStage, number> = {
        BEOORDELING: n.beoordeling,
        DIENST_STARTEN: n.dienstStarten,
        DIENST: n.dienst,
        OVERDRACHT_MONITORING: n.open - n.beoordeling - n.dienstStarten - n.dienst,
      };
      const fasen = OPEN_STAGES.map((fase) => ({ fase, label: getStageLabel(fase), aantal: perFase[fase] }));
      const { wacht: teToewijzen, alvast: alvastToewijzen, afTeSluiten } = n;

      const verstrekenVan = new Map(verstrekenPer.map((g) => [g.behandelaarId, g._count]));
      const openVan = new Map(perBehandelaar.map((g) => [g.behandelaarId, g._count]));
      const triageIds = new Set([...leden.triage.map((p) => p.id), ...openVan.keys()]);
      const triage = [...triageIds]
        .map((id) => ({
          behandelaar: id === null ? null : persoonVan(leden, id),
          open: openVan.get(id) ?? 0,
          verstreken: verstrekenVan.get(id) ?? 0,
        }))
        .sort((a, b) =>
          a.behandelaar && b.behandelaar
            ? a.behandelaar.naam.localeCompare(b.behandelaar.naam, "nl")
            : a.behandelaar
              ? 1
              : -1,
        );
      const cmVan = new Map(cms.map((r) => [r.casemanagerId, r]));
      const cmIds = new Set([...leden.casemanagers.map((p) => p.id), ...cmVan.keys()]);
      const casemanagers = [...cmIds]
        .map((id) => ({
          casemanager: persoonVan(leden, id),
          casussen: cmVan.get(id)?.casussen ?? 0,
          lopendeDiensten: cmVan.get(id)?.lopend ?? 0,
          onderzoekOverTermijn: cmVan.get(id)?.overTermijn ?? 0,
        }))
        .sort((a, b) => a.casemanager.naam.localeCompare(b.casemanager.naam, "nl"));
      const overzicht: TeamOverzicht = {
        vandaag: toIsoDate(today),
        triage,
        casemanagers,
        fasen,
        teToewijzen,
        alvastToewijzen,
        afTeSluiten,
        meldingenOpen: triage.reduce((n, t) => n + t.open, 0),
        meldingenVerstreken: triage.reduce((n, t) => n + t.verstreken, 0),
      };
      return overzicht;
    },
    (o) => ({
      entityType: "teamoverzicht",
      detail: `open meldingen ${o.meldingenOpen}; open casussen ${o.fasen.reduce((n, f) => n + f.aantal, 0)}; unassigned ${o.teToewijzen}`,
    }),
  );
}
