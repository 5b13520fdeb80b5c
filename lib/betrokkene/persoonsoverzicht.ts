// Persoonsoverzicht: one betrokkene and every casus of the organisation (within the user's scope) that the same
// person appears in — matched by BSN, or linked by a worker (persoon_koppeling) — with their role, their relations
// (ouder van, partner van …) and the others in each casus; and, to link by hand, persons elsewhere with the same
// name and date of birth. One audited READ naming the persons shown.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import type { BetrokkeneRol } from "@/generated/prisma/enums";
import { isSpecialBsn } from "@/lib/domain/bsn";
import { deriveStage, getStageLabel } from "@/lib/domain/casus-state";
import { toIsoDate } from "@/lib/domain/dates";
import { formatNaam } from "@/lib/casus/naam";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import { dossierWriteScope } from "@/lib/auth/scope";
import { roleHas } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { relatieVanuit } from "./relatie-schema";

export type PersoonsCasus = {
  nummer: string;
  begindatum: string;
  einddatum: string | null;
  fase: string;
  rol: BetrokkeneRol;
  dezeCasus: boolean;
  /** Linked by a worker rather than by BSN. */
  gekoppeld: boolean;
  anderen: { naam: string; rol: BetrokkeneRol }[];
  /** This person's relations in the casus: "ouder van Lieke Hendriks". */
  relaties: { id: number; tekst: string }[];
};
export type Koppeling = { id: number; casusnummer: string; naam: string; reden: string; door: string; op: string };
export type Suggestie = { id: number; casusnummer: string; naam: string; rol: BetrokkeneRol };
export type Persoonsoverzicht = {
  naam: string;
  bsn: string | null;
  geboortedatum: string | null;
  gematchtOpBsn: boolean;
  casussen: PersoonsCasus[];
  betrokkeneId: number;
  /** May add or remove relations and links here (relatie:write, the dossier's write scope, an open casus). */
  magSchrijven: boolean;
  /** The other betrokkenen of this casus (for a relation). */
  anderenHier: { id: number; naam: string }[];
  koppelingen: Koppeling[];
  suggesties: Suggestie[];
};

/** The betrokkene ids of the same person: by real BSN, and linked by hand (one link away, and their BSN). */
async function zelfdePersoon(tx: Tx, user: Actor, b: { id: number; bsn: string | null }) {
  const ids = new Set([b.id]);
  const bsns = new Set(b.bsn && !isSpecialBsn(b.bsn) ? [b.bsn] : []);
  for (let ronde = 0; ronde < 2; ronde++) {
    if (bsns.size)
      for (const r of await tx.betrokkene.findMany({
        where: { bsn: { in: [...bsns] }, casus: casusScope(user) },
        select: { id: true },
        take: 200,
      }))
        ids.add(r.id);
    const links = await tx.persoonKoppeling.findMany({
      where: { OR: [{ aId: { in: [...ids] } }, { bId: { in: [...ids] } }] },
      select: { aId: true, bId: true },
      take: 200,
    });
    const nieuw = links.flatMap((l) => [l.aId, l.bId]).filter((id) => !ids.has(id));
    if (nieuw.length === 0) break;
    for (const r of await tx.betrokkene.findMany({
      where: { id: { in: nieuw }, casus: casusScope(user) },
      select: { id: true, bsn: true },
    })) {
      ids.add(r.id);
      if (r.bsn && !isSpecialBsn(r.bsn)) bsns.add(r.bsn);
    }
  }
  return ids;
}

const PERSOON = {
  id: true,
  persoonsvolgnummer: true,
  voornamen: true,
  tussenvoegsel: true,
  achternaam: true,
  rol: true,
};

export async function getPersoonsoverzicht(
  user: Actor,
  casusnummer: string,
  persoonsvolgnummer: number,
): Promise<Persoonsoverzicht | null> {
  const r = await auditedRead(
    user,
    { permission: "casus:read", resource: { type: "casus", id: casusnummer.slice(0, 40) } },
    async (tx) => {
      const b = await tx.betrokkene.findFirst({
        where: { persoonsvolgnummer, casus: { AND: [{ nummer: casusnummer }, casusScope(user)] } },
        select: { ...PERSOON, bsn: true, geboortedatum: true, casusId: true, zoeknaam: true },
      });
      if (!b) return null;
      const opBsn = !!b.bsn && !isSpecialBsn(b.bsn);
      const ids = await zelfdePersoon(tx, user, b);
      const rijen = await tx.betrokkene.findMany({
        where: { id: { in: [...ids] }, casus: casusScope(user) },
        orderBy: [{ casus: { begindatum: "desc" } }, { casusId: "desc" }],
        take: 100,
        select: {
          id: true,
          rol: true,
          bsn: true,
          relatiesVan: { select: { id: true, soort: true, vanId: true, naarId: true, naar: { select: PERSOON } } },
          relatiesNaar: { select: { id: true, soort: true, vanId: true, naarId: true, van: { select: PERSOON } } },
          casus: {
            select: {
              ...SNAPSHOT_SELECT,
              id: true,
              nummer: true,
              begindatum: true,
              betrokkenen: { orderBy: { persoonsvolgnummer: "asc" }, select: PERSOON },
            },
          },
        },
      });
      const schrijfbaar =
        roleHas(user.role, "relatie:write") &&
        (await tx.casus.count({
          where: { AND: [{ id: b.casusId, einddatum: null }, casusScope(user), dossierWriteScope(user)] },
        })) > 0;
      const koppelingen = await tx.persoonKoppeling.findMany({
        // only links whose other person is in a casus this user may see
        where: {
          OR: [
            { aId: b.id, b: { casus: casusScope(user) } },
            { bId: b.id, a: { casus: casusScope(user) } },
          ],
        },
        select: {
          id: true,
          reden: true,
          createdAt: true,
          createdById: true,
          a: { select: { ...PERSOON, casus: { select: { nummer: true } } } },
          b: { select: { ...PERSOON, casus: { select: { nummer: true } } } },
        },
      });
      const door = new Map(
        (
          await tx.user.findMany({
            where: { id: { in: koppelingen.map((k) => k.createdById) } },
            select: { id: true, displayName: true },
          })
        ).map((u) => [u.id, u.displayName]),
      );
      const suggesties =
        schrijfbaar && b.zoeknaam && b.geboortedatum
          ? await tx.betrokkene.findMany({
              where: {
                zoeknaam: b.zoeknaam,
                geboortedatum: b.geboortedatum,
                id: { notIn: [...ids] },
                casusId: { not: b.casusId },
                casus: casusScope(user),
              },
              orderBy: { id: "desc" },
              take: 10,
              select: { ...PERSOON, casus: { select: { nummer: true } } },
            })
          : [];
      return { b, opBsn, rijen, schrijfbaar, koppelingen, door, suggesties };
    },
    (x) =>
      x
        ? {
            entityType: "betrokkene",
            entityId: x.b.id,
            casusId: x.b.casusId,
            betrokkeneIds: [...x.rijen.map((r) => r.id), ...x.suggesties.map((r) => r.id)],
            detail: `persoonsoverzicht: ${x.rijen.length} casussen`,
          }
        : { entityType: "betrokkene", entityId: casusnummer.slice(0, 40), outcome: "FAILURE", detail: "not found" },
  );
  if (!r) return null;
  return {
    naam: formatNaam(r.b),
    bsn: r.b.bsn,
    geboortedatum: r.b.geboortedatum,
    gematchtOpBsn: r.opBsn,
    casussen: r.rijen.map((x) => ({
      nummer: x.casus.nummer,
      begindatum: toIsoDate(x.casus.begindatum),
      einddatum: x.casus.einddatum ? toIsoDate(x.casus.einddatum) : null,
      fase: getStageLabel(deriveStage(toCasusSnapshot(x.casus))),
      rol: x.rol,
      dezeCasus: x.casus.id === r.b.casusId,
      gekoppeld: !(r.opBsn && x.bsn === r.b.bsn) && x.id !== r.b.id,
      anderen: x.casus.betrokkenen.filter((o) => o.id !== x.id).map((o) => ({ naam: formatNaam(o), rol: o.rol })),
      relaties: [
        ...x.relatiesVan.map((rel) => ({ id: rel.id, tekst: `${relatieVanuit(rel, x.id)} ${formatNaam(rel.naar)}` })),
        ...x.relatiesNaar.map((rel) => ({ id: rel.id, tekst: `${relatieVanuit(rel, x.id)} ${formatNaam(rel.van)}` })),
      ],
    })),
    betrokkeneId: r.b.id,
    magSchrijven: r.schrijfbaar,
    anderenHier: (r.rijen.find((x) => x.id === r.b.id)?.casus.betrokkenen ?? [])
      .filter((o) => o.id !== r.b.id)
      .map((o) => ({ id: o.id, naam: `${formatNaam(o)} (${o.persoonsvolgnummer})` })),
    koppelingen: r.koppelingen.map((k) => {
      const ander = k.a.id === r.b.id ? k.b : k.a;
      return {
        id: k.id,
        casusnummer: ander.casus.nummer,
        naam: formatNaam(ander),
        reden: k.reden,
        door: r.door.get(k.createdById) ?? "",
        op: toIsoDate(k.createdAt),
      };
    }),
    suggesties: r.suggesties.map((x) => ({ id: x.id, casusnummer: x.casus.nummer, naam: formatNaam(x), rol: x.rol })),
  };
}
