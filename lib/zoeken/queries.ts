// Search for casussen by number, BSN or name, inside the user's access scope. Every search is an audited READ
// of "zoekopdracht": which kind of search and which casussen and betrokkenen were shown — never the BSN or the
// name that was typed.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/lib/auth/door";
import type { Actor } from "@/lib/auth/audit";
import type { Tx } from "@/lib/db/client";
import { deriveStage, getStageLabel } from "@/lib/domain/casus-state";
import { toIsoDate } from "@/lib/domain/dates";
import { formatNaam } from "@/lib/casus/naam";
import { toCasusSnapshot } from "@/lib/casus/snapshot";
import { zoekTreffers, type Zoekvoorwaarde } from "./treffers";
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

function geboortedatumSql(g: ZoekGeboortedatum | null): Prisma.Sql {
  if (!g) return Prisma.empty;
  const d = geboortedata(g);
  return "jaar" in d
    ? Prisma.sql`AND b.geboortedatum BETWEEN ${`${d.jaar}0000`} AND ${`${d.jaar}9999`}`
    : Prisma.sql`AND b.geboortedatum = ANY(${d.in}::bpchar[])`; // the column's type: as text[] no index is used
}

const NIEUWSTE = Prisma.sql`c.begindatum DESC, c.id DESC`;

/**
 * Which casussen a search looks for and which of their betrokkenen it shows. A number or a BSN: the newest casus
 * first. A name: the casussen with someone whose search key is the one typed first, then those with a name that
 * starts with it, within each the newest first — each matching person read once from the zoeknaam index, grouped
 * per casus; % and _ in a name are characters, not wildcards. A number search shows every betrokkene.
 */
function voorwaarde(q: Exclude<Zoekvraag, { soort: "adviesnummer" }>): Zoekvoorwaarde {
  switch (q.soort) {
    case "casusnummer":
      return { where: Prisma.sql`c.nummer = ${q.nummer}`, order: NIEUWSTE, personen: null };
    case "meldingnummer":
      return {
        where: Prisma.sql`EXISTS (SELECT 1 FROM melding m WHERE m."casusId" = c.id AND m.nummer = ${q.nummer})`,
        order: NIEUWSTE,
        personen: null,
      };
    case "bsn":
      return {
        where: Prisma.sql`EXISTS (SELECT 1 FROM betrokkene b WHERE b."casusId" = c.id AND b.bsn = ${q.bsn})`,
        order: NIEUWSTE,
        personen: Prisma.sql`b.bsn = ${q.bsn}`,
      };
    case "naam": {
      const key = zoeknaam(q.naam);
      // The persons the ranking matched are shown: by their ids (a common name has hundreds of persons, each casus
      // only a few of them).
      return {
        join: Prisma.sql`JOIN (SELECT b."casusId", bool_or(b.zoeknaam = ${key}) AS exact, array_agg(b.id) AS ids
          FROM betrokkene b WHERE b.zoeknaam LIKE ${`${escapeLike(key)}%`} ${geboortedatumSql(q.geboortedatum)}
          GROUP BY b."casusId") hit ON hit."casusId" = c.id`,
        ids: Prisma.sql`hit.ids`,
        order: Prisma.sql`hit.exact DESC, ${NIEUWSTE}`,
        personen: Prisma.sql`b.id = ANY(t.ids)`,
      };
    }
  }
}

export const zoekCasussen = defineCommand(
  { permission: "casus:search", schema: ZZoekopdracht, resource: { type: "zoekopdracht" } },
  async ({ tx, user, data, audit }) => {
    const q = data.zoekterm;
    if (q.soort === "adviesnummer") return zoekAdvies(tx, user, q.nummer, audit);
    // One more than shown tells there are more.
    const casussen = await zoekTreffers(tx, user, voorwaarde(q), MAX_CASUSSEN);
    const teVeel = casussen.length > MAX_CASUSSEN;
    casussen.splice(MAX_CASUSSEN);
    const shownPersons = casussen.flatMap((c) => c.personen.map((b) => b.id));
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
        begindatum: c.begindatum,
        einddatum: c.einddatum,
        gemeente: c.gemeentecode ? `${c.gemeenteNaam ?? "onbekende gemeente"} (${c.gemeentecode})` : null,
        casemanager: c.casemanager,
        hermelding: c.hermelding,
        stageLabel: getStageLabel(deriveStage(toCasusSnapshot(c.snapshot))),
        personen: c.personen.map((b) => ({
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
