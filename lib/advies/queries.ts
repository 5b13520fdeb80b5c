// Reading adviezen (audited). An advies holds no personal data of the family, but it is still case work.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { toIsoDate } from "@/lib/domain/dates";
import { getGemeenteNaam } from "@/lib/gemeenten/queries";
import { roleHas } from "@/lib/auth/permissions";

export type AdviesDetail = {
  id: number;
  nummer: string;
  version: number;
  startdatum: string;
  einddatum: string | null;
  open: boolean;
  gemeentecode: string | null;
  gemeente: string | null;
  aard: string[];
  aanvullendeInformatie: string[];
  duur: string;
  functieRol: string;
  organisatie: string;
  adviesvraag: string | null;
  /** Only kept with the adviesvrager's consent. */
  adviesvrager: { naam: string | null; telefoon: string | null } | null;
  behandelaar: string;
  contacten: { id: number; datum: string; notitie: string }[];
  laatsteContact: string | null;
  melding: { nummer: string; casusNummer: string } | null;
};

export async function getAdviesDetail(user: Actor, nummer: string): Promise<AdviesDetail | null> {
  const r = await auditedRead(
    user,
    { permission: "advies:read", resource: { type: "advies", id: nummer.slice(0, 40) } },
    (tx) =>
      tx.advies.findUnique({
        where: { nummer: nummer.slice(0, 20) },
        select: {
          id: true,
          nummer: true,
          version: true,
          startdatum: true,
          einddatum: true,
          gemeentecode: true,
          aard: true,
          aanvullendeInformatie: true,
          duur: true,
          functieRol: true,
          organisatie: true,
          adviesvraag: true,
          adviesvragerNaam: true,
          adviesvragerTelefoon: true,
          toestemmingContact: true,
          behandelaar: { select: { displayName: true } },
          contacten: { select: { id: true, datum: true, notitie: true }, orderBy: [{ datum: "asc" }, { id: "asc" }] },
          melding: { select: { nummer: true, casus: { select: { nummer: true } } } },
        },
      }),
    (a) =>
      a
        ? { entityType: "advies", entityId: a.id }
        : { entityType: "advies", entityId: nummer.slice(0, 40), outcome: "FAILURE", detail: "not found" },
  );
  if (!r) return null;
  const contacten = r.contacten.map((c) => ({ id: c.id, datum: toIsoDate(c.datum), notitie: c.notitie }));
  return {
    id: r.id,
    nummer: r.nummer,
    version: r.version,
    startdatum: toIsoDate(r.startdatum),
    einddatum: r.einddatum ? toIsoDate(r.einddatum) : null,
    open: r.einddatum === null,
    gemeentecode: r.gemeentecode,
    gemeente: r.gemeentecode ? ((await getGemeenteNaam(r.gemeentecode, r.startdatum)) ?? r.gemeentecode) : null,
    aard: r.aard,
    aanvullendeInformatie: r.aanvullendeInformatie,
    duur: r.duur,
    functieRol: r.functieRol,
    organisatie: r.organisatie,
    adviesvraag: r.adviesvraag,
    adviesvrager: r.toestemmingContact ? { naam: r.adviesvragerNaam, telefoon: r.adviesvragerTelefoon } : null,
    behandelaar: r.behandelaar.displayName,
    contacten,
    laatsteContact: contacten.length
      ? contacten
          .map((c) => c.datum)
          .sort()
          .at(-1)!
      : null,
    melding: r.melding ? { nummer: r.melding.nummer, casusNummer: r.melding.casus.nummer } : null,
  };
}

export type OpenAdvies = {
  nummer: string;
  startdatum: string;
  functieRol: string;
  aard: string[];
  aantalContacten: number;
  laatsteContact: string | null;
  behandelaar: string;
};

/** Open adviezen for the work list: a triage worker's own; the teamleider sees everyone's. */
const openWhere = (user: Actor) => ({
  einddatum: null,
  ...(roleHas(user.role, "advies:read-all") ? {} : { behandelaarId: user.id }),
});

export function countOpenAdviezen(tx: Tx, user: Actor): Promise<number> {
  return tx.advies.count({ where: openWhere(user) });
}

export async function findOpenAdviezen(
  tx: Tx,
  user: Actor,
  pagina: { skip: number; take: number },
  richting: "asc" | "desc" = "asc",
): Promise<OpenAdvies[]> {
  const rows = await tx.advies.findMany({
    where: openWhere(user),
    orderBy: [{ startdatum: richting }, { id: richting }],
    skip: pagina.skip,
    take: pagina.take,
    select: {
      nummer: true,
      startdatum: true,
      functieRol: true,
      aard: true,
      behandelaar: { select: { displayName: true } },
      contacten: { select: { datum: true }, orderBy: { datum: "desc" } },
    },
  });
  return rows.map((a) => ({
    nummer: a.nummer,
    startdatum: toIsoDate(a.startdatum),
    functieRol: a.functieRol,
    aard: a.aard,
    aantalContacten: a.contacten.length,
    laatsteContact: a.contacten[0] ? toIsoDate(a.contacten[0].datum) : null,
    behandelaar: a.behandelaar.displayName,
  }));
}

/** The values an advies passes on when it is turned into a melding (read as part of opening the melding form). */
export async function getAdviesVoorMelding(user: Actor, nummer: string) {
  const a = await getAdviesDetail(user, nummer);
  if (!a) return null;
  return {
    nummer: a.nummer,
    startdatum: a.startdatum,
    open: a.open,
    gemeentecode: a.gemeentecode,
    aard: a.aard,
    aanvullendeInformatie: a.aanvullendeInformatie,
    duur: a.duur,
    functieRol: a.functieRol,
    organisatie: a.organisatie,
    alOmgezet: a.melding?.nummer ?? null,
  };
}
export type AdviesVoorMelding = NonNullable<Awaited<ReturnType<typeof getAdviesVoorMelding>>>;
