// A user's own signals: the unread count for the bell in the header (a count only, no content, on every page) and
// the paged list, which is an audited read.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { roleHas } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { SIGNAAL_SOORTEN, type SignaalSoort } from "./maak";

/** The bell's count: from the session check of this request when it counted them (lib/auth/sessions.ts: one statement
 * fewer on every page), else counted here. */
export async function ongelezenSignalen(user: Actor): Promise<number> {
  if (!roleHas(user.role, "signalen:view")) return 0;
  return user.ongelezenSignalen ?? prisma.signaal.count({ where: { userId: user.id, gelezenOp: null } });
}

export const SIGNALEN_LIJST = {
  sorteringen: [{ waarde: "nieuwste", label: "Nieuwste eerst" }],
  filters: {
    status: {
      label: "Toon",
      keuzes: [
        { waarde: "ongelezen", label: "Ongelezen" },
        { waarde: "alle", label: "Alle" },
      ],
    },
  },
} satisfies LijstDef;

export type SignaalRij = {
  id: number;
  soort: string;
  soortLabel: string;
  tekst: string;
  href: string;
  op: Date;
  gelezen: boolean;
};

export async function listSignalen(user: Actor, sp: Zoekparams = {}): Promise<Lijst<SignaalRij>> {
  const params = parseLijstParams(SIGNALEN_LIJST, sp);
  const where = { userId: user.id, ...(params.filters.status === "ongelezen" ? { gelezenOp: null } : {}) };
  const r = await auditedRead(
    user,
    { permission: "signalen:view" },
    async (tx) => {
      const pagina = paginaVan(params, await tx.signaal.count({ where }));
      const rows = await tx.signaal.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: pagina.skip,
        take: pagina.take,
      });
      return { pagina, rows };
    },
    (x) => ({ entityType: "signalen", detail: `${x.rows.length} of ${x.pagina.totaal}` }),
  );
  return {
    rijen: r.rows.map((s) => ({
      id: s.id,
      soort: s.soort,
      soortLabel: SIGNAAL_SOORTEN[s.soort as SignaalSoort] ?? s.soort,
      tekst: s.tekst,
      href: s.href,
      op: s.createdAt,
      gelezen: s.gelezenOp !== null,
    })),
    pagina: r.pagina,
    params,
  };
}
