// The casussen a search shows, in one statement: the matching casussen inside the user's scope (at most one more
// than shown, to know there are more), each with what its result line needs — the gemeente's newest name, the
// casemanager, the protocol snapshot its phase is derived from, and the betrokkenen that matched. One round trip
// instead of one per relation (a BSN search: 15 statements became 7, with the audit's lock and head in one call): the search is the front door's most frequent
// request. treffers-synth.int.test.ts holds every line to the Prisma snapshot and the rules.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { BetrokkeneRol, DienstStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/audit";
import { casusScopeSql } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { SnapshotRow } from "@/lib/casus/snapshot";
import { jsonTijd } from "@/lib/db/json-tijd";
import { vastPlan } from "@/lib/db/vast-plan";

/** Which casussen: a condition on the casus `c`, or a join that ranks them (and may hand the ids of the persons it
 * matched to `personen` as `t.ids`); and which of their betrokkenen `b` to show (every one when null). */
export type Zoekvoorwaarde = {
  where?: Prisma.Sql;
  join?: Prisma.Sql;
  /** `hit.ids`: the join's ids of the persons it matched, read by `personen` as `t.ids`. */
  ids?: Prisma.Sql;
  order: Prisma.Sql;
  personen: Prisma.Sql | null;
};

/** A row; meldingen, diensten, overdrachten and personen are JSON columns. */
type Rij = {
  id: number;
  nummer: string;
  begindatum: string;
  einddatum: string | null;
  gemeentecode: string | null;
  gemeenteNaam: string | null;
  hermelding: boolean;
  casemanager: string | null;
  meldingen: {
    id: number;
    datumMelding: string;
    beoordeling: { inhoud: string; vastgesteldOp: string | null; datum: string } | null;
  }[];
  diensten: {
    id: number;
    soort: string;
    status: DienstStatus;
    startdatum: string;
    einddatum: string | null;
    meldingId: number;
  }[];
  overdrachten: { moment: number; bronMeldingId: number | null; bronDienstId: number | null }[];
  personen: {
    id: number;
    persoonsvolgnummer: number;
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string | null;
    geboortedatum: string | null;
    rol: BetrokkeneRol;
  }[];
};

export type Treffer = Omit<Rij, "meldingen" | "diensten" | "overdrachten"> & { snapshot: SnapshotRow };

/** The snapshot as the protocol rules read it (lib/casus/snapshot.ts SNAPSHOT_SELECT), from the JSON columns. */
function snapshotVan(r: Rij): SnapshotRow {
  return {
    einddatum: jsonTijd(r.einddatum),
    meldingen: r.meldingen.map((m) => ({
      id: m.id,
      datumMelding: jsonTijd(m.datumMelding),
      beoordeling: m.beoordeling && {
        inhoud: m.beoordeling.inhoud,
        vastgesteldOp: jsonTijd(m.beoordeling.vastgesteldOp),
        datum: jsonTijd(m.beoordeling.datum),
      },
    })),
    diensten: r.diensten.map((d) => ({
      id: d.id,
      soort: d.soort,
      status: d.status,
      startdatum: jsonTijd(d.startdatum),
      einddatum: jsonTijd(d.einddatum),
      beoordeling: { meldingId: d.meldingId },
    })),
    overdrachten: r.overdrachten,
  };
}

/** At most `max` + 1 casussen that meet `v` inside the user's scope, in the order of `v`. */
export async function zoekTreffers(tx: Tx, user: Actor, v: Zoekvoorwaarde, max: number): Promise<Treffer[]> {
  // A number or a BSN: a plan kept per connection (lib/db/vast-plan.ts); a name (a join with LIKE) is planned for
  // its own value.
  const vast = v.join ? (sql: Prisma.Sql) => sql : vastPlan;
  const rows = await tx.$queryRaw<Rij[]>(
    vast(Prisma.sql`
    SELECT c.id, c.nummer, to_char(c.begindatum, 'YYYY-MM-DD') AS begindatum,
      to_char(c.einddatum, 'YYYY-MM-DD') AS einddatum, c.gemeentecode, c.hermelding, u."displayName" AS casemanager,
      g.naam AS "gemeenteNaam",
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'datumMelding', m."datumMelding",
          'beoordeling', CASE WHEN vb.id IS NULL THEN NULL ELSE json_build_object('inhoud', vb.inhoud,
            'vastgesteldOp', vb."vastgesteldOp", 'datum', vb.datum) END) ORDER BY m.id), '[]')
        FROM melding m LEFT JOIN veiligheidsbeoordeling vb ON vb."meldingId" = m.id
        WHERE m."casusId" = c.id AND m."ingetrokkenOp" IS NULL) AS meldingen,
      (SELECT coalesce(json_agg(json_build_object('id', d.id, 'soort', d.soort, 'status', d.status,
          'startdatum', d.startdatum, 'einddatum', d.einddatum, 'meldingId', vb."meldingId") ORDER BY d.id), '[]')
        FROM dienst d JOIN veiligheidsbeoordeling vb ON vb.id = d."beoordelingId"
        WHERE d."casusId" = c.id) AS diensten,
      (SELECT coalesce(json_agg(json_build_object('moment', o.moment, 'bronMeldingId', o."bronMeldingId",
          'bronDienstId', o."bronDienstId") ORDER BY o.id), '[]')
        FROM overdracht o WHERE o."casusId" = c.id) AS overdrachten,
      (SELECT coalesce(json_agg(json_build_object('id', b.id, 'persoonsvolgnummer', b.persoonsvolgnummer,
          'voornamen', b.voornamen, 'tussenvoegsel', b.tussenvoegsel, 'achternaam', b.achternaam,
          'geboortedatum', b.geboortedatum, 'rol', b.rol) ORDER BY b.persoonsvolgnummer), '[]')
        FROM betrokkene b WHERE b."casusId" = c.id AND ${v.personen ?? Prisma.sql`TRUE`}) AS personen
    FROM (SELECT c.id, ${v.ids ?? Prisma.sql`NULL::int[]`} AS ids, row_number() OVER (ORDER BY ${v.order}) AS rang
          FROM casus c ${v.join ?? Prisma.empty}
          WHERE ${casusScopeSql(user)} AND ${v.where ?? Prisma.sql`TRUE`}
          ORDER BY ${v.order} LIMIT ${max + 1}) t
    JOIN casus c ON c.id = t.id
    LEFT JOIN app_user u ON u.id = c."casemanagerId"
    LEFT JOIN (SELECT DISTINCT ON (code) code, naam FROM gemeente ORDER BY code, jaar DESC) g ON g.code = c.gemeentecode
    ORDER BY t.rang`),
  );
  return rows.map(({ meldingen, diensten, overdrachten, ...r }) => ({
    ...r,
    snapshot: snapshotVan({ ...r, meldingen, diensten, overdrachten }),
  }));
}
