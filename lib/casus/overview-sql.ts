// The casus page's main read in one statement: the casus inside the user's scope with every record the page shows
// (OVERVIEW_SELECT's content and order), each relation as a JSON column. Prisma's nested select took one query per
// relation (26 on a casus with a dienst and an overdracht); at half a millisecond of the server's CPU per statement
// that was a third of the page. overview-sql.int.test.ts holds the result equal to Prisma's for every casus.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { vastPlan } from "@/lib/db/vast-plan";
import type { Actor } from "@/lib/auth/audit";
import { casusScopeSql } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { OverviewRow } from "./overview-select";
import { jsonTijd } from "@/lib/db/json-tijd";

/** A user as `{ id, displayName }`, or null. */
const naam = (id: Prisma.Sql) =>
  Prisma.sql`(SELECT json_build_object('id', u.id, 'displayName', u."displayName") FROM app_user u WHERE u.id = ${id})`;

/** A JSON array of `object` over `from`, in `order`; [] when there are none. */
const lijst = (object: Prisma.Sql, from: Prisma.Sql, order: Prisma.Sql) =>
  Prisma.sql`(SELECT coalesce(json_agg(${object} ORDER BY ${order}), '[]') FROM ${from})`;

type Rij = Omit<OverviewRow, "meldingen" | "diensten" | "overdrachten" | "monitoringsmomenten" | "voorwaarden"> & {
  meldingen: Json<OverviewRow["meldingen"]>;
  diensten: Json<OverviewRow["diensten"]>;
  overdrachten: Json<OverviewRow["overdrachten"]>;
  monitoringsmomenten: Json<OverviewRow["monitoringsmomenten"]>;
  voorwaarden: Json<OverviewRow["voorwaarden"]>;
};
/** A record as JSON gives it: every Date a string. */
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

// A list column that is NULL is [] in Prisma's result: coalesce(…, '{}') below.

export async function readOverviewRow(tx: Tx, user: Actor, nummer: string): Promise<OverviewRow | null> {
  const [r] = await tx.$queryRaw<Rij[]>(
    vastPlan(Prisma.sql`
    SELECT c.id, c.nummer, c.version, c.begindatum, c.einddatum, c.gemeentecode, c.hermelding, c.afgeschermd,
      ${naam(Prisma.sql`c."casemanagerId"`)} AS casemanager,
      ${lijst(
        Prisma.sql`json_build_object('id', b.id, 'persoonsvolgnummer', b.persoonsvolgnummer, 'bsn', b.bsn,
          'geboortedatum', b.geboortedatum, 'geslacht', b.geslacht, 'rol', b.rol, 'achternaam', b.achternaam,
          'tussenvoegsel', b.tussenvoegsel, 'voornamen', b.voornamen, 'straat', b.straat, 'huisnummer', b.huisnummer,
          'postcode', b.postcode, 'woonplaats', b.woonplaats, 'geheimAdres', b."geheimAdres")`,
        Prisma.sql`betrokkene b WHERE b."casusId" = c.id`,
        Prisma.sql`b.persoonsvolgnummer`,
      )} AS betrokkenen,
      ${lijst(
        Prisma.sql`json_build_object('id', m.id, 'nummer', m.nummer, 'datumMelding', m."datumMelding",
          'acuut', m.acuut, 'functieRol', m."functieRol", 'organisatie', m.organisatie, 'anoniem', m.anoniem,
          'melderNaam', m."melderNaam", 'melderContact', m."melderContact",
          'melderOrganisatieNaam', m."melderOrganisatieNaam", 'aard', coalesce(m.aard, '{}'),
          'aanvullendeInformatie', coalesce(m."aanvullendeInformatie", '{}'), 'duur', m.duur, 'toelichting', m.toelichting,
          'version', m.version, 'ingetrokkenOp', m."ingetrokkenOp", 'intrekReden', m."intrekReden",
          'ingetrokkenDoor', ${naam(Prisma.sql`m."ingetrokkenDoorId"`)}, 'behandelaar', ${naam(Prisma.sql`m."behandelaarId"`)},
          'betrokkenen', ${lijst(
            Prisma.sql`json_build_object('betrokkeneId', mb."betrokkeneId")`,
            Prisma.sql`melding_betrokkene mb WHERE mb."meldingId" = m.id`,
            Prisma.sql`mb."betrokkeneId"`,
          )},
          'beoordeling', (SELECT json_build_object('id', vb.id, 'nummer', vb.nummer, 'datum', vb.datum,
              'inhoud', vb.inhoud, 'taxatie', vb.taxatie, 'toelichting', vb.toelichting,
              'vastgesteldOp', vb."vastgesteldOp", 'besluitMet', ${naam(Prisma.sql`vb."besluitMetId"`)},
              'createdBy', ${naam(Prisma.sql`vb."createdById"`)},
              'vastgesteldDoor', ${naam(Prisma.sql`vb."vastgesteldDoorId"`)})
            FROM veiligheidsbeoordeling vb WHERE vb."meldingId" = m.id))`,
        Prisma.sql`melding m WHERE m."casusId" = c.id`,
        Prisma.sql`m."datumMelding", m.id`,
      )} AS meldingen,
      ${lijst(
        Prisma.sql`json_build_object('id', d.id, 'nummer', d.nummer, 'soort', d.soort, 'status', d.status,
          'startdatum', d.startdatum, 'einddatum', d.einddatum, 'aardConclusie', coalesce(d."aardConclusie", '{}'),
          'aanvullendeInformatie', coalesce(d."aanvullendeInformatie", '{}'), 'duur', d.duur,
          'uitkomstOnderzoek', d."uitkomstOnderzoek", 'redenVoortijdig', d."redenVoortijdig",
          'toelichting', d.toelichting, 'uitvoerderId', d."uitvoerderId",
          'afsluitingVoorgesteldDoorId', d."afsluitingVoorgesteldDoorId",
          'afsluitingBevestigdDoorId', d."afsluitingBevestigdDoorId",
          'afsluitingBevestigdOp', d."afsluitingBevestigdOp",
          'beoordeling', (SELECT json_build_object('meldingId', vb."meldingId", 'datum', vb.datum,
              'melding', json_build_object('nummer', bm.nummer))
            FROM veiligheidsbeoordeling vb JOIN melding bm ON bm.id = vb."meldingId" WHERE vb.id = d."beoordelingId"))`,
        Prisma.sql`dienst d WHERE d."casusId" = c.id`,
        Prisma.sql`d.startdatum, d.id`,
      )} AS diensten,
      ${lijst(
        Prisma.sql`json_build_object('id', o.id, 'nummer', o.nummer, 'moment', o.moment, 'datum', o.datum,
          'partij', o.partij, 'hulp', o.hulp, 'toelichting', o.toelichting, 'bronMeldingId', o."bronMeldingId",
          'bronDienstId', o."bronDienstId",
          'bronMelding', (SELECT json_build_object('nummer', x.nummer) FROM melding x WHERE x.id = o."bronMeldingId"),
          'bronDienst', (SELECT json_build_object('nummer', x.nummer) FROM dienst x WHERE x.id = o."bronDienstId"),
          'betrokkenen', ${lijst(
            Prisma.sql`json_build_object('betrokkeneId', ob."betrokkeneId")`,
            Prisma.sql`overdracht_betrokkene ob WHERE ob."overdrachtId" = o.id`,
            Prisma.sql`ob."betrokkeneId"`,
          )})`,
        Prisma.sql`overdracht o WHERE o."casusId" = c.id`,
        Prisma.sql`o.datum, o.id`,
      )} AS overdrachten,
      ${lijst(
        Prisma.sql`json_build_object('id', t.id, 'nummer', t.nummer, 'datum', t.datum,
          'veiligheidsscore', t.veiligheidsscore, 'notitie', t.notitie)`,
        Prisma.sql`monitoringsmoment t WHERE t."casusId" = c.id`,
        Prisma.sql`t.datum, t.id`,
      )} AS monitoringsmomenten,
      ${lijst(
        Prisma.sql`json_build_object('id', v.id, 'volgnummer', v.volgnummer, 'omschrijving', v.omschrijving,
          'wie', v.wie, 'perDatum', v."perDatum", 'controle', v.controle, 'afgesprokenOp', v."afgesprokenOp",
          'beeindigdOp', v."beeindigdOp", 'beeindigdReden', v."beeindigdReden", 'version', v.version,
          'scores', ${lijst(
            Prisma.sql`json_build_object('monitoringsmomentId', s."monitoringsmomentId", 'oordeel', s.oordeel,
              'notitie', s.notitie)`,
            Prisma.sql`voorwaarde_score s WHERE s."voorwaardeId" = v.id`,
            Prisma.sql`s.id`,
          )})`,
        Prisma.sql`veiligheidsvoorwaarde v WHERE v."casusId" = c.id`,
        Prisma.sql`v.volgnummer`,
      )} AS voorwaarden
    FROM casus c WHERE c.nummer = ${nummer} AND ${casusScopeSql(user)}`),
  );
  if (!r) return null;
  return {
    ...r,
    meldingen: r.meldingen.map((m) => ({
      ...m,
      datumMelding: jsonTijd(m.datumMelding),
      ingetrokkenOp: jsonTijd(m.ingetrokkenOp),
      beoordeling: m.beoordeling && {
        ...m.beoordeling,
        datum: jsonTijd(m.beoordeling.datum),
        vastgesteldOp: jsonTijd(m.beoordeling.vastgesteldOp),
      },
    })),
    diensten: r.diensten.map((d) => ({
      ...d,
      startdatum: jsonTijd(d.startdatum),
      einddatum: jsonTijd(d.einddatum),
      afsluitingBevestigdOp: jsonTijd(d.afsluitingBevestigdOp),
      beoordeling: { ...d.beoordeling, datum: jsonTijd(d.beoordeling.datum) },
    })),
    overdrachten: r.overdrachten.map((o) => ({ ...o, datum: jsonTijd(o.datum) })),
    monitoringsmomenten: r.monitoringsmomenten.map((t) => ({ ...t, datum: jsonTijd(t.datum) })),
    voorwaarden: r.voorwaarden.map((v) => ({
      ...v,
      perDatum: jsonTijd(v.perDatum),
      afgesprokenOp: jsonTijd(v.afgesprokenOp),
      beeindigdOp: jsonTijd(v.beeindigdOp),
    })),
  };
}
