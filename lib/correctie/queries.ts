// The Wijzigingshistorie of a casus: every correction of its records, newest first, with who, when, why and
// per field the old and the new value. Values of the melder's identity are shown only to roles that may see it.
import { magGeheimAdresZien, maskeerAdres } from "@/lib/betrokkene/adres";
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import type { Tx } from "@/lib/db/client";
import { auditedRead, notFoundEvent } from "@/lib/auth/audited-read";
import { roleHas } from "@/lib/auth/permissions";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
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
const ADRES_VELDEN = new Set(["straat", "huisnummer", "postcode", "woonplaats", "telefoon"]);

export async function getWijzigingshistorie(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:read", resource: { type: "correctie", id: casusnummer } },
    async (tx) => {
      const casus = await tx.casus.findFirst({
        where: { nummer: casusnummer, ...casusScope(user) },
        select: {
          id: true,
          nummer: true,
          meldingen: { select: { id: true, nummer: true } },
          casemanagerId: true,
          betrokkenen: { select: { id: true, persoonsvolgnummer: true, geheimAdres: true } },
          overdrachten: { select: { id: true, nummer: true } },
          monitoringsmomenten: { select: { id: true, nummer: true } },
          diensten: { select: { id: true, nummer: true } },
          beoordelingen: { select: { id: true, nummer: true } },
          voorwaarden: { select: { id: true, volgnummer: true } },
        },
      });
      if (!casus) return null;
      const namen = new Map<string, string>([[`casus:${casus.id}`, `Casus ${casus.nummer}`]]);
      for (const m of casus.meldingen) namen.set(`melding:${m.id}`, `Melding ${m.nummer}`);
      for (const b of casus.betrokkenen) namen.set(`betrokkene:${b.id}`, `Betrokkene ${b.persoonsvolgnummer}`);
      for (const o of casus.overdrachten) namen.set(`overdracht:${o.id}`, `Overdracht ${o.nummer}`);
      for (const t of casus.monitoringsmomenten) namen.set(`monitoringsmoment:${t.id}`, `Monitoring ${t.nummer}`);
      for (const d of casus.diensten) namen.set(`dienst:${d.id}`, `Dienst ${d.nummer}`);
      for (const v of casus.beoordelingen) namen.set(`veiligheidsbeoordeling:${v.id}`, `Beoordeling ${v.nummer}`);
      for (const v of casus.voorwaarden) namen.set(`veiligheidsvoorwaarde:${v.id}`, `Voorwaarde ${v.volgnummer}`);
      const rows = await tx.correctie.findMany({
        where: { casusId: casus.id },
        orderBy: { id: "desc" },
        take: 500,
        select: {
          id: true,
          entityType: true,
          entityId: true,
          reden: true,
          at: true,
          wijzigingen: true,
          door: { select: { displayName: true } },
        },
      });
      const magMelder = roleHas(user.role, "melder:identity");
      // A geheim adres stays secret in the history too: old and new values of its fields are masked.
      const geheim = new Set(
        magGeheimAdresZien(user, casus.casemanagerId)
          ? []
          : casus.betrokkenen.filter((b) => b.geheimAdres).map((b) => b.id),
      );
      const verberg = (entityType: string, entityId: number, w: Wijziging) =>
        (w.gevoelig && !magMelder) || (entityType === "betrokkene" && geheim.has(entityId) && ADRES_VELDEN.has(w.veld));
      const correcties: CorrectieView[] = rows.map((r) => ({
        id: r.id,
        entityType: r.entityType,
        entityId: r.entityId,
        record: namen.get(`${r.entityType}:${r.entityId}`) ?? r.entityType,
        reden: r.reden,
        door: r.door.displayName,
        at: r.at.toISOString(),
        wijzigingen: (r.wijzigingen as Wijziging[]).map((w) =>
          verberg(r.entityType, r.entityId, w) ? { ...w, oud: AFGESCHERMD, nieuw: AFGESCHERMD } : w,
        ),
      }));
      return { casusId: casus.id, correcties };
    },
    (r) =>
      r
        ? { entityType: "correctie", entityId: r.casusId, casusId: r.casusId, detail: `list ${r.correcties.length}` }
        : notFoundEvent("correctie", casusnummer),
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
