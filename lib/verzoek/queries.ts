// The privacy officer's list of AVG requests (open ones by deadline first) and one request. The person is named
// (the privacy officer handles the request), no other case content. Audited reads.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import { compareDates, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { formatNaam } from "@/lib/casus/naam";
import { casusScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import { VERZOEK_BESLUITEN, VERZOEK_SOORTEN, type VerzoekBesluit, type VerzoekSoort } from "./schema";

const SELECT = {
  id: true,
  version: true,
  soort: true,
  ontvangenOp: true,
  vanWie: true,
  omschrijving: true,
  termijnOp: true,
  verlengReden: true,
  besluit: true,
  besluitOp: true,
  motivering: true,
  eigenVerklaring: true,
  casusId: true,
  betrokkeneId: true,
  casus: { select: { nummer: true } },
  betrokkene: { select: { persoonsvolgnummer: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
} as const;

type Row = {
  id: number;
  version: number;
  soort: string;
  ontvangenOp: Date;
  vanWie: string;
  omschrijving: string;
  termijnOp: Date;
  verlengReden: string | null;
  besluit: string | null;
  besluitOp: Date | null;
  motivering: string | null;
  eigenVerklaring: string | null;
  casus: { nummer: string };
  betrokkene: {
    persoonsvolgnummer: number;
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string | null;
  };
};

function toDto(r: Row) {
  const open = r.besluit === null;
  return {
    id: r.id,
    version: r.version,
    soort: VERZOEK_SOORTEN[r.soort as VerzoekSoort] ?? r.soort,
    soortCode: r.soort as VerzoekSoort,
    casusnummer: r.casus.nummer,
    persoon: formatNaam(r.betrokkene),
    ontvangenOp: toIsoDate(r.ontvangenOp),
    vanWie: r.vanWie,
    omschrijving: r.omschrijving,
    termijnOp: toIsoDate(r.termijnOp),
    verlengd: r.verlengReden,
    verlopen: open && compareDates(todayInAmsterdam(), r.termijnOp) > 0,
    besluit: r.besluit ? (VERZOEK_BESLUITEN[r.besluit as VerzoekBesluit] ?? r.besluit) : null,
    besluitOp: r.besluitOp ? toIsoDate(r.besluitOp) : null,
    motivering: r.motivering,
    eigenVerklaring: r.eigenVerklaring,
  };
}
export type VerzoekDto = ReturnType<typeof toDto>;

export async function listVerzoeken(user: Actor): Promise<VerzoekDto[]> {
  const rows = await auditedRead(
    user,
    { permission: "verzoek:write" },
    (tx) =>
      tx.verzoek.findMany({
        orderBy: [{ besluitOp: { sort: "desc", nulls: "first" } }, { termijnOp: "asc" }, { id: "asc" }],
        take: 500,
        select: SELECT,
      }),
    (rows) =>
      listEvents("verzoek", rows, (r) => ({ entityId: r.id, casusId: r.casusId, betrokkeneIds: [r.betrokkeneId] })),
  );
  return rows.map(toDto);
}

export async function getVerzoek(user: Actor, id: number): Promise<VerzoekDto | null> {
  const r = await auditedRead(
    user,
    { permission: "verzoek:write" },
    (tx) => tx.verzoek.findUnique({ where: { id }, select: SELECT }),
    (r) =>
      r
        ? { entityType: "verzoek", entityId: r.id, casusId: r.casusId, betrokkeneIds: [r.betrokkeneId] }
        : { entityType: "verzoek", entityId: id, outcome: "FAILURE", detail: "not found" },
  );
  return r ? toDto(r) : null;
}

/** The eigen verklaringen of casus `c` (after a refused correction) with their person, as one JSON column (a
 * correlated subquery). Its own statement below, and part of the casus page's (lib/casus/dossier-delen.ts). */
export const verklaringenKolom = Prisma.sql`coalesce((SELECT json_agg(json_build_object('id', v.id,
    'casusId', v."casusId", 'betrokkeneId', v."betrokkeneId", 'op', to_char(v."besluitOp", 'YYYY-MM-DD'),
    'tekst', v."eigenVerklaring", 'persoonsvolgnummer', b.persoonsvolgnummer, 'voornamen', b.voornamen,
    'tussenvoegsel', b.tussenvoegsel, 'achternaam', b.achternaam) ORDER BY v."besluitOp" NULLS LAST, v.id)
  FROM verzoek v JOIN betrokkene b ON b.id = v."betrokkeneId"
  WHERE v."casusId" = c.id AND v."eigenVerklaring" IS NOT NULL), '[]')`;

export const toVerklaringen = (rows: VerklaringRij[]) =>
  rows.map((r) => ({ id: r.id, persoon: formatNaam(r), op: r.op, tekst: r.tekst }));

/** The audit events of the verklaringen shown: one per verklaring, or one saying there were none. */
export const verklaringenEvents = (rows: VerklaringRij[]) =>
  listEvents("verzoek", rows, (r) => ({
    entityId: r.id,
    casusId: r.casusId,
    betrokkeneIds: [r.betrokkeneId],
    detail: "eigen verklaring",
  }));

/** The eigen verklaringen of betrokkenen in a casus: part of the dossier (none for a casus outside the scope). */
export async function getEigenVerklaringen(user: Actor, casusnummer: string) {
  const rows = await auditedRead(
    user,
    { permission: "casus:read" },
    async (tx) => {
      const [casus] = await tx.$queryRaw<{ verklaringen: VerklaringRij[] }[]>(
        vastPlan(Prisma.sql`SELECT ${verklaringenKolom} AS verklaringen
          FROM casus c WHERE c.nummer = ${casusnummer} AND ${casusScopeSql(user)}`),
      );
      return casus?.verklaringen ?? [];
    },
    verklaringenEvents,
  );
  return toVerklaringen(rows);
}

export type VerklaringRij = {
  id: number;
  casusId: number;
  betrokkeneId: number;
  op: string | null;
  tekst: string;
  persoonsvolgnummer: number;
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string | null;
};
