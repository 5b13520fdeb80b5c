// Access scope, put into the query: a casus outside it is simply not found (never loaded and checked after).
// Need to know (NEN 7513, docs/decisions/018): which casussen a user may open is one function of the role, the
// user's part in the casus, the afscherming of the dossier and the user's noodtoegangen in force.
//   TRIAGE                the voordeur: open casussen without a casemanager, or with a melding whose beoordeling
//                         is not yet final (not yet assigned or not yet finally beoordeeld); and never-assigned
//                         casussen, also closed ones, while the voordeur's follow-up of a melding is open
//                         (terugkoppeling aan de melder, informing the betrokkenen)
//   CASEMANAGER           the casussen assigned to them
//   GEDRAGSWETENSCHAPPER  the casussen where they were asked to confirm or consult: a beoordeling decided with them,
//                         confirmed by them or awaiting confirmation; a dienst closing they confirmed or that awaits
//                         confirmation; a task given to them; a journaalregel of theirs
//   TEAMLEIDER            every casus of the organisation (assigning, deadlines, four eyes)
//   others                none (the beheerder and the privacy officer read no case content)
// An afgeschermd dossier is further limited to the users listed on it; a noodtoegang in force opens its casus.
// Beyond this, triage and the others keep the radar (radarScope): the history summary of a person.
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./audit";

const NONE: Prisma.CasusWhereInput = { id: -1 };

/** A melding still in the voordeur: not withdrawn, and no final beoordeling yet (`beoordelingOpen`, kept by the
 * triggers on veiligheidsbeoordeling, docs/decisions/014 — one column instead of a join per casus). */
const VOORDEUR_MELDING: Prisma.MeldingWhereInput = { ingetrokkenOp: null, beoordelingOpen: true };

/** A melding whose follow-up by the voordeur is not done: no terugkoppeling recorded, or someone not informed. */
const OPVOLGING_OPEN: Prisma.MeldingWhereInput = {
  ingetrokkenOp: null,
  opvolgingOpen: true, // kept by triggers, a superset of the OR below (decision 022)
  OR: [
    { terugkoppelingVastgelegdOp: null },
    { betrokkenen: { some: { geinformeerdOp: null, nietGeinformeerd: null } } },
  ],
};

function roleScope(user: Actor): Prisma.CasusWhereInput | null {
  switch (user.role) {
    case "TRIAGE":
      return {
        OR: [
          { einddatum: null, OR: [{ casemanagerId: null }, { meldingen: { some: VOORDEUR_MELDING } }] },
          { casemanagerId: null, meldingen: { some: OPVOLGING_OPEN } },
        ],
      };
    case "CASEMANAGER":
      return { casemanagerId: user.id };
    case "GEDRAGSWETENSCHAPPER":
      return {
        OR: [
          {
            beoordelingen: {
              some: { OR: [{ besluitMetId: user.id }, { vastgesteldDoorId: user.id }, { vastgesteldOp: null }] },
            },
          },
          {
            diensten: {
              some: {
                OR: [
                  { afsluitingBevestigdDoorId: user.id },
                  { afsluitingVoorgesteldDoorId: { not: null }, afsluitingBevestigdOp: null },
                ],
              },
            },
          },
          { taken: { some: { toegewezenAanId: user.id } } },
          { journaalRegels: { some: { auteurId: user.id } } },
        ],
      };
    case "TEAMLEIDER":
      return {};
    default:
      return null;
  }
}

const afscherming = (user: Actor): Prisma.CasusWhereInput => ({
  OR: [{ afgeschermd: false }, { toegang: { some: { userId: user.id } } }],
});

const noodIds = (user: Actor) => (user.nood ?? []).map((n) => n.casusId);

/** The casussen this user may open (read the dossier of), as a Prisma condition on casus. */
export function casusScope(user: Actor): Prisma.CasusWhereInput {
  const role = roleScope(user);
  const scoped = role === null ? NONE : { AND: [role, afscherming(user)] };
  const nood = noodIds(user);
  // A destroyed dossier (lib/bewaartermijn) is nobody's to open: only its tombstone remains.
  return { AND: [{ vernietigdOp: null }, nood.length ? { OR: [scoped, { id: { in: nood } }] } : scoped] };
}

/** casusScope as an SQL condition on a casus row (alias `c`), for the few aggregate queries Prisma can not
 * express; scope.int.test.ts holds both to the same casussen for every role. */
export function casusScopeSql(user: Actor): Prisma.Sql {
  const role = roleScopeSql(user);
  const scoped =
    role === null
      ? Prisma.sql`FALSE`
      : Prisma.sql`(${role} AND (NOT c.afgeschermd OR EXISTS (SELECT 1 FROM casus_toegang t
          WHERE t."casusId" = c.id AND t."userId" = ${user.id})))`;
  const nood = noodIds(user);
  const toegang = nood.length ? Prisma.sql`(${scoped} OR c.id = ANY(${nood}::int[]))` : scoped;
  return Prisma.sql`(c."vernietigdOp" IS NULL AND ${toegang})`;
}

function roleScopeSql(user: Actor): Prisma.Sql | null {
  switch (user.role) {
    case "TRIAGE":
      return Prisma.sql`((c.einddatum IS NULL AND (c."casemanagerId" IS NULL OR EXISTS (SELECT 1 FROM melding m
          WHERE m."casusId" = c.id AND m."ingetrokkenOp" IS NULL AND m."beoordelingOpen")))
        OR (c."casemanagerId" IS NULL AND EXISTS (SELECT 1 FROM melding m WHERE m."casusId" = c.id
          AND m."ingetrokkenOp" IS NULL AND m."opvolgingOpen" AND (m."terugkoppelingVastgelegdOp" IS NULL OR EXISTS (SELECT 1
            FROM melding_betrokkene mb WHERE mb."meldingId" = m.id AND mb."geinformeerdOp" IS NULL
              AND mb."nietGeinformeerd" IS NULL)))))`;
    case "CASEMANAGER":
      return Prisma.sql`c."casemanagerId" = ${user.id}`;
    case "GEDRAGSWETENSCHAPPER":
      return Prisma.sql`(EXISTS (SELECT 1 FROM veiligheidsbeoordeling b WHERE b."casusId" = c.id
          AND (b."besluitMetId" = ${user.id} OR b."vastgesteldDoorId" = ${user.id} OR b."vastgesteldOp" IS NULL))
        OR EXISTS (SELECT 1 FROM dienst d WHERE d."casusId" = c.id AND (d."afsluitingBevestigdDoorId" = ${user.id}
          OR (d."afsluitingVoorgesteldDoorId" IS NOT NULL AND d."afsluitingBevestigdOp" IS NULL)))
        OR EXISTS (SELECT 1 FROM taak k WHERE k."casusId" = c.id AND k."toegewezenAanId" = ${user.id})
        OR EXISTS (SELECT 1 FROM journaal_regel j WHERE j."casusId" = c.id AND j."auteurId" = ${user.id}))`;
    case "TEAMLEIDER":
      return Prisma.sql`TRUE`;
    default:
      return null;
  }
}

/**
 * The radar: whose history a user may see summarised (earlier casussen, the open casus, the last beoordeling)
 * when registering a melding or searching a person — organisation-wide for the voordeur, the
 * gedragswetenschapper and the teamleider, a casemanager's own casussen. Opening the dossier takes casusScope.
 */
export function radarScope(user: Actor): Prisma.CasusWhereInput {
  switch (user.role) {
    case "TRIAGE":
    case "GEDRAGSWETENSCHAPPER":
    case "TEAMLEIDER":
      return {};
    case "CASEMANAGER":
      return { casemanagerId: user.id };
    default:
      return NONE;
  }
}

/**
 * Where a user may write in the dossier (journaal, documents, corrections): triage on casussen still in the
 * voordeur (no casemanager yet), the casemanager on their own, the gedragswetenschapper and teamleider on any
 * casus they may read. Always combined with casusScope; a noodtoegang gives reading, not writing, to a triage
 * worker or casemanager.
 */
export function dossierWriteScope(user: Actor): Prisma.CasusWhereInput {
  switch (user.role) {
    case "TRIAGE":
      return { casemanagerId: null };
    case "CASEMANAGER":
      return { casemanagerId: user.id };
    case "GEDRAGSWETENSCHAPPER":
    case "TEAMLEIDER":
      return {};
    default:
      return NONE;
  }
}

/** dossierWriteScope as an SQL condition on a casus row (alias `c`); scope.int.test.ts holds both equal. */
export function dossierWriteScopeSql(user: Actor): Prisma.Sql {
  switch (user.role) {
    case "TRIAGE":
      return Prisma.sql`(c."casemanagerId" IS NULL)`;
    case "CASEMANAGER":
      return Prisma.sql`(c."casemanagerId" = ${user.id})`;
    case "GEDRAGSWETENSCHAPPER":
    case "TEAMLEIDER":
      return Prisma.sql`TRUE`;
    default:
      return Prisma.sql`FALSE`;
  }
}
