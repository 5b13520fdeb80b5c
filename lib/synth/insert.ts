// Writes generated casussen and adviezen to the tables. Ids are taken from the sequences first, so that every
// child row can name its parent before anything is written; `nummer` columns keep their database default.
// createdAt/updatedAt follow the dates of the records (the data are history, not made today).
import { pgArray, pgDate, pgTimestamp, TableBuffer, allocateIds, type SqlClient } from "./sql";
import type { GenAdvies, GenCasus, GenOpvolging } from "./types";

const stamp = (d: Date, hour: number) => new Date(d.getTime() + hour * 3_600_000).toISOString();

/** terugkoppelingOp, -Wijze, -NietMogelijk, -DoorId, -VastgelegdOp of a melding (lib/synth/opvolging.ts). */
function terugkoppelingKolommen(o: GenOpvolging | null) {
  if (!o) return [null, null, null, null, null];
  const t = o.terugkoppeling;
  if ("nietMogelijk" in t) return [null, null, t.nietMogelijk, o.doorId, stamp(o.op, 15)];
  return [pgDate(o.op), t.wijze, null, o.doorId, stamp(o.op, 15)];
}
/** geinformeerdOp, informeerWijze, nietGeinformeerd, informeerDoorId, informeerVastgelegdOp of one betrokkene. */
function informeerKolommen(o: GenOpvolging | null, pvn: number) {
  const i = o?.informeren.find((x) => x.pvn === pvn);
  if (!o || !i) return [null, null, null, null, null];
  return [i.op ? pgDate(i.op) : null, i.wijze, i.niet, o.doorId, i.op ? stamp(i.op, 15) : null];
}

export function createTables() {
  return {
    casus: new TableBuffer("casus", [
      ["id", "int"],
      ["begindatum", "date"],
      ["einddatum", "date"],
      ["gemeentecode", "text"],
      ["hermelding", "bool"],
      ["casemanagerId", "int"],
      ["laatstePersoonsvolgnummer", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    betrokkene: new TableBuffer("betrokkene", [
      ["id", "int"],
      ["casusId", "int"],
      ["persoonsvolgnummer", "int"],
      ["bsn", "text"],
      ["geboortedatum", "text"],
      ["geslacht", "text"],
      ["rol", "enum:BetrokkeneRol"],
      ["achternaam", "text"],
      ["tussenvoegsel", "text"],
      ["voornamen", "text"],
      ["straat", "text"],
      ["huisnummer", "text"],
      ["postcode", "text"],
      ["woonplaats", "text"],
      ["telefoon", "text"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    melding: new TableBuffer("melding", [
      ["id", "int"],
      ["casusId", "int"],
      ["datumMelding", "date"],
      ["functieRol", "text"],
      ["organisatie", "text"],
      ["anoniem", "bool"],
      ["melderNaam", "text"],
      ["melderContact", "text"],
      ["melderOrganisatieNaam", "text"],
      ["aard", "text[]"],
      ["aanvullendeInformatie", "text[]"],
      ["duur", "text"],
      ["toelichting", "text"],
      ["behandelaarId", "int"],
      ["createdById", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
      ["terugkoppelingOp", "date"],
      ["terugkoppelingWijze", "text"],
      ["terugkoppelingNietMogelijk", "text"],
      ["terugkoppelingDoorId", "int"],
      ["terugkoppelingVastgelegdOp", "timestamptz"],
    ]),
    meldingBetrokkene: new TableBuffer("melding_betrokkene", [
      ["meldingId", "int"],
      ["casusId", "int"],
      ["betrokkeneId", "int"],
      ["geinformeerdOp", "date"],
      ["informeerWijze", "text"],
      ["nietGeinformeerd", "text"],
      ["informeerDoorId", "int"],
      ["informeerVastgelegdOp", "timestamptz"],
    ]),
    beoordeling: new TableBuffer("veiligheidsbeoordeling", [
      ["id", "int"],
      ["meldingId", "int"],
      ["casusId", "int"],
      ["datum", "date"],
      ["inhoud", "text"],
      ["taxatie", "text"],
      ["toelichting", "text"],
      ["besluitMetId", "int"],
      ["createdById", "int"],
      ["vastgesteldDoorId", "int"],
      ["vastgesteldOp", "timestamptz"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    dienst: new TableBuffer("dienst", [
      ["id", "int"],
      ["casusId", "int"],
      ["beoordelingId", "int"],
      ["soort", "text"],
      ["status", "enum:DienstStatus"],
      ["startdatum", "date"],
      ["einddatum", "date"],
      ["aardConclusie", "text[]"],
      ["aanvullendeInformatie", "text[]"],
      ["duur", "text"],
      ["uitkomstOnderzoek", "text"],
      ["redenVoortijdig", "text"],
      ["toelichting", "text"],
      ["uitvoerderId", "int"],
      ["afsluitingVoorgesteldDoorId", "int"],
      ["afsluitingBevestigdDoorId", "int"],
      ["afsluitingBevestigdOp", "timestamptz"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    overdracht: new TableBuffer("overdracht", [
      ["id", "int"],
      ["casusId", "int"],
      ["moment", "int"],
      ["bronMeldingId", "int"],
      ["bronDienstId", "int"],
      ["datum", "date"],
      ["partij", "text"],
      ["hulp", "text"],
      ["toelichting", "text"],
      ["createdById", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    overdrachtBetrokkene: new TableBuffer("overdracht_betrokkene", [
      ["overdrachtId", "int"],
      ["casusId", "int"],
      ["betrokkeneId", "int"],
    ]),
    monitoring: new TableBuffer("monitoringsmoment", [
      ["casusId", "int"],
      ["datum", "date"],
      ["veiligheidsscore", "int"],
      ["notitie", "text"],
      ["createdById", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    advies: new TableBuffer("advies", [
      ["id", "int"],
      ["startdatum", "date"],
      ["einddatum", "date"],
      ["gemeentecode", "text"],
      ["aard", "text[]"],
      ["aanvullendeInformatie", "text[]"],
      ["duur", "text"],
      ["functieRol", "text"],
      ["organisatie", "text"],
      ["adviesvraag", "text"],
      ["behandelaarId", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ]),
    adviesContact: new TableBuffer("advies_contact", [
      ["adviesId", "int"],
      ["datum", "date"],
      ["notitie", "text"],
      ["userId", "int"],
      ["createdAt", "timestamptz"],
    ]),
  };
}
export type Tables = ReturnType<typeof createTables>;

/** Ids for every row of the batch, taken from the sequences in a few round trips. */
async function allocate(sql: SqlClient, batch: GenCasus[]) {
  const n = { casus: batch.length, betrokkene: 0, melding: 0, beoordeling: 0, dienst: 0, overdracht: 0 };
  for (const c of batch) {
    n.betrokkene += c.personen.length;
    n.melding += c.meldingen.length;
    n.beoordeling += c.meldingen.filter((m) => m.beoordeling).length;
    n.dienst += c.diensten.length;
    n.overdracht += c.overdrachten.length;
  }
  return {
    casus: await allocateIds(sql, "casus", n.casus),
    betrokkene: await allocateIds(sql, "betrokkene", n.betrokkene),
    melding: await allocateIds(sql, "melding", n.melding),
    beoordeling: await allocateIds(sql, "veiligheidsbeoordeling", n.beoordeling),
    dienst: await allocateIds(sql, "dienst", n.dienst),
    overdracht: await allocateIds(sql, "overdracht", n.overdracht),
  };
}

export async function addCasussen(sql: SqlClient, t: Tables, batch: GenCasus[]): Promise<void> {
  const ids = await allocate(sql, batch);
  const next = { casus: 0, betrokkene: 0, melding: 0, beoordeling: 0, dienst: 0, overdracht: 0 };
  const take = (k: keyof typeof next) => ids[k][next[k]++];
  for (const c of batch) {
    const casusId = take("casus");
    const laatste = [
      c.begindatum,
      ...c.meldingen.map((m) => m.datum),
      ...c.overdrachten.map((o) => o.datum),
      ...c.monitoring.map((m) => m.datum),
    ].reduce((a, b) => (b > a ? b : a));
    t.casus.add(
      casusId,
      pgDate(c.begindatum),
      pgDate(c.einddatum),
      c.gemeentecode,
      c.hermelding,
      c.casemanagerId,
      c.personen.length,
      stamp(c.begindatum, 9),
      stamp(c.einddatum ?? laatste, 16),
    );
    const persoonIds = c.personen.map((p, i) => {
      const id = take("betrokkene");
      const since = c.meldingen.find((m) => m.pvns.includes(i + 1))!.datum;
      t.betrokkene.add(
        id,
        casusId,
        i + 1,
        p.bsn,
        p.geboortedatum,
        p.geslacht,
        p.rol,
        p.achternaam,
        p.tussenvoegsel,
        p.voornamen,
        p.straat,
        p.huisnummer,
        p.postcode,
        p.woonplaats,
        p.telefoon,
        stamp(since, 9),
        stamp(since, 9),
      );
      return id;
    });
    const meldingIds: number[] = [];
    const beoordelingIds: (number | null)[] = [];
    for (const m of c.meldingen) {
      const meldingId = take("melding");
      meldingIds.push(meldingId);
      t.melding.add(
        meldingId,
        casusId,
        pgDate(m.datum),
        m.functieRol,
        m.organisatie,
        m.anoniem,
        m.melderNaam,
        m.melderContact,
        m.melderOrganisatieNaam,
        pgArray(m.aard),
        pgArray(m.aanvullendeInformatie),
        m.duur,
        m.toelichting,
        m.behandelaarId,
        m.createdById,
        stamp(m.datum, 9),
        stamp(m.datum, 9),
        ...terugkoppelingKolommen(m.opvolging ?? null),
      );
      for (const pvn of m.pvns)
        t.meldingBetrokkene.add(
          meldingId,
          casusId,
          persoonIds[pvn - 1],
          ...informeerKolommen(m.opvolging ?? null, pvn),
        );
      const b = m.beoordeling;
      if (!b) {
        beoordelingIds.push(null);
        continue;
      }
      const bId = take("beoordeling");
      beoordelingIds.push(bId);
      t.beoordeling.add(
        bId,
        meldingId,
        casusId,
        pgDate(b.datum),
        b.inhoud,
        b.taxatie,
        b.toelichting,
        b.besluitMetId,
        b.createdById,
        b.vastgesteldDoorId,
        pgTimestamp(b.vastgesteldOp),
        stamp(b.datum, 11),
        pgTimestamp(b.vastgesteldOp) ?? stamp(b.datum, 11),
      );
    }
    const dienstIds = c.diensten.map((d) => {
      const id = take("dienst");
      t.dienst.add(
        id,
        casusId,
        beoordelingIds[d.meldingIndex],
        d.soort,
        d.status,
        pgDate(d.startdatum),
        pgDate(d.einddatum),
        pgArray(d.aardConclusie),
        pgArray(d.aanvullendeInformatie),
        d.duur,
        d.uitkomstOnderzoek,
        d.redenVoortijdig,
        d.toelichting,
        d.uitvoerderId,
        d.afsluitingVoorgesteldDoorId,
        d.afsluitingBevestigdDoorId,
        pgTimestamp(d.afsluitingBevestigdOp),
        stamp(d.startdatum, 10),
        pgTimestamp(d.afsluitingBevestigdOp) ?? stamp(d.einddatum ?? d.startdatum, 15),
      );
      return id;
    });
    for (const o of c.overdrachten) {
      const id = take("overdracht");
      t.overdracht.add(
        id,
        casusId,
        o.moment,
        o.meldingIndex === null ? null : meldingIds[o.meldingIndex],
        o.dienstIndex === null ? null : dienstIds[o.dienstIndex],
        pgDate(o.datum),
        o.partij,
        o.hulp,
        o.toelichting,
        o.createdById,
        stamp(o.datum, 14),
        stamp(o.datum, 14),
      );
      for (const pvn of o.pvns) t.overdrachtBetrokkene.add(id, casusId, persoonIds[pvn - 1]);
    }
    for (const m of c.monitoring) {
      t.monitoring.add(
        casusId,
        pgDate(m.datum),
        m.veiligheidsscore,
        m.notitie,
        m.createdById,
        stamp(m.datum, 13),
        stamp(m.datum, 13),
      );
    }
  }
}

export async function addAdviezen(sql: SqlClient, t: Tables, batch: GenAdvies[]): Promise<void> {
  const ids = await allocateIds(sql, "advies", batch.length);
  batch.forEach((a, i) => {
    const last = a.contacten[a.contacten.length - 1].datum;
    t.advies.add(
      ids[i],
      pgDate(a.startdatum),
      pgDate(a.einddatum),
      a.gemeentecode,
      pgArray(a.aard),
      pgArray(a.aanvullendeInformatie),
      a.duur,
      a.functieRol,
      a.organisatie,
      a.adviesvraag,
      a.behandelaarId,
      stamp(a.startdatum, 10),
      stamp(a.einddatum ?? last, 16),
    );
    for (const c of a.contacten)
      t.adviesContact.add(ids[i], pgDate(c.datum), c.notitie, a.behandelaarId, stamp(c.datum, 10));
  });
}

/** Writes the buffered rows, parents before children. */
export async function flushTables(sql: SqlClient, t: Tables): Promise<void> {
  for (const table of Object.values(t)) if (table.length > 0) await table.flush(sql);
}
