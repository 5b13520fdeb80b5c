// The radar search: is this person known to Veilig Thuis? Audited as a READ of the rows found (NEN 7513).
import { maskeerAdres } from "@/lib/betrokkene/adres";
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/lib/auth/door";
import { radarScope } from "@/lib/auth/scope";
import { geboortedatumConditions, groupRadar, type RadarRow } from "./radar";
import { ZBetrokkeneZoek, type TBetrokkeneZoek } from "./schema";
import { zoeknaam } from "@/lib/zoeken/zoeknaam";

/** At most this many rows are read for one search; a search that finds more must be made more precise. */
export const RADAR_MAX_ROWS = 200;

export const radarSelect = {
  id: true,
  bsn: true,
  geboortedatum: true,
  geslacht: true,
  rol: true,
  achternaam: true,
  tussenvoegsel: true,
  voornamen: true,
  straat: true,
  huisnummer: true,
  postcode: true,
  woonplaats: true,
  geheimAdres: true,
  casus: {
    select: {
      nummer: true,
      casemanagerId: true,
      begindatum: true,
      einddatum: true,
      hermelding: true,
      _count: { select: { meldingen: true } },
      beoordelingen: {
        orderBy: [{ datum: "desc" }, { id: "desc" }],
        take: 1,
        select: { datum: true, taxatie: true, inhoud: true, vastgesteldOp: true },
      },
    },
  },
} satisfies Prisma.BetrokkeneSelect;

type Selected = Prisma.BetrokkeneGetPayload<{ select: typeof radarSelect }>;

export function toRadarRow(r: Selected): RadarRow {
  const b = r.casus.beoordelingen[0];
  return {
    ...r,
    casus: {
      nummer: r.casus.nummer,
      begindatum: r.casus.begindatum,
      einddatum: r.casus.einddatum,
      hermelding: r.casus.hermelding,
      aantalMeldingen: r.casus._count.meldingen,
      laatsteBeoordeling: b
        ? { datum: b.datum, taxatie: b.taxatie, inhoud: b.inhoud, vastgesteld: b.vastgesteldOp !== null }
        : null,
    },
  };
}

export function radarWhere(zoek: TBetrokkeneZoek): Prisma.BetrokkeneWhereInput {
  if (zoek.soort === "bsn") return { bsn: zoek.bsn };
  return {
    AND: [
      // The same person with or without tussenvoegsel, accents or capitals (lib/zoeken/zoeknaam.ts; indexed).
      { zoeknaam: zoeknaam(zoek.achternaam) },
      { OR: geboortedatumConditions(zoek.geboortedatum).map((c) => ({ geboortedatum: c })) },
    ],
  };
}

/** Searches by BSN or by achternaam + geboortedatum, within the user's casus scope. */
export const searchBetrokkenen = defineCommand(
  { permission: "betrokkene:search", schema: ZBetrokkeneZoek },
  async ({ tx, user: actor, data, audit }) => {
    const rows = await tx.betrokkene.findMany({
      where: { ...radarWhere(data), casus: radarScope(actor) },
      select: radarSelect,
      orderBy: { id: "desc" },
      take: RADAR_MAX_ROWS + 1,
    });
    const teVeel = rows.length > RADAR_MAX_ROWS;
    const personen = groupRadar(
      rows.slice(0, RADAR_MAX_ROWS).map((r) => toRadarRow(maskeerAdres(actor, r.casus.casemanagerId, r))),
    );
    await audit({
      action: "READ",
      entityType: "betrokkene",
      betrokkeneIds: rows.slice(0, RADAR_MAX_ROWS).map((r) => r.id),
      detail: `radar search by ${data.soort}: ${personen.length} persons`,
    });
    return { personen, teVeel };
  },
);
