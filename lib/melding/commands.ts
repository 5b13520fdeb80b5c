// Registering a melding: one transaction decides join-or-new, locks the open casus and checks the protocol,
// allocates persoonsvolgnummers, writes casus, betrokkenen, melding and links, and the audit events.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { radarScope } from "@/lib/auth/scope";
import { assertRule, loadCasusSnapshot, lockCasus } from "@/lib/casus/snapshot";
import { canAddMelding } from "@/lib/domain/casus-state";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import type { TBetrokkene } from "@/lib/betrokkene/schema";
import { ZMeldingNieuw, type TMelding } from "./schema";
import { decideCasus, type KnownRow } from "./casus-keuze";
import { checkGemeentecode } from "@/lib/gemeenten/queries";
import { maakSignaal } from "@/lib/signaal/maak";

export type MeldingCreated = {
  id: number;
  nummer: string;
  casusNummer: string;
  soort: "nieuwe casus" | "vervolgmelding" | "hermelding";
};

const personData = (b: TBetrokkene | KnownRow) => ({
  bsn: b.bsn,
  geboortedatum: b.geboortedatum,
  geslacht: b.geslacht,
  achternaam: b.achternaam,
  tussenvoegsel: b.tussenvoegsel,
  voornamen: b.voornamen,
  straat: b.straat,
  huisnummer: b.huisnummer,
  postcode: b.postcode,
  woonplaats: b.woonplaats,
  telefoon: b.telefoon,
  // A known person's secret address stays secret in the new casus.
  ...("geheimAdres" in b ? { geheimAdres: b.geheimAdres } : {}),
});

/** The advies this melding comes from: locked, not yet turned into a melding, not started after the melding. */
async function takeAdvies(tx: Tx, nummer: string, datumMelding: Date) {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM advies WHERE nummer = ${nummer} FOR UPDATE`;
  if (locked.length === 0) throw new RuleViolation(`Advies ${nummer} is niet gevonden.`);
  const advies = await tx.advies.findUniqueOrThrow({
    where: { id: locked[0].id },
    select: {
      id: true,
      nummer: true,
      startdatum: true,
      einddatum: true,
      melding: { select: { nummer: true } },
      contacten: { select: { datum: true } },
    },
  });
  if (advies.melding)
    throw new RuleViolation(`Advies ${advies.nummer} is al omgezet naar melding ${advies.melding.nummer}.`);
  if (compareDates(datumMelding, advies.startdatum) < 0) {
    throw new ValidationFailed({
      datumMelding: `De datum melding ligt vóór de startdatum van het advies (${formatDatumNl(advies.startdatum)}).`,
    });
  }
  return advies;
}

export const createMelding = defineCommand(
  { permission: "melding:write", schema: ZMeldingNieuw },
  async ({ tx, user: actor, data, audit }) => {
    const advies = data.adviesNummer ? await takeAdvies(tx, data.adviesNummer, data.datumMelding) : null;
    const keuze = await decideCasus(tx, actor, data.betrokkenen);

    let casus: { id: number; nummer: string };
    let soort: MeldingCreated["soort"];
    let vervolgVoor: number | null = null;
    if (data.casusNummer !== "" || keuze.openCasusId !== null) {
      const c = await tx.casus.findFirst({
        where:
          data.casusNummer !== "" ? { nummer: data.casusNummer, ...radarScope(actor) } : { id: keuze.openCasusId! },
        select: { id: true, nummer: true, begindatum: true, casemanagerId: true },
      });
      if (!c) throw new NotFound("casus");
      await lockCasus(tx, c.id);
      assertRule(canAddMelding(await loadCasusSnapshot(tx, c.id)));
      if (keuze.openCasusId !== c.id) {
        throw new RuleViolation(
          `De gekozen personen horen niet (meer) bij casus ${c.nummer}. Zoek de personen opnieuw op.`,
        );
      }
      if (compareDates(data.datumMelding, c.begindatum) < 0) {
        throw new ValidationFailed({
          datumMelding: `De datum melding ligt vóór de begindatum van casus ${c.nummer} (${formatDatumNl(c.begindatum)}).`,
        });
      }
      casus = c;
      soort = "vervolgmelding";
      vervolgVoor = c.casemanagerId;
    } else {
      if (data.gemeentecode === "")
        throw new ValidationFailed({ gemeentecode: "Kies de gemeente van de nieuwe casus." });
      const gemeentecode = await checkGemeentecode(tx, data.gemeentecode, data.datumMelding);
      casus = await tx.casus.create({
        data: { begindatum: data.datumMelding, gemeentecode, hermelding: keuze.eerderBekend },
        select: { id: true, nummer: true },
      });
      soort = keuze.eerderBekend ? "hermelding" : "nieuwe casus";
      await audit({ action: "CREATE", entityType: "casus", entityId: casus.id, casusId: casus.id, detail: soort });
    }

    const betrokkeneIds = await writeBetrokkenen(tx, casus.id, data, keuze.known);
    const melding = await tx.melding.create({
      data: {
        casusId: casus.id,
        datumMelding: data.datumMelding,
        functieRol: data.functieRol,
        organisatie: data.organisatie,
        anoniem: data.anoniem,
        melderNaam: data.melderNaam,
        melderContact: data.melderContact,
        melderOrganisatieNaam: data.melderOrganisatieNaam,
        aard: data.aard,
        aanvullendeInformatie: data.aanvullendeInformatie,
        duur: data.duur,
        toelichting: data.toelichting,
        acuut: data.acuut,
        acuutReden: data.acuutReden,
        vormenGeweld: data.vormenGeweld,
        politieRegistratienummer: data.politieRegistratienummer,
        politieIncidentOp: data.politieIncidentOp,
        tijdelijkHuisverbod: data.tijdelijkHuisverbod,
        adviesId: advies?.id ?? null,
        behandelaarId: actor.id,
        createdById: actor.id,
        betrokkenen: { create: betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
      },
      select: { id: true, nummer: true },
    });
    await audit({
      action: "CREATE",
      entityType: "melding",
      entityId: melding.id,
      casusId: casus.id,
      betrokkeneIds,
      detail: soort,
    });

    if (vervolgVoor !== null && vervolgVoor !== actor.id) {
      await maakSignaal(tx, {
        userId: vervolgVoor,
        soort: "VERVOLGMELDING",
        casusId: casus.id,
        tekst: `Nieuwe vervolgmelding ${melding.nummer} in uw casus ${casus.nummer}.`,
        href: `/meldingen/${melding.nummer}`,
      });
    }

    if (advies && advies.einddatum === null) {
      // The advies has become a melding: it ends on the later of the melding date and its last contact.
      const einddatum = [data.datumMelding, ...advies.contacten.map((c) => c.datum)].reduce((a, b) =>
        compareDates(a, b) >= 0 ? a : b,
      );
      await tx.advies.update({ where: { id: advies.id }, data: { einddatum, version: { increment: 1 } } });
      await audit({
        action: "UPDATE",
        entityType: "advies",
        entityId: advies.id,
        detail: `closed: converted to melding ${melding.nummer}`,
      });
    }
    return { id: melding.id, nummer: melding.nummer, casusNummer: casus.nummer, soort };
  },
);

/** Links known persons of this casus, copies known persons of a closed casus, creates new persons; in form order. */
async function writeBetrokkenen(
  tx: Tx,
  casusId: number,
  data: TMelding,
  known: Map<number, KnownRow>,
): Promise<number[]> {
  const plan = data.betrokkenen.map((b, i) => {
    const k = known.get(i);
    if (k && k.casusId === casusId) return { linkId: k.id };
    return { create: { ...personData(k ?? b), rol: b.rol } };
  });
  const n = plan.filter((p) => p.create).length;
  let volgnummer = 0;
  if (n > 0) {
    const c = await tx.casus.update({
      where: { id: casusId },
      data: { laatstePersoonsvolgnummer: { increment: n } },
      select: { laatstePersoonsvolgnummer: true },
    });
    volgnummer = c.laatstePersoonsvolgnummer - n;
  }
  const ids: number[] = [];
  for (const p of plan) {
    if (p.linkId) {
      ids.push(p.linkId);
      continue;
    }
    const row = await tx.betrokkene.create({
      data: { ...p.create!, casusId, persoonsvolgnummer: ++volgnummer },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
