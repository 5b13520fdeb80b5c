// Reading veiligheidsbeoordelingen: the page of one melding's beoordeling, and the list awaiting confirmation.
import "server-only";
import { FAMILIE_SELECT, familienaam } from "@/lib/casus/naam";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import type { Prisma } from "@/generated/prisma/client";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { roleHas, rolesWith, ROLE_LABELS } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/domain/dates";
import { beoordelingTermijn, type Termijn } from "@/lib/domain/termijn";
import { authorize } from "@/lib/auth/authorize";

export type BeoordelingDto = {
  id: number;
  nummer: string;
  version: number;
  datum: string;
  taxatie: string;
  inhoud: string;
  toelichting: string | null;
  besluitMetId: number;
  besluitMet: string;
  vastgelegdDoor: string;
  vastgelegdDoorMij: boolean;
  vastgesteldDoor: string | null;
  vastgesteldOp: string | null;
  definitief: boolean;
  /** Sent back and not yet changed: who, when and the remark. */
  teruggestuurd: { door: string; op: string; opmerking: string } | null;
};
export type BeoordelingPagina = {
  melding: { nummer: string; datumMelding: string; casusNummer: string; casusOpen: boolean; termijn: Termijn };
  beoordeling: BeoordelingDto | null;
  /** What this user may do here; the server checks it again on every action. */
  mag: { vastleggen: boolean; wijzigen: boolean; vaststellen: boolean; terugsturen: boolean };
};

export async function getBeoordelingPagina(user: Actor, meldingNummer: string): Promise<BeoordelingPagina | null> {
  const m = await auditedRead(
    user,
    { permission: "melding:read", resource: { type: "melding", id: meldingNummer.slice(0, 40) } },
    (tx) =>
      tx.melding.findFirst({
        where: { nummer: meldingNummer.slice(0, 20), casus: casusScope(user) },
        select: {
          id: true,
          nummer: true,
          datumMelding: true,
          acuut: true,
          casus: { select: { id: true, nummer: true, einddatum: true } },
          beoordeling: {
            select: {
              id: true,
              nummer: true,
              version: true,
              datum: true,
              taxatie: true,
              inhoud: true,
              toelichting: true,
              besluitMetId: true,
              createdById: true,
              vastgesteldOp: true,
              besluitMet: { select: { displayName: true } },
              createdBy: { select: { displayName: true } },
              vastgesteldDoor: { select: { displayName: true } },
              terugsturingen: {
                where: { opgelostOp: null },
                take: 1,
                select: { opmerking: true, createdAt: true, door: { select: { displayName: true } } },
              },
            },
          },
        },
      }),
    (r) =>
      r
        ? {
            entityType: "veiligheidsbeoordeling",
            entityId: r.beoordeling?.id ?? null,
            casusId: r.casus.id,
            detail: `melding ${r.id}`,
          }
        : {
            entityType: "melding",
            entityId: meldingNummer.slice(0, 40),
            outcome: "FAILURE",
            detail: "not found or out of scope",
          },
  );
  if (!m) return null;
  const b = m.beoordeling;
  const open = m.casus.einddatum === null;
  const definitief = b?.vastgesteldOp != null;
  return {
    melding: {
      nummer: m.nummer,
      datumMelding: toIsoDate(m.datumMelding),
      casusNummer: m.casus.nummer,
      casusOpen: open,
      termijn: beoordelingTermijn(m, b?.datum ?? null),
    },
    beoordeling: b
      ? {
          id: b.id,
          nummer: b.nummer,
          version: b.version,
          datum: toIsoDate(b.datum),
          taxatie: b.taxatie,
          inhoud: b.inhoud,
          toelichting: b.toelichting,
          besluitMetId: b.besluitMetId,
          besluitMet: b.besluitMet.displayName,
          vastgelegdDoor: b.createdBy.displayName,
          vastgelegdDoorMij: b.createdById === user.id,
          vastgesteldDoor: b.vastgesteldDoor?.displayName ?? null,
          vastgesteldOp: b.vastgesteldOp?.toISOString() ?? null,
          definitief,
          teruggestuurd: b.terugsturingen[0]
            ? {
                door: b.terugsturingen[0].door.displayName,
                op: b.terugsturingen[0].createdAt.toISOString(),
                opmerking: b.terugsturingen[0].opmerking,
              }
            : null,
        }
      : null,
    mag: {
      vastleggen: open && !b && roleHas(user.role, "beoordeling:write"),
      wijzigen: open && !!b && !definitief && roleHas(user.role, "beoordeling:write"),
      vaststellen:
        open &&
        !!b &&
        !definitief &&
        roleHas(user.role, "beoordeling:confirm") &&
        b.createdById !== user.id &&
        b.terugsturingen.length === 0,
      terugsturen:
        open &&
        !!b &&
        !definitief &&
        roleHas(user.role, "beoordeling:confirm") &&
        b.createdById !== user.id &&
        b.terugsturingen.length === 0,
    },
  };
}

/** Who a beoordeling can be decided with: active gedragswetenschappers, teamleiders and triage colleagues, not oneself. */
export async function listBesluitMetOpties(user: Actor): Promise<{ value: string; label: string }[]> {
  await authorize(user, "beoordeling:write");
  const users = await prisma.user.findMany({
    where: { active: true, role: { in: rolesWith("beoordeling:besluit-met") }, id: { not: user.id } },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, role: true },
  });
  return users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${ROLE_LABELS[u.role]})` }));
}

export type TeBevestigen = {
  meldingNummer: string;
  casusNummer: string;
  familie: string | null;
  datumMelding: string;
  termijn: Termijn;
  nummer: string;
  datum: string;
  taxatie: string;
  inhoud: string;
  vastgelegdDoor: string;
  besluitMet: string;
};

export const BEOORDELINGEN_TE_BEVESTIGEN = {
  prefix: "b",
  sorteringen: [
    { waarde: "termijn", label: "Datum melding (oudste eerst)" },
    { waarde: "nieuwste", label: "Datum beoordeling (nieuwste eerst)" },
  ],
  filters: {
    door: {
      label: "Vastgelegd door",
      keuzes: [
        { waarde: "alle", label: "Iedereen" },
        { waarde: "anderen", label: "Anderen dan ikzelf" },
      ],
    },
  },
} satisfies LijstDef;

/** Beoordelingen awaiting confirmation (four eyes), most urgent deadline first; paged. One audited READ. */
export async function listBeoordelingenTeBevestigen(user: Actor, sp: Zoekparams = {}): Promise<Lijst<TeBevestigen>> {
  const params = parseLijstParams(BEOORDELINGEN_TE_BEVESTIGEN, sp);
  const where: Prisma.VeiligheidsbeoordelingWhereInput = {
    vastgesteldOp: null,
    casus: { ...casusScope(user), einddatum: null },
    // Sent back: with its author until changed, then it returns here.
    terugsturingen: { none: { opgelostOp: null } },
    ...(params.filters.door === "anderen" ? { createdById: { not: user.id } } : {}),
  };
  const { rows, pagina } = await auditedRead(
    user,
    { permission: "beoordelingen:view" },
    async (tx) => {
      const pagina = paginaVan(params, await tx.veiligheidsbeoordeling.count({ where }));
      const rows = await tx.veiligheidsbeoordeling.findMany({
        where,
        orderBy:
          params.sortering === "nieuwste"
            ? [{ datum: "desc" }, { id: "desc" }]
            : [{ melding: { datumMelding: "asc" } }, { id: "asc" }],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          nummer: true,
          datum: true,
          taxatie: true,
          inhoud: true,
          casusId: true,
          createdBy: { select: { displayName: true } },
          besluitMet: { select: { displayName: true } },
          melding: { select: { nummer: true, datumMelding: true, acuut: true } },
          casus: { select: { nummer: true, ...FAMILIE_SELECT } },
        },
      });
      return { rows, pagina };
    },
    (r) => ({
      entityType: "veiligheidsbeoordeling",
      detail: `list te-bevestigen: ${r.rows.length} of ${r.pagina.totaal} (page ${r.pagina.pagina})`,
    }),
  );
  const rijen = rows.map((b) => ({
    meldingNummer: b.melding.nummer,
    casusNummer: b.casus.nummer,
    familie: familienaam(b.casus),
    datumMelding: toIsoDate(b.melding.datumMelding),
    termijn: beoordelingTermijn(b.melding, b.datum),
    nummer: b.nummer,
    datum: toIsoDate(b.datum),
    taxatie: b.taxatie,
    inhoud: b.inhoud,
    vastgelegdDoor: b.createdBy.displayName,
    besluitMet: b.besluitMet.displayName,
  }));
  return { rijen, pagina, params };
}
