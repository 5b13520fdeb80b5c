// Corrigeren of a melding (datum, melder, functie/rol, organisatie, anoniem, aard, aanvullende informatie, duur,
// toelichting) with the registration's own schema and the protocol's date rules. A melding that opened its casus
// takes the casus's begindatum along. The melder's identity is "gevoelig" in the history of an anonymous melding.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
import { roleHas } from "@/lib/auth/permissions";
import { updateVersioned } from "@/lib/db/versioned";
import { labelOf } from "@/lib/domain/codes";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { lockCasus } from "@/lib/casus/snapshot";
import { ZMeldingCorrectie } from "@/lib/melding/schema";
import { MELDER_AFGESCHERMD } from "./melding-labels";
import { vormLabel } from "@/lib/melding/vormen-geweld";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { diff, recordCorrectie, type VeldDef, toonCodes, toonDatum } from "./record";

export function meldingVelden(anoniem: boolean): Record<string, VeldDef> {
  return {
    datumMelding: { label: "Datum melding", toon: toonDatum },
    functieRol: { label: "Functie of rol", toon: (v) => labelOf("D", String(v)) },
    organisatie: { label: "Organisatie", toon: (v) => labelOf("E", String(v)) },
    melderNaam: { label: "Naam melder", gevoelig: anoniem },
    melderContact: { label: "Contactgegevens melder", gevoelig: anoniem },
    melderOrganisatieNaam: { label: "Naam van de organisatie", gevoelig: anoniem },
    anoniem: { label: "Anoniem" },
    aard: { label: "Aard", toon: toonCodes("A") },
    aanvullendeInformatie: { label: "Aanvullende informatie", toon: toonCodes("B") },
    duur: { label: "Duur", toon: (v) => labelOf("C", String(v)) },
    toelichting: { label: "Toelichting" },
    acuut: { label: "Acuut", toon: (v) => (v ? "Ja" : "Nee") },
    acuutReden: { label: "Reden acuut" },
    vormenGeweld: { label: "Vorm van geweld", toon: (v) => (v as string[]).map(vormLabel).join(", ") || "—" },
    politieRegistratienummer: { label: "Registratienummer politie" },
    politieIncidentOp: { label: "Datum en tijd incident", toon: (v) => (v ? formatDatumTijdNl(v as Date) : "—") },
    tijdelijkHuisverbod: { label: "Tijdelijk huisverbod", toon: (v) => (v === null ? "Onbekend" : v ? "Ja" : "Nee") },
  };
}

export const correctMelding = defineCommand(
  { permission: "correctie:write", schema: ZMeldingCorrectie, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const { meldingnummer, version, reden, ...nieuw } = data;
    const m = await tx.melding.findFirst({
      where: { nummer: meldingnummer, casus: { AND: [casusScope(user), dossierWriteScope(user)] } },
      include: {
        beoordeling: { select: { datum: true } },
        casus: { select: { id: true, nummer: true, begindatum: true, einddatum: true } },
      },
    });
    if (!m) throw new NotFound("Melding niet gevonden");
    await lockCasus(tx, m.casusId);
    if (m.ingetrokkenOp) throw new RuleViolation("Deze melding is ingetrokken en wordt niet meer gecorrigeerd.");
    if (m.anoniem && !roleHas(user.role, "melder:identity")) throw new RuleViolation(MELDER_AFGESCHERMD);
    if (m.beoordeling && compareDates(nieuw.datumMelding, m.beoordeling.datum) > 0)
      throw new ValidationFailed({
        datumMelding: `De datum melding kan niet na de veiligheidsbeoordeling liggen (${formatDatumNl(m.beoordeling.datum)}).`,
      });
    if (m.casus.einddatum && compareDates(nieuw.datumMelding, m.casus.einddatum) > 0)
      throw new ValidationFailed({
        datumMelding: `De datum melding kan niet na het einde van de casus liggen (${formatDatumNl(m.casus.einddatum)}).`,
      });
    const wijzigingen = diff(meldingVelden(m.anoniem || nieuw.anoniem), m, nieuw);

    // The casus begins with its first melding: a corrected date may move the begindatum.
    const andere = await tx.melding.aggregate({
      where: { casusId: m.casusId, id: { not: m.id }, ingetrokkenOp: null },
      _min: { datumMelding: true },
    });
    const eerste = [nieuw.datumMelding, andere._min.datumMelding]
      .filter((d): d is Date => d instanceof Date)
      .reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
    const begindatumWijzigt = compareDates(eerste, m.casus.begindatum) !== 0;
    if (begindatumWijzigt)
      wijzigingen.push({
        veld: "casus.begindatum",
        label: "Begindatum casus",
        oud: formatDatumNl(m.casus.begindatum),
        nieuw: formatDatumNl(eerste),
      });
    await recordCorrectie(tx, user, audit, {
      entityType: "melding",
      entityId: m.id,
      casusId: m.casusId,
      reden,
      wijzigingen,
    });
    await updateVersioned(tx, tx.melding, "melding", m.id, version, nieuw);
    if (begindatumWijzigt)
      await tx.casus.update({ where: { id: m.casusId }, data: { begindatum: eerste, version: { increment: 1 } } });
    return { casusnummer: m.casus.nummer, meldingnummer: m.nummer };
  },
);
