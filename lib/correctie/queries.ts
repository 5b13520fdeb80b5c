// The Wijzigingshistorie of a casus: every correction of its records, newest first, with who, when, why and
// per field the old and the new value. Values of the melder's identity are shown only to roles that may see it.
import { magGeheimAdresZien, maskeerAdres } from "@/lib/betrokkene/adres";
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import type { Tx } from "@/lib/db/client";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import { roleHas } from "@/lib/auth/permissions";
import { casusScope, casusScopeSql, dossierWriteScope } from "@/lib/auth/scope";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import { jsonTijd } from "@/lib/db/json-tijd";
import type { Wijziging } from "./record";

export type CorrectieView = {
  id: number;
  entityType: string;
  entityId: number;
  record: string;
  reden: string;
  door: string;
  at: string;
  wijzigingen: Wijziging[];
};

export const AFGESCHERMD = "afgeschermd";

/** What a casus's history needs, as one JSON column of casus `c` (a correlated subquery): the newest 500 corrections
 * and — only when there are any — the ids of persons with a geheim adres and the name of every record a correction
 * can name ("melding:12" → "Melding M2026-…"). Null for a casus without corrections (most of them). Its own statement
 * below, and part of the casus page's (lib/casus/dossier-delen.ts). */
export const historieKolom = Prisma.sql`(SELECT CASE WHEN h.rijen IS NULL THEN NULL ELSE json_build_object(
    'geheim', (SELECT coalesce(json_agg(b.id), '[]') FROM betrokkene b WHERE b."casusId" = c.id AND b."geheimAdres"),
    'namen', (SELECT json_object_agg(n.sleutel, n.naam) FROM (
      SELECT 'casus:' || c.id AS sleutel, 'Casus ' || c.nummer AS naam
      UNION ALL SELECT 'melding:' || id, 'Melding ' || nummer FROM melding WHERE "casusId" = c.id
      UNION ALL SELECT 'betrokkene:' || id, 'Betrokkene ' || persoonsvolgnummer FROM betrokkene WHERE "casusId" = c.id
      UNION ALL SELECT 'overdracht:' || id, 'Overdracht ' || nummer FROM overdracht WHERE "casusId" = c.id
      UNION ALL SELECT 'monitoringsmoment:' || id, 'Monitoring ' || nummer FROM monitoringsmoment WHERE "casusId" = c.id
      UNION ALL SELECT 'dienst:' || id, 'Dienst ' || nummer FROM dienst WHERE "casusId" = c.id
      UNION ALL SELECT 'veiligheidsbeoordeling:' || id, 'Beoordeling ' || nummer
        FROM veiligheidsbeoordeling WHERE "casusId" = c.id
      UNION ALL SELECT 'veiligheidsvoorwaarde:' || id, 'Voorwaarde ' || volgnummer
        FROM veiligheidsvoorwaarde WHERE "casusId" = c.id) n),
    'rijen', h.rijen) END
  FROM (SELECT json_agg(json_build_object('id', r.id, 'entityType', r."entityType", 'entityId', r."entityId",
      'reden', r.reden, 'at', r.at, 'wijzigingen', r.wijzigingen, 'door', u."displayName") ORDER BY r.id DESC) AS rijen
    FROM (SELECT * FROM correctie WHERE "casusId" = c.id ORDER BY id DESC LIMIT 500) r
    JOIN app_user u ON u.id = r."doorId") h)`;

export type Historie = {
  geheim: number[];
  namen: Record<string, string>;
  rijen: {
    id: number;
    entityType: string;
    entityId: number;
    reden: string;
    at: string;
    wijzigingen: Wijziging[];
    door: string;
  }[];
} | null;
const ADRES_VELDEN = new Set(["straat", "huisnummer", "postcode", "woonplaats", "telefoon"]);

/** The rows of historieKolom as this user may see them: values of the melder's identity only for roles that may see
 * it, and a geheim adres stays secret in the history too (old and new values of its fields masked). */
export function toCorrectieViews(user: Actor, casemanagerId: number | null, historie: Historie): CorrectieView[] {
  if (!historie) return [];
  const namen = new Map(Object.entries(historie.namen));
  const magMelder = roleHas(user.role, "melder:identity");
  const geheim = new Set(magGeheimAdresZien(user, casemanagerId) ? [] : historie.geheim);
  const verberg = (entityType: string, entityId: number, w: Wijziging) =>
    (w.gevoelig && !magMelder) || (entityType === "betrokkene" && geheim.has(entityId) && ADRES_VELDEN.has(w.veld));
  return historie.rijen.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    record: namen.get(`${r.entityType}:${r.entityId}`) ?? r.entityType,
    reden: r.reden,
    door: r.door,
    at: jsonTijd(r.at).toISOString(),
    wijzigingen: r.wijzigingen.map((w) =>
      verberg(r.entityType, r.entityId, w) ? { ...w, oud: AFGESCHERMD, nieuw: AFGESCHERMD } : w,
    ),
  }));
}

/** The audit event of a casus's history (one, naming the casus and how many corrections were listed). */
export const correctiesEvent = (casusId: number, aantal: number) => ({
  entityType: "correctie",
  entityId: casusId,
  casusId,
  detail: `list ${aantal}`,
});

export async function getWijzigingshistorie(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "correctie", id: casusnummer } },
    async (tx) => {
      const [casus] = await tx.$queryRaw<{ id: number; casemanagerId: number | null; historie: Historie }[]>(
        vastPlan(Prisma.sql`SELECT c.id, c."casemanagerId", ${historieKolom} AS historie
          FROM casus c WHERE c.nummer = ${casusnummer} AND ${casusScopeSql(user)}`),
      );
      return casus
        ? { casusId: casus.id, correcties: toCorrectieViews(user, casus.casemanagerId, casus.historie) }
        : null;
    },
    (r) => (r ? correctiesEvent(r.casusId, r.correcties.length) : notFoundEvent("correctie", casusnummer)),
  ).then((r) => r?.correcties ?? null);
}

/** A betrokkene (by persoonsvolgnummer) as the correction form starts from: the stored values. */
export async function getBetrokkeneVoorCorrectie(user: Actor, casusnummer: string, persoonsvolgnummer: number) {
  const b = await auditedRead(
    user,
    { permission: "correctie:write", resource: { type: "betrokkene", id: `${casusnummer}/${persoonsvolgnummer}` } },
    (tx) =>
      tx.betrokkene.findFirst({
        where: { persoonsvolgnummer, casus: { nummer: casusnummer, AND: [casusScope(user), dossierWriteScope(user)] } },
        select: {
          id: true,
          casusId: true,
          version: true,
          persoonsvolgnummer: true,
          rol: true,
          bsn: true,
          geboortedatum: true,
          geslacht: true,
          achternaam: true,
          tussenvoegsel: true,
          voornamen: true,
          straat: true,
          huisnummer: true,
          postcode: true,
          woonplaats: true,
          telefoon: true,
          geheimAdres: true,
          casus: { select: { casemanagerId: true } },
        },
      }),
    (b) =>
      b
        ? {
            entityType: "betrokkene",
            entityId: b.id,
            casusId: b.casusId,
            betrokkeneIds: [b.id],
            detail: "correctie form",
          }
        : notFoundEvent("betrokkene", `${casusnummer}/${persoonsvolgnummer}`),
  );
  // A geheim adres this user may not see is not in the form (and is kept as it is by correctBetrokkene).
  return b && maskeerAdres(user, b.casus.casemanagerId, b);
}
/** A melding as its correction form starts from; the melder's identity only for a role that may see it. */
export async function getMeldingVoorCorrectie(user: Actor, meldingnummer: string) {
  return auditedRead(
    user,
    { permission: "correctie:write", resource: { type: "melding", id: meldingnummer } },
    async (tx) => {
      const m = await tx.melding.findFirst({
        where: { nummer: meldingnummer, casus: { AND: [casusScope(user), dossierWriteScope(user)] } },
        include: { casus: { select: { nummer: true } } },
      });
      if (!m) return null;
      const afgeschermd = m.anoniem && !roleHas(user.role, "melder:identity");
      return {
        ...m,
        afgeschermd,
        ...(afgeschermd ? { melderNaam: null, melderContact: null, melderOrganisatieNaam: null } : {}),
      };
    },
    (m) =>
      m
        ? { entityType: "melding", entityId: m.id, casusId: m.casusId, detail: "correctie form" }
        : notFoundEvent("melding", meldingnummer),
  );
}

/** What the correction forms of an overdracht, a monitoringsmoment or the gemeente start from. */
export async function getCasusVoorCorrectie(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "correctie:write", resource: { type: "casus", id: casusnummer } },
    (tx) =>
      tx.casus.findFirst({
        where: { nummer: casusnummer, AND: [casusScope(user), dossierWriteScope(user)] },
        select: {
          id: true,
          nummer: true,
          version: true,
          begindatum: true,
          gemeentecode: true,
          betrokkenen: {
            orderBy: { persoonsvolgnummer: "asc" },
            select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, persoonsvolgnummer: true },
          },
          overdrachten: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              nummer: true,
              version: true,
              datum: true,
              partij: true,
              hulp: true,
              toelichting: true,
              betrokkenen: { select: { betrokkeneId: true } },
            },
          },
          monitoringsmomenten: {
            orderBy: { id: "asc" },
            select: { id: true, nummer: true, version: true, datum: true, veiligheidsscore: true, notitie: true },
          },
        },
      }),
    (c) =>
      c
        ? { entityType: "casus", entityId: c.id, casusId: c.id, detail: "correctie form" }
        : notFoundEvent("casus", casusnummer),
  );
}

/** The vastgestelde beoordeling of a melding as its correction form starts from. */
export async function getBeoordelingVoorCorrectie(user: Actor, meldingnummer: string) {
  return auditedRead(
    user,
    { permission: "correctie:na-vaststelling", resource: { type: "veiligheidsbeoordeling", id: meldingnummer } },
    (tx) =>
      tx.veiligheidsbeoordeling.findFirst({
        where: { melding: { nummer: meldingnummer }, casus: { AND: [casusScope(user), dossierWriteScope(user)] } },
        include: { melding: { select: { nummer: true } }, casus: { select: { nummer: true, einddatum: true } } },
      }),
    (b) =>
      b
        ? { entityType: "veiligheidsbeoordeling", entityId: b.id, casusId: b.casusId, detail: "correctie form" }
        : notFoundEvent("veiligheidsbeoordeling", meldingnummer),
  );
}

/** An advies as its correction form starts from, with its own Wijzigingshistorie. */
export async function getAdviesVoorCorrectie(user: Actor, nummer: string) {
  return auditedRead(
    user,
    { permission: "advies:correct", resource: { type: "advies", id: nummer } },
    async (tx) => {
      const a = await tx.advies.findUnique({ where: { nummer } });
      if (!a) return null;
      return { advies: a, historie: await adviesHistorie(tx, a.id) };
    },
    (r) =>
      r ? { entityType: "advies", entityId: r.advies.id, detail: "correctie form" } : notFoundEvent("advies", nummer),
  );
}

/** The corrections of one advies (an advies has no casus), newest first. */
export async function getAdviesHistorie(user: Actor, nummer: string) {
  return auditedRead(
    user,
    { permission: "advies:read", resource: { type: "correctie", id: nummer } },
    async (tx) => {
      const a = await tx.advies.findUnique({ where: { nummer }, select: { id: true } });
      return a ? { id: a.id, historie: await adviesHistorie(tx, a.id) } : null;
    },
    (r) =>
      r
        ? { entityType: "correctie", entityId: r.id, detail: `advies list ${r.historie.length}` }
        : notFoundEvent("correctie", nummer),
  ).then((r) => r?.historie ?? []);
}

async function adviesHistorie(tx: Tx, id: number): Promise<CorrectieView[]> {
  const rows = await tx.correctie.findMany({
    where: { entityType: "advies", entityId: id },
    orderBy: { id: "desc" },
    include: { door: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    record: "Advies",
    reden: r.reden,
    door: r.door.displayName,
    at: r.at.toISOString(),
    wijzigingen: r.wijzigingen as Wijziging[],
  }));
}
