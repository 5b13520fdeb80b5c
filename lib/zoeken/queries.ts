// Search for casussen by number, BSN or name, inside the user's access scope. Every search is an audited READ
// of "zoekopdracht": which kind of search and which casussen and betrokkenen were shown — never the BSN or the
// name that was typed.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/lib/auth/door";
import type { Actor } from "@/lib/auth/audit";
import { casusScope, casusScopeSql } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { deriveStage, getStageLabel } from "@/lib/domain/casus-state";
import { toIsoDate } from "@/lib/domain/dates";
import { formatNaam } from "@/lib/casus/naam";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import { ZZoekopdracht, type ZoekGeboortedatum, type Zoekvraag } from "./schema";
import { zoeknaam } from "./zoeknaam";
import { escapeLike } from "@/lib/db/like";
import { roleHas } from "@/lib/auth/permissions";
import type { AuditFn } from "@/lib/auth/door";
import type { ZoekResultaat } from "./types";

export const MAX_CASUSSEN = 50;

/** A partly known date of birth (year and month, or year only) may be the same person: the dates it matches. */
function geboortedata(g: ZoekGeboortedatum): { jaar: string } | { in: string[] } {
  const j = String(g.jaar).padStart(4, "0");
  if (g.maand === undefined) return { jaar: j };
  const jm = `${j}${String(g.maand).padStart(2, "0")}`;
  return { in: [`${jm}${String(g.dag).padStart(2, "0")}`, `${jm}00`, `${j}0000`] };
}

function geboortedatumWhere(g: ZoekGeboortedatum): Prisma.BetrokkeneWhereInput {
  const d = geboortedata(g);
  return { geboortedatum: "jaar" in d ? { startsWith: d.jaar } : { in: d.in } };
}

function geboortedatumSql(g: ZoekGeboortedatum | null): Prisma.Sql {
  if (!g) return Prisma.empty;
  const d = geboortedata(g);
  return "jaar" in d
    ? Prisma.sql`AND b.geboortedatum BETWEEN ${`${d.jaar}0000`} AND ${`${d.jaar}9999`}`
    : Prisma.sql`AND b.geboortedatum = ANY(${d.in}::text[])`;
}

/**
 * Casussen by a person's name: the casussen with someone whose search key is the one typed first, then those with a
 * name that starts with it; within each the newest casus first. One statement on the zoeknaam index: each matching
 * person read once, grouped per casus, and only the casussen shown (one more, to know there are more) leave the
 * database. % and _ in a name are characters, not wildcards.
 */
async function findByNaam(tx: Tx, user: Actor, naam: string, g: ZoekGeboortedatum | null) {
  const key = zoeknaam(naam);
  const rows = await tx.$queryRaw<{ id: number }[]>(Prisma.sql`
    SELECT c.id FROM casus c
    JOIN (SELECT b."casusId", bool_or(b.zoeknaam = ${key}) AS exact FROM betrokkene b
          WHERE b.zoeknaam LIKE ${`${escapeLike(key)}%`} ${geboortedatumSql(g)} GROUP BY b."casusId") m
      ON m."casusId" = c.id
    WHERE ${casusScopeSql(user)}
    ORDER BY m.exact DESC, c.begindatum DESC, c.id DESC
    LIMIT ${MAX_CASUSSEN + 1}`);
  const personen: Prisma.BetrokkeneWhereInput = {
    zoeknaam: { startsWith: escapeLike(key) },
    ...(g ? geboortedatumWhere(g) : {}),
  };
  return { casusIds: rows.map((r) => r.id), personen };
}

/** What a search looks for: a condition on the casus (a number or a BSN: the newest casus first), or the casussen a
 * name search ranked; and which of their betrokkenen it matched (none for a number search: every betrokkene is
 * shown). */
type Gezocht =
  | { where: Prisma.CasusWhereInput; ids?: undefined; personen: Prisma.BetrokkeneWhereInput | undefined }
  | { where?: undefined; ids: number[]; personen: Prisma.BetrokkeneWhereInput };

async function gezocht(tx: Tx, user: Actor, q: Exclude<Zoekvraag, { soort: "adviesnummer" }>): Promise<Gezocht> {
  if (q.soort === "casusnummer") return { where: { nummer: q.nummer }, personen: undefined };
  if (q.soort === "meldingnummer") return { where: { meldingen: { some: { nummer: q.nummer } } }, personen: undefined };
  if (q.soort === "bsn") return { where: { betrokkenen: { some: { bsn: q.bsn } } }, personen: { bsn: q.bsn } };
  const { casusIds, personen } = await findByNaam(tx, user, q.naam, q.geboortedatum);
  return { ids: casusIds, personen };
}

export const zoekCasussen = defineCommand(
  { permission: "casus:search", schema: ZZoekopdracht, resource: { type: "zoekopdracht" } },
  async ({ tx, user, data, audit }) => {
    const q = data.zoekterm;
    if (q.soort === "adviesnummer") return zoekAdvies(tx, user, q.nummer, audit);
    const matches = await gezocht(tx, user, q);
    const casussen =
      matches.ids?.length === 0
        ? []
        : await tx.casus.findMany({
            where: { AND: [casusScope(user), matches.where ?? { id: { in: matches.ids!.slice(0, MAX_CASUSSEN) } }] },
            orderBy: [{ begindatum: "desc" }, { id: "desc" }],
            take: MAX_CASUSSEN + 1,
            select: {
              ...SNAPSHOT_SELECT,
              id: true,
              nummer: true,
              begindatum: true,
              gemeentecode: true,
              hermelding: true,
              casemanager: { select: { displayName: true } },
              betrokkenen: {
                where: matches.personen,
                orderBy: { persoonsvolgnummer: "asc" },
                select: {
                  id: true,
                  persoonsvolgnummer: true,
                  voornamen: true,
                  tussenvoegsel: true,
                  achternaam: true,
                  geboortedatum: true,
                  rol: true,
                },
              },
            },
          });
    // One more than shown tells there are more. A name search's order: exact names first, then the newest casus.
    const teVeel = (matches.ids ?? casussen).length > MAX_CASUSSEN;
    if (!matches.ids) casussen.splice(MAX_CASUSSEN);
    else {
      const rang = new Map(matches.ids.map((id, i) => [id, i]));
      casussen.sort((a, b) => rang.get(a.id)! - rang.get(b.id)!);
    }
    const codes = [...new Set(casussen.map((c) => c.gemeentecode).filter((c): c is string => !!c))];
    const gemeenten =
      codes.length === 0
        ? []
        : await tx.gemeente.findMany({
            where: { code: { in: codes } },
            orderBy: { jaar: "asc" },
            select: { code: true, naam: true },
          });
    const gemeenteNaam = new Map(gemeenten.map((g) => [g.code, g.naam]));
    const shownPersons = casussen.flatMap((c) => c.betrokkenen.map((b) => b.id));
    const kind = q.soort === "naam" && q.geboortedatum ? "naam+geboortedatum" : q.soort;
    const term = q.soort === "casusnummer" || q.soort === "meldingnummer" ? ` term=${q.nummer}` : "";
    await audit({
      action: "READ",
      entityType: "zoekopdracht",
      casusId: casussen.length === 1 ? casussen[0].id : null,
      betrokkeneIds: shownPersons,
      detail: `kind=${kind}${term}; results=${casussen.length}; casus=${casussen.map((c) => c.id).join(",")}`,
    });
    return {
      soort: q.soort,
      teVeel,
      casussen: casussen.map((c) => ({
        nummer: c.nummer,
        begindatum: toIsoDate(c.begindatum),
        einddatum: c.einddatum ? toIsoDate(c.einddatum) : null,
        gemeente: c.gemeentecode
          ? `${gemeenteNaam.get(c.gemeentecode) ?? "onbekende gemeente"} (${c.gemeentecode})`
          : null,
        casemanager: c.casemanager?.displayName ?? null,
        hermelding: c.hermelding,
        stageLabel: getStageLabel(deriveStage(toCasusSnapshot(c))),
        personen: c.betrokkenen.map((b) => ({
          id: b.id,
          naam: formatNaam(b),
          geboortedatum: b.geboortedatum,
          rol: b.rol,
        })),
      })),
    };
  },
);

/** An advies by its number (open or closed), for the roles that read adviezen; audited like every search. */
async function zoekAdvies(tx: Tx, user: Actor, nummer: string, audit: AuditFn): Promise<ZoekResultaat> {
  if (!roleHas(user.role, "advies:read")) {
    await audit({ action: "READ", entityType: "zoekopdracht", outcome: "DENIED", detail: "kind=adviesnummer" });
    return {
      soort: "adviesnummer",
      casussen: [],
      teVeel: false,
      advies: null,
      geenToegang: "Adviezen zijn alleen in te zien door de voordeur en de teamleider.",
    };
  }
  const a = await tx.advies.findUnique({
    where: { nummer },
    select: {
      id: true,
      nummer: true,
      startdatum: true,
      einddatum: true,
      behandelaar: { select: { displayName: true } },
    },
  });
  await audit({
    action: "READ",
    entityType: "zoekopdracht",
    detail: `kind=adviesnummer term=${nummer}; results=${a ? 1 : 0}${a ? `; advies=${a.id}` : ""}`,
  });
  return {
    soort: "adviesnummer",
    casussen: [],
    teVeel: false,
    advies: a
      ? {
          nummer: a.nummer,
          startdatum: toIsoDate(a.startdatum),
          einddatum: a.einddatum ? toIsoDate(a.einddatum) : null,
          behandelaar: a.behandelaar.displayName,
        }
      : null,
  };
}
