// Destruction of one dossier (docs/decisions/019), inside the caller's transaction: everything personal of the casus
// goes — betrokkenen and their relations, meldingen with the melder's details, adviezen that became a melding,
// beoordelingen, diensten, overdrachten, monitoring, the veiligheidsplan, journaal, documents, corrections, requests,
// tasks and signals. What stays is a tombstone: the casus row (casusnummer, dates, gemeente) and, in `vernietiging`,
// the codes that were delivered to CBS, without a name, BSN, date of birth or free text. The append-only triggers
// let this one transaction delete (vt.vernietiging, set for the transaction only); they still refuse every update.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { toIsoDate } from "@/lib/domain/dates";

/** The tombstone's codes: what CBS received about the dossier, nothing that identifies a person. */
async function codesVan(tx: Tx, casusId: number) {
  // One after the other: a transaction is one connection, which runs one statement at a time.
  const betrokkenen = await tx.betrokkene.findMany({
    where: { casusId },
    orderBy: { persoonsvolgnummer: "asc" },
    select: { persoonsvolgnummer: true, rol: true, geslacht: true },
  });
  const meldingen = await tx.melding.findMany({
    where: { casusId },
    orderBy: { datumMelding: "asc" },
    select: {
      nummer: true,
      datumMelding: true,
      functieRol: true,
      organisatie: true,
      aard: true,
      aanvullendeInformatie: true,
      duur: true,
      ingetrokkenOp: true,
      beoordeling: { select: { datum: true, inhoud: true, taxatie: true } },
    },
  });
  const diensten = await tx.dienst.findMany({
    where: { casusId },
    orderBy: { startdatum: "asc" },
    select: {
      nummer: true,
      soort: true,
      startdatum: true,
      einddatum: true,
      aardConclusie: true,
      uitkomstOnderzoek: true,
      redenVoortijdig: true,
    },
  });
  const overdrachten = await tx.overdracht.findMany({
    where: { casusId },
    orderBy: { datum: "asc" },
    select: { nummer: true, datum: true, partij: true, hulp: true, _count: { select: { betrokkenen: true } } },
  });
  const dag = (x: Date | null) => (x ? toIsoDate(x) : null);
  return {
    betrokkenen: betrokkenen.map((b) => ({ volgnummer: b.persoonsvolgnummer, rol: b.rol, geslacht: b.geslacht })),
    meldingen: meldingen.map((m) => ({
      nummer: m.nummer,
      datum: dag(m.datumMelding),
      functieRol: m.functieRol,
      organisatie: m.organisatie,
      aard: m.aard,
      aanvullendeInformatie: m.aanvullendeInformatie,
      duur: m.duur,
      ingetrokken: m.ingetrokkenOp !== null,
      beoordeling: m.beoordeling && {
        datum: dag(m.beoordeling.datum),
        inhoud: m.beoordeling.inhoud,
        taxatie: m.beoordeling.taxatie,
      },
    })),
    diensten: diensten.map((d) => ({ ...d, startdatum: dag(d.startdatum), einddatum: dag(d.einddatum) })),
    overdrachten: overdrachten.map((o) => ({
      nummer: o.nummer,
      datum: dag(o.datum),
      partij: o.partij,
      hulp: o.hulp,
      personen: o._count.betrokkenen,
    })),
  };
}

export async function vernietigCasus(tx: Tx, casusId: number, doorId: number, reden: string) {
  const codes = await codesVan(tx, casusId);
  await tx.$executeRaw`SELECT set_config('vt.vernietiging', 'aan', true)`;
  const adviesIds = (
    await tx.melding.findMany({ where: { casusId, adviesId: { not: null } }, select: { adviesId: true } })
  ).map((m) => m.adviesId!);
  const c = casusId;
  await tx.$executeRaw`DELETE FROM afschrift_regel WHERE "regelId" IN (SELECT id FROM journaal_regel WHERE "casusId" = ${c})
    OR "verzoekId" IN (SELECT id FROM verzoek WHERE "casusId" = ${c})`;
  await tx.$executeRaw`DELETE FROM journaal_aanvulling WHERE "regelId" IN (SELECT id FROM journaal_regel WHERE "casusId" = ${c})`;
  await tx.$executeRaw`DELETE FROM journaal_betrokkene WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM journaal_regel WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM document_deel WHERE "documentId" IN (SELECT id FROM document WHERE "casusId" = ${c})`;
  await tx.$executeRaw`DELETE FROM document WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM verzoek WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM correctie WHERE "casusId" = ${c}
    OR ("entityType" = 'advies' AND "entityId" = ANY(${adviesIds}::int[]))`;
  await tx.$executeRaw`DELETE FROM signaal WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM taak WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM terugsturing WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM casus_toegang WHERE "casusId" = ${c}`;
  // The log keeps its reference to a noodtoegang; its reason (free text about the family) goes.
  await tx.$executeRaw`UPDATE noodtoegang SET reden = 'Reden vernietigd met het dossier.' WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM voorwaarde_score WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM veiligheidsvoorwaarde WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM monitoringsmoment WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM overdracht_betrokkene WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM overdracht WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM dienst WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM veiligheidsbeoordeling WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM melding_betrokkene WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM melding WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM advies_contact WHERE "adviesId" = ANY(${adviesIds}::int[])`;
  await tx.$executeRaw`DELETE FROM advies WHERE id = ANY(${adviesIds}::int[])`;
  await tx.$executeRaw`DELETE FROM betrokkene_relatie WHERE "casusId" = ${c}`;
  await tx.$executeRaw`DELETE FROM persoon_koppeling WHERE "aId" IN (SELECT id FROM betrokkene WHERE "casusId" = ${c})
    OR "bId" IN (SELECT id FROM betrokkene WHERE "casusId" = ${c})`;
  await tx.$executeRaw`DELETE FROM betrokkene WHERE "casusId" = ${c}`;
  await tx.$executeRaw`SELECT set_config('vt.vernietiging', '', true)`;
  await tx.casus.update({
    where: { id: c },
    data: { vernietigdOp: new Date(), afgeschermd: false, version: { increment: 1 } },
  });
  await tx.vernietiging.create({ data: { casusId: c, doorId, reden, codes } });
  return codes;
}
