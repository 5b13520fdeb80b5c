// Closing in the voordeur after "Geen vervolgstappen nodig" or "Inzet regionaal maatwerk" (docs/decisions/015):
// vaststellen of such a beoordeling closes the casus when nothing blocks it; otherwise the casus stands on the
// Af te sluiten list of the triage team and the teamleider, with what still blocks it, until someone closes it.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, AuditInput } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { labelOf } from "@/lib/domain/codes";
import { INHOUD_AFSLUITEN, INHOUD_VERVOLGSTAPPEN_VT, voordeurAfsluiten } from "@/lib/domain/casus-state";
import { compareDates, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { paginaVan, parseLijstParams, type Lijst, type LijstDef, type Zoekparams } from "@/lib/lijst/params";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "./snapshot";
import { latestCasusDate } from "./close";
import { FAMILIE_SELECT, familienaam } from "./naam";

/** Open voordeur casussen with a final 03/04 and no final "vervolgstappen" awaiting its dienst. */
export const afTeSluitenWhere: Prisma.CasusWhereInput = {
  einddatum: null,
  casemanagerId: null,
  beoordelingen: {
    some: { vastgesteldOp: { not: null }, inhoud: { in: INHOUD_AFSLUITEN } },
    none: { vastgesteldOp: { not: null }, inhoud: INHOUD_VERVOLGSTAPPEN_VT, dienstGestart: false },
  },
};

type Audit = (e: Omit<AuditInput, "actor">) => Promise<void>;

/**
 * After a beoordeling 03/04 was vastgesteld (inside that command's transaction, the casus locked): closes the
 * casus when nothing blocks it, on the latest date recorded in it. Returns what happened for the message.
 */
export async function sluitNaBeoordeling(
  tx: Tx,
  casusId: number,
  audit: Audit,
): Promise<{ gesloten: string } | { blokkades: string[] } | null> {
  const c = await tx.casus.findUniqueOrThrow({
    where: { id: casusId },
    select: { ...SNAPSHOT_SELECT, begindatum: true, casemanagerId: true, version: true },
  });
  const r = voordeurAfsluiten({ ...toCasusSnapshot(c), heeftCasemanager: c.casemanagerId !== null });
  if (!r) return null;
  if (r.blokkades.length > 0) return r;
  const laatste = (await latestCasusDate(tx, casusId)) ?? c.begindatum;
  const today = todayInAmsterdam();
  const einddatum = compareDates(laatste, today) > 0 ? today : laatste;
  await tx.casus.update({ where: { id: casusId }, data: { einddatum, version: { increment: 1 } } });
  await audit({
    action: "UPDATE",
    entityType: "casus",
    entityId: casusId,
    casusId,
    detail: "casus gesloten: geen vervolgstappen door Veilig Thuis",
  });
  return { gesloten: toIsoDate(einddatum) };
}

export const AF_TE_SLUITEN = {
  sorteringen: [
    { waarde: "oudste", label: "Beoordeling (oudste eerst)" },
    { waarde: "nummer", label: "Casusnummer" },
  ],
  filters: {},
} satisfies LijstDef;

export type AfTeSluitenRij = {
  casusnummer: string;
  familie: string | null;
  begindatum: string;
  beoordeling: { datum: string; inhoud: string } | null;
  blokkades: string[];
};

export async function listAfTeSluiten(user: Actor, sp: Zoekparams = {}): Promise<Lijst<AfTeSluitenRij>> {
  const params = parseLijstParams(AF_TE_SLUITEN, sp);
  const where = { AND: [casusScope(user), afTeSluitenWhere] };
  const r = await auditedRead(
    user,
    { permission: "afsluiten:view" },
    async (tx) => {
      const pagina = paginaVan(params, await tx.casus.count({ where }));
      const rows = await tx.casus.findMany({
        where,
        orderBy: params.sortering === "nummer" ? [{ nummer: "asc" }] : [{ begindatum: "asc" }, { id: "asc" }],
        skip: pagina.skip,
        take: pagina.take,
        select: {
          ...SNAPSHOT_SELECT,
          nummer: true,
          begindatum: true,
          ...FAMILIE_SELECT,
          beoordelingen: {
            where: { vastgesteldOp: { not: null } },
            orderBy: [{ datum: "desc" }, { id: "desc" }],
            take: 1,
            select: { datum: true, inhoud: true },
          },
        },
      });
      return { pagina, rows };
    },
    (x) => ({
      entityType: "af-te-sluiten",
      detail: `${x.rows.length} of ${x.pagina.totaal} (page ${x.pagina.pagina})`,
    }),
  );
  return {
    rijen: r.rows.map((c) => {
      const b = c.beoordelingen[0];
      return {
        casusnummer: c.nummer,
        familie: familienaam(c),
        begindatum: toIsoDate(c.begindatum),
        beoordeling: b ? { datum: toIsoDate(b.datum), inhoud: labelOf("F", b.inhoud) } : null,
        blokkades: voordeurAfsluiten({ ...toCasusSnapshot(c), heeftCasemanager: false })?.blokkades ?? [],
      };
    }),
    pagina: r.pagina,
    params,
  };
}
