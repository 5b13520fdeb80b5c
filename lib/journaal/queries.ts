// Reads of the journaal: the regels of one casus (filtered), a concept to edit, and the user's open concepts.
// Concepts are visible to their author only; every read is audited (lib/auth/audited-read.ts).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import type { Tx } from "@/lib/db/client";
import { jsonTijd } from "@/lib/db/json-tijd";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, listEvents, notFoundEvent } from "@/lib/auth/audited-read";
import { casusScope, casusScopeSql, dossierWriteScopeSql } from "@/lib/auth/scope";
import { roleHas } from "@/lib/auth/permissions";
import { formatNaam } from "@/lib/casus/naam";
import { JOURNAAL_SOORT_CODES, type JournaalSoort } from "./soorten";

export type JournaalFilter = { soort?: string; betrokkene?: number; belangrijk?: boolean; pagina?: number };

/** Regels per page of the journaal on the casus page (newest first). */
export const JOURNAAL_PAGINA = 20;

export type JournaalRegelView = {
  id: number;
  version: number;
  datumTijd: string;
  soort: JournaalSoort;
  metWie: string | null;
  betrokkenen: { id: number; naam: string }[];
  verslag: string;
  belangrijk: boolean;
  hoortBij: string | null;
  auteur: string;
  eigen: boolean;
  vastgelegdOp: string | null;
  aanvullingen: { id: number; tekst: string; auteur: string; at: string }[];
};

const REGEL_SELECT = {
  id: true,
  version: true,
  datumTijd: true,
  soort: true,
  metWie: true,
  verslag: true,
  belangrijk: true,
  vastgelegdOp: true,
  auteurId: true,
  auteur: { select: { displayName: true } },
  melding: { select: { nummer: true } },
  dienst: { select: { nummer: true } },
  betrokkenen: {
    select: {
      betrokkene: {
        select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, persoonsvolgnummer: true },
      },
    },
  },
  aanvullingen: {
    orderBy: { id: "asc" },
    select: { id: true, tekst: true, createdAt: true, auteur: { select: { displayName: true } } },
  },
} satisfies Prisma.JournaalRegelSelect;

type RegelRow = Prisma.JournaalRegelGetPayload<{ select: typeof REGEL_SELECT }>;

function toView(r: RegelRow, user: Actor): JournaalRegelView {
  return {
    id: r.id,
    version: r.version,
    datumTijd: r.datumTijd.toISOString(),
    soort: r.soort as JournaalSoort,
    metWie: r.metWie,
    betrokkenen: r.betrokkenen.map((b) => ({ id: b.betrokkene.id, naam: formatNaam(b.betrokkene) })),
    verslag: r.verslag,
    belangrijk: r.belangrijk,
    hoortBij: r.melding ? `Melding ${r.melding.nummer}` : r.dienst ? `Dienst ${r.dienst.nummer}` : null,
    auteur: r.auteur.displayName,
    eigen: r.auteurId === user.id,
    vastgelegdOp: r.vastgelegdOp?.toISOString() ?? null,
    aanvullingen: r.aanvullingen.map((a) => ({
      id: a.id,
      tekst: a.tekst,
      auteur: a.auteur.displayName,
      at: a.createdAt.toISOString(),
    })),
  };
}

export function parseJournaalFilter(sp: Record<string, string | string[] | undefined>): JournaalFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const soort = one("soort");
  const betrokkene = Number(one("betrokkene"));
  return {
    soort: soort && (JOURNAAL_SOORT_CODES as string[]).includes(soort) ? soort : undefined,
    betrokkene: Number.isInteger(betrokkene) && betrokkene > 0 ? betrokkene : undefined,
    belangrijk: one("belangrijk") === "1" || undefined,
    pagina: Math.max(1, Math.min(10_000, Math.floor(Number(one("pagina")) || 1))),
  };
}

/** A regel as one statement gives it: REGEL_SELECT's shape, its times as JSON strings. */
type RegelJson = Omit<RegelRow, "datumTijd" | "vastgelegdOp" | "aanvullingen"> & {
  datumTijd: string;
  vastgelegdOp: string | null;
  aanvullingen: (Omit<RegelRow["aanvullingen"][number], "createdAt"> & { createdAt: string })[];
};

/**
 * The casus (in the user's scope, with whether they may write in it) and one page of the regels they may see
 * (filtered) with their total, in one statement: each regel with its author, what it belongs to, its betrokkenen and
 * its aanvullingen as JSON (one round trip instead of one per relation and three before the regels — the casus page
 * reads it every time). No row: the casus is unknown or outside the scope. journaal.int.test.ts holds it to the
 * filters, REGEL_SELECT's content and who may write.
 */
async function journaalVan(tx: Tx, user: Actor, casusnummer: string, filter: JournaalFilter) {
  const voorwaarden = [
    Prisma.sql`r."casusId" = k.id`,
    // Whose regels a user sees: every vastgelegde regel, and their own concepts.
    Prisma.sql`(r."vastgelegdOp" IS NOT NULL OR r."auteurId" = ${user.id})`,
    ...(filter.soort ? [Prisma.sql`r.soort = ${filter.soort}`] : []),
    ...(filter.belangrijk ? [Prisma.sql`r.belangrijk`] : []),
    ...(filter.betrokkene
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM journaal_betrokkene f
            WHERE f."regelId" = r.id AND f."betrokkeneId" = ${filter.betrokkene})`,
        ]
      : []),
  ];
  const [rij] = await tx.$queryRaw<
    { casusId: number; open: boolean; inScope: boolean; totaal: number; regels: RegelJson[] }[]
  >(
    vastPlan(Prisma.sql`
    WITH k AS (SELECT c.id, c.einddatum IS NULL AS open, ${dossierWriteScopeSql(user)} AS "inScope" FROM casus c
        WHERE c.nummer = ${casusnummer} AND ${casusScopeSql(user)}),
      f AS (SELECT r.* FROM journaal_regel r, k WHERE ${Prisma.join(voorwaarden, " AND ")})
    SELECT k.id AS "casusId", k.open, k."inScope", (SELECT count(*)::int FROM f) AS totaal,
      coalesce((SELECT json_agg(x.regel ORDER BY x.rang) FROM (
      SELECT row_number() OVER (ORDER BY f."datumTijd" DESC, f.id DESC) AS rang, json_build_object('id', f.id,
        'version', f.version, 'datumTijd', f."datumTijd", 'soort', f.soort, 'metWie', f."metWie", 'verslag', f.verslag,
        'belangrijk', f.belangrijk, 'vastgelegdOp', f."vastgelegdOp", 'auteurId', f."auteurId",
        'auteur', json_build_object('displayName', u."displayName"),
        'melding', CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('nummer', m.nummer) END,
        'dienst', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('nummer', d.nummer) END,
        'betrokkenen', (SELECT coalesce(json_agg(json_build_object('betrokkene', json_build_object('id', b.id,
            'voornamen', b.voornamen, 'tussenvoegsel', b.tussenvoegsel, 'achternaam', b.achternaam,
            'persoonsvolgnummer', b.persoonsvolgnummer)) ORDER BY b.persoonsvolgnummer), '[]')
          FROM journaal_betrokkene jb JOIN betrokkene b ON b.id = jb."betrokkeneId" WHERE jb."regelId" = f.id),
        'aanvullingen', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'tekst', a.tekst,
            'createdAt', a."createdAt", 'auteur', json_build_object('displayName', au."displayName")) ORDER BY a.id), '[]')
          FROM journaal_aanvulling a JOIN app_user au ON au.id = a."auteurId" WHERE a."regelId" = f.id)) AS regel
      FROM f JOIN app_user u ON u.id = f."auteurId" LEFT JOIN melding m ON m.id = f."meldingId"
        LEFT JOIN dienst d ON d.id = f."dienstId"
      ORDER BY f."datumTijd" DESC, f.id DESC
      OFFSET ${((filter.pagina ?? 1) - 1) * JOURNAAL_PAGINA} LIMIT ${JOURNAAL_PAGINA}) x), '[]') AS regels
    FROM k`),
  );
  if (!rij) return null;
  const { regels, ...casus } = rij;
  return {
    ...casus,
    regels: regels.map((r): RegelRow => ({
      ...r,
      datumTijd: jsonTijd(r.datumTijd),
      vastgelegdOp: jsonTijd(r.vastgelegdOp),
      aanvullingen: r.aanvullingen.map((a) => ({ ...a, createdAt: jsonTijd(a.createdAt) })),
    })),
  };
}

/** The journaal of a casus, newest first, as the user may see it; null when the casus is not in scope. */
export async function getJournaal(user: Actor, casusnummer: string, filter: JournaalFilter = {}) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "journaal", id: casusnummer } },
    async (tx) => {
      const j = await journaalVan(tx, user, casusnummer, filter);
      if (!j) return null;
      const magSchrijven = roleHas(user.role, "journaal:write") && j.open && j.inScope;
      const magCorrigeren = roleHas(user.role, "correctie:write") && j.inScope;
      return {
        casusId: j.casusId,
        magSchrijven,
        magCorrigeren,
        totaal: j.totaal,
        regels: j.regels.map((r) => toView(r, user)),
      };
    },
    (r) =>
      r
        ? {
            entityType: "journaal",
            entityId: r.casusId,
            casusId: r.casusId,
            betrokkeneIds: [...new Set(r.regels.flatMap((x) => x.betrokkenen.map((b) => b.id)))],
            detail: `${r.regels.length} regels`,
          }
        : notFoundEvent("journaal", casusnummer),
  ).then((r) =>
    r ? { regels: r.regels, totaal: r.totaal, magSchrijven: r.magSchrijven, magCorrigeren: r.magCorrigeren } : null,
  );
}

/** One of the user's own concepts, to edit. */
export async function getEigenConcept(user: Actor, casusnummer: string, id: number) {
  return auditedRead(
    user,
    { permission: "journaal:write", resource: { type: "journaalregel", id } },
    async (tx) => {
      const r = await tx.journaalRegel.findFirst({
        where: { id, auteurId: user.id, vastgelegdOp: null, casus: { nummer: casusnummer, ...casusScope(user) } },
        select: { ...REGEL_SELECT, casusId: true, meldingId: true, dienstId: true },
      });
      return r
        ? {
            casusId: r.casusId,
            view: toView(r, user),
            hoortBij: r.meldingId ? `melding:${r.meldingId}` : r.dienstId ? `dienst:${r.dienstId}` : "",
          }
        : null;
    },
    (r) =>
      r
        ? { entityType: "journaalregel", entityId: r.view.id, casusId: r.casusId, detail: "concept" }
        : notFoundEvent("journaalregel", id),
  );
}

/** The user's concepts in every casus, oldest first, so none is forgotten (start pages). */
export async function getMijnConcepten(user: Actor) {
  return auditedRead(
    user,
    { permission: "journaal:write" },
    (tx) =>
      tx.journaalRegel.findMany({
        where: { auteurId: user.id, vastgelegdOp: null, casus: casusScope(user) },
        orderBy: { createdAt: "asc" },
        take: 100,
        select: { id: true, casusId: true, datumTijd: true, soort: true, casus: { select: { nummer: true } } },
      }),
    (rows) => listEvents("journaalregel", rows, (r) => ({ entityId: r.id, casusId: r.casusId, detail: "concept" })),
  );
}

/** What a dossier form (journaal, document) offers: the casus's betrokkenen, meldingen and diensten. */
export async function getDossierFormContext(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "casus", id: casusnummer } },
    async (tx) => {
      const c = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: {
          id: true,
          nummer: true,
          einddatum: true,
          betrokkenen: {
            orderBy: { persoonsvolgnummer: "asc" },
            select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, persoonsvolgnummer: true },
          },
          meldingen: { orderBy: { id: "asc" }, select: { id: true, nummer: true, ingetrokkenOp: true } },
          diensten: { orderBy: { id: "asc" }, select: { id: true, nummer: true, soort: true } },
        },
      });
      if (!c) return null;
      return {
        id: c.id,
        nummer: c.nummer,
        gesloten: c.einddatum !== null,
        betrokkenen: c.betrokkenen.map((b) => ({ id: b.id, naam: formatNaam(b) })),
        koppelingen: [
          ...c.meldingen.map((m) => ({
            value: `melding:${m.id}`,
            label: `Melding ${m.nummer}${m.ingetrokkenOp ? " (ingetrokken)" : ""}`,
          })),
          ...c.diensten.map((d) => ({
            value: `dienst:${d.id}`,
            label: `${d.soort === "O" ? "Onderzoek" : "Voorwaarden en Vervolg"} ${d.nummer}`,
          })),
        ],
      };
    },
    (r) =>
      r
        ? { entityType: "casus", entityId: r.id, casusId: r.id, detail: "dossier form" }
        : notFoundEvent("casus", casusnummer),
  );
}
