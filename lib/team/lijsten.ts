// The team lead's paged work lists behind the overview's counts: open casussen (per case manager, phase, or
// waiting for a case manager) and meldingen awaiting a beoordeling (per triage worker), each with the forms to
// (re)assign. Filters and totals are conditions on the query; only one page of rows is loaded.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { deriveStage, getStageLabel, INHOUD_VERVOLGSTAPPEN_VT } from "@/lib/domain/casus-state";
import { formatDatumNl, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { beoordelingTermijn } from "@/lib/domain/termijn";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import { beoordelingVerstrekenWhere, MELDING_ORDER, openMeldingenWhere } from "@/lib/melding/werkvoorraad";
import { now } from "@/lib/domain/clock";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { loadTeamLeden, type TeamLeden } from "./leden";
import { OPEN_STAGES, STAGE_WHERE, TOEWIJZEN_WHERE, type OpenStage } from "./stage-where";
import type { CasusWerk, MeldingWerk, Persoon } from "./types";

const ALLE = { waarde: "alle", label: "Alle" };
const personen = (leden: TeamLeden, ids: Persoon[]) => {
  const extra = [...leden.namen].filter(([id]) => !ids.some((p) => p.id === id));
  return [...ids, ...extra.map(([id, naam]) => ({ id, naam }))].map((p) => ({ waarde: String(p.id), label: p.naam }));
};

export function teamCasussenDef(leden: TeamLeden) {
  return {
    sorteringen: [
      { waarde: "oudste", label: "Begindatum (oudste eerst)" },
      { waarde: "nieuwste", label: "Begindatum (nieuwste eerst)" },
      { waarde: "nummer", label: "Casusnummer" },
    ],
    filters: {
      casemanager: {
        label: "Casemanager",
        keuzes: [ALLE, { waarde: "geen", label: "Nog geen casemanager" }, ...personen(leden, leden.casemanagers)],
      },
      fase: {
        label: "Fase",
        keuzes: [ALLE, ...OPEN_STAGES.map((s) => ({ waarde: s, label: getStageLabel(s) }))],
      },
      toewijzen: {
        label: "Toewijzen",
        keuzes: [
          ALLE,
          { waarde: "wacht", label: "Wacht op casemanager" },
          { waarde: "alvast", label: "Alvast toewijzen" },
        ],
      },
    },
  } satisfies LijstDef;
}

export function teamMeldingenDef(leden: TeamLeden) {
  return {
    sorteringen: [
      { waarde: "termijn", label: "Termijn (kortste eerst)" },
      { waarde: "nieuwste", label: "Datum melding (nieuwste eerst)" },
      { waarde: "nummer", label: "Meldingnummer" },
    ],
    filters: {
      behandelaar: {
        label: "Behandelaar",
        keuzes: [ALLE, { waarde: "geen", label: "Nog niemand" }, ...personen(leden, leden.triage)],
      },
      termijn: { label: "Termijn", keuzes: [ALLE, { waarde: "verstreken", label: "Verstreken" }] },
    },
  } satisfies LijstDef;
}

const CASUS_ORDER: Record<string, Prisma.CasusOrderByWithRelationInput[]> = {
  oudste: [{ begindatum: "asc" }, { id: "asc" }],
  nieuwste: [{ begindatum: "desc" }, { id: "desc" }],
  nummer: [{ nummer: "asc" }],
};
const persoonFilter = (waarde: string, veld: "casemanagerId" | "behandelaarId") =>
  waarde === "alle" ? {} : { [veld]: waarde === "geen" ? null : Number(waarde) };

export type TeamLijst<T> = Lijst<T> & { def: LijstDef; opties: Persoon[] };

export async function listTeamCasussen(user: Actor, sp: Zoekparams = {}): Promise<TeamLijst<CasusWerk>> {
  return auditedRead(
    user,
    { permission: "team:view", resource: { type: "teamoverzicht" } },
    async (tx) => {
      const leden = await loadTeamLeden(tx);
      const def = teamCasussenDef(leden);
      const params = parseLijstParams(def, sp);
      const f = params.filters;
      const where: Prisma.CasusWhereInput = {
        AND: [
          casusScope(user),
          { einddatum: null },
          persoonFilter(f.casemanager, "casemanagerId"),
          f.fase === "alle" ? {} : STAGE_WHERE[f.fase as OpenStage],
          f.toewijzen === "wacht" ? TOEWIJZEN_WHERE.wacht : f.toewijzen === "alvast" ? TOEWIJZEN_WHERE.alvast : {},
        ],
      };
      const pagina = paginaVan(params, await tx.casus.count({ where }));
      const rows = await tx.casus.findMany({
        where,
        orderBy: CASUS_ORDER[params.sortering],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          ...SNAPSHOT_SELECT,
          id: true,
          nummer: true,
          version: true,
          begindatum: true,
          gemeentecode: true,
          casemanagerId: true,
        },
      });
      const codes = [...new Set(rows.map((c) => c.gemeentecode).filter((c): c is string => !!c))];
      const gemeenten = await tx.gemeente.findMany({
        where: { code: { in: codes } },
        orderBy: { jaar: "asc" },
        select: { code: true, naam: true },
      });
      const gemeenteNaam = new Map(gemeenten.map((g) => [g.code, g.naam]));
      const rijen = rows.map((c): CasusWerk => {
        const vervolg = c.meldingen.filter((m) => m.beoordeling?.inhoud === INHOUD_VERVOLGSTAPPEN_VT);
        const b = (vervolg.find((m) => m.beoordeling?.vastgesteldOp) ?? vervolg[0])?.beoordeling ?? null;
        return {
          id: c.id,
          nummer: c.nummer,
          version: c.version,
          begindatum: toIsoDate(c.begindatum),
          gemeente: c.gemeentecode ? (gemeenteNaam.get(c.gemeentecode) ?? c.gemeentecode) : null,
          stageLabel: getStageLabel(deriveStage(toCasusSnapshot(c))),
          casemanagerId: c.casemanagerId,
          casemanager: c.casemanagerId ? (leden.namen.get(c.casemanagerId) ?? `gebruiker ${c.casemanagerId}`) : null,
          beoordeling: b
            ? `Vervolgstappen bij Veilig Thuis, ${formatDatumNl(b.datum)}${b.vastgesteldOp ? "" : " (wacht op vaststelling)"}`
            : null,
        };
      });
      return { rijen, pagina, params, def, opties: leden.casemanagers };
    },
    (r) => ({
      entityType: "teamoverzicht",
      detail: `casussen ${r.rijen.length} of ${r.pagina.totaal} (page ${r.pagina.pagina})`,
    }),
  );
}

export async function listTeamMeldingen(user: Actor, sp: Zoekparams = {}, at = now()): Promise<TeamLijst<MeldingWerk>> {
  const today = todayInAmsterdam(at);
  return auditedRead(
    user,
    { permission: "team:view", resource: { type: "teamoverzicht" } },
    async (tx) => {
      const leden = await loadTeamLeden(tx);
      const def = teamMeldingenDef(leden);
      const params = parseLijstParams(def, sp);
      const f = params.filters;
      const where: Prisma.MeldingWhereInput = {
        AND: [
          openMeldingenWhere(user),
          persoonFilter(f.behandelaar, "behandelaarId"),
          f.termijn === "verstreken" ? beoordelingVerstrekenWhere(today) : {},
        ],
      };
      const pagina = paginaVan(params, await tx.melding.count({ where }));
      const rows = await tx.melding.findMany({
        where,
        orderBy: MELDING_ORDER[params.sortering],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          id: true,
          nummer: true,
          version: true,
          datumMelding: true,
          acuut: true,
          behandelaarId: true,
          casus: { select: { nummer: true } },
          beoordeling: { select: { datum: true } },
        },
      });
      const rijen = rows.map((m): MeldingWerk => {
        const termijn = beoordelingTermijn(m, m.beoordeling?.datum ?? null, today);
        return {
          id: m.id,
          nummer: m.nummer,
          version: m.version,
          casusNummer: m.casus.nummer,
          datum: toIsoDate(m.datumMelding),
          deadline: termijn.deadline,
          verstreken: termijn.verstreken,
          behandelaarId: m.behandelaarId,
          behandelaar: m.behandelaarId ? (leden.namen.get(m.behandelaarId) ?? `gebruiker ${m.behandelaarId}`) : null,
          status: m.beoordeling
            ? `Beoordeeld op ${formatDatumNl(m.beoordeling.datum)}, wacht op vaststelling`
            : "Nog niet beoordeeld",
        };
      });
      return { rijen, pagina, params, def, opties: leden.triage };
    },
    (r) => ({
      entityType: "teamoverzicht",
      detail: `meldingen ${r.rijen.length} of ${r.pagina.totaal} (page ${r.pagina.pagina})`,
    }),
  );
}
