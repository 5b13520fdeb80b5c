// Mijn adviezen: a triage worker's own adviezen, open and closed, paged; the teamleider sees everyone's.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { roleHas } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/domain/dates";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";

const ALLE = { waarde: "alle", label: "Alle" };
export const ADVIEZEN_LIJST = {
  sorteringen: [
    { waarde: "nieuwste", label: "Startdatum (nieuwste eerst)" },
    { waarde: "oudste", label: "Startdatum (oudste eerst)" },
  ],
  filters: {
    status: {
      label: "Status",
      keuzes: [ALLE, { waarde: "open", label: "Open" }, { waarde: "gesloten", label: "Afgesloten" }],
    },
  },
} satisfies LijstDef;

export type AdviesRij = {
  nummer: string;
  startdatum: string;
  einddatum: string | null;
  functieRol: string;
  aard: string[];
  behandelaar: string;
  melding: string | null;
};

export async function listAdviezen(user: Actor, sp: Zoekparams = {}): Promise<Lijst<AdviesRij>> {
  const params = parseLijstParams(ADVIEZEN_LIJST, sp);
  const f = params.filters.status;
  const where: Prisma.AdviesWhereInput = {
    ...(roleHas(user.role, "advies:read-all") ? {} : { behandelaarId: user.id }),
    ...(f === "open" ? { einddatum: null } : f === "gesloten" ? { einddatum: { not: null } } : {}),
  };
  const richting = params.sortering === "oudste" ? "asc" : "desc";
  const r = await auditedRead(
    user,
    { permission: "advies:read" },
    async (tx) => {
      const pagina = paginaVan(params, await tx.advies.count({ where }));
      const rows = await tx.advies.findMany({
        where,
        orderBy: [{ startdatum: richting }, { id: richting }],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          id: true,
          nummer: true,
          startdatum: true,
          einddatum: true,
          functieRol: true,
          aard: true,
          behandelaar: { select: { displayName: true } },
          melding: { select: { nummer: true } },
        },
      });
      return { pagina, rows };
    },
    (x) => ({ entityType: "adviezen", detail: `${x.rows.length} of ${x.pagina.totaal} (page ${x.pagina.pagina})` }),
  );
  return {
    rijen: r.rows.map((a) => ({
      nummer: a.nummer,
      startdatum: toIsoDate(a.startdatum),
      einddatum: a.einddatum ? toIsoDate(a.einddatum) : null,
      functieRol: a.functieRol,
      aard: a.aard,
      behandelaar: a.behandelaar.displayName,
      melding: a.melding?.nummer ?? null,
    })),
    pagina: r.pagina,
    params,
  };
}
